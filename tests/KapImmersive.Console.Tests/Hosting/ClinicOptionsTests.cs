using KapImmersive.Console.Hosting;
using KapImmersive.Console.Tests.Support;
using Microsoft.Extensions.Options;

namespace KapImmersive.Console.Tests.Hosting;

public sealed class ClinicOptionsTests
{
    [Fact]
    public async Task A_console_with_wrong_settings_stops_at_start_naming_every_one_of_them()
    {
        var folder = FastFolder.Create("clinic-options");
        await using var app = ConsoleApp.Build([], new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Kap:Clinic:Address"] = "the-clinic",
            ["Kap:Clinic:Port"] = "70000",
            ["Kap:Clinic:WrongPasswordsAllowed"] = "0",
            ["Kap:Clinic:EmbeddedBroker"] = "false",
            ["Kap:Console:Link:UserName"] = "console",
            ["Kap:Console:Link:Password"] = "console-secret",
            ["Kap:Clinic:DatabasePath"] = Path.Combine(folder, "record.db"),
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains("Kap:Clinic:Address: 'the-clinic' is not an IP address", failure.Failures);
        Assert.Contains(failure.Failures, f => f.StartsWith("Kap:Clinic:Port", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Kap:Clinic:WrongPasswordsAllowed", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(folder, "record.db")), "nothing is opened before the settings are checked");
        Directory.Delete(folder, recursive: true);
    }
}
