using KapImmersive.Headset.Tests.Support;
using KapImmersive.Headset.Window;

namespace KapImmersive.Headset.Tests.Window;

/// <summary>Asked for a window where no X display answers, the headset app says so plainly and stops.</summary>
public sealed class NoDisplayTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(":987")]
    public async Task Window_mode_without_an_x_display_stops_with_a_plain_message(string? display)
    {
        var (exitCode, said) = await HeadsetProcess.RunAsync(["--id", "h1", "--password", "x", "--presets", "environments", "--display", "Window"], display);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(X11Window.NoDisplay, said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
    }
}
