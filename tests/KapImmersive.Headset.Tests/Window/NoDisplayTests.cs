using System.Diagnostics;
using KapImmersive.Headset.Window;
using KapImmersive.Testing;

namespace KapImmersive.Headset.Tests.Window;

/// <summary>Asked for a window where no X display answers, the headset app says so plainly and stops.</summary>
public sealed class NoDisplayTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(":987")]
    public async Task Window_mode_without_an_x_display_stops_with_a_plain_message(string? display)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "kap-headset.dll"), "--id", "h1", "--password", "x", "--presets", "environments", "--display", "Window" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("DISPLAY");
        if (display is not null)
        {
            start.Environment["DISPLAY"] = display;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var said = await errors + output;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains(X11Window.NoDisplay, said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
    }
}
