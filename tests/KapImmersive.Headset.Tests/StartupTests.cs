using KapImmersive.Headset.Tests.Support;

namespace KapImmersive.Headset.Tests;

/// <summary>Bad configuration stops the headset app at start with a plain message and a non-zero exit, never a stack trace.</summary>
public sealed class StartupTests
{
    public static TheoryData<string[], string> BadSettings => new()
    {
        { ["--password", "x", "--presets", "environments"], "HeadsetId: '' is not a valid id" },
        { ["--id", "h1", "--password", "x", "--presets", "environments", "--broker", "not a host!"], "Kap:Headset:Link:Host: 'not a host!' is not a host name or an IP address" },
        { ["--id", "h1", "--password", "x", "--presets", "/no/such/presets"], "Kap:App:PresetFolder: '/no/such/presets' is not a readable folder of presets" },
        { ["--id", "h1", "--password", "x", "--presets", "environments", "--display", "Hologram"], "Display" },
        { ["--id", "h1", "--password", "x", "--presets", "environments", "--display", "Xr", "--audio", "Null", "--broker", "127.0.0.1", "--port", "1",
            "--Kap:App:SessionLogFolder=/tmp/kap-startup-test/session-logs", "--Kap:Headset:OutboxFolder=/tmp/kap-startup-test/outbox"], "OpenXR" },
        { ["--id", "h1", "--password", "x", "--presets", "environments", "--Kap:App:DataFolder=/etc/hostname/kap"],
            "Kap:App:DataFolder: '/etc/hostname/kap' cannot be made" },
        { ["--id", "h1", "--password", "x", "--presets", "environments", "--Kap:App:ShutdownReturnSeconds=5"],
            "Kap:App:ShutdownReturnSeconds goes from 30 (the shortest gentle return the safety rules allow) to 600" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Bad_settings_stop_start_up_with_a_plain_message(string[] args, string message)
    {
        var (exitCode, said) = await HeadsetProcess.RunAsync(args);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
    }
}
