using System.Diagnostics;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Xr;
using KapImmersive.Testing;

namespace KapImmersive.Headset.Tests.Xr;

/// <summary>The Kap:App:XrGraphics setting is checked at start like every other, in plain words.</summary>
public sealed class XrGraphicsSettingTests
{
    [Fact]
    public void A_value_that_is_no_binding_names_the_choices()
    {
        var options = new HeadsetAppOptions { PresetFolder = RepositoryRoot.Combine("environments"), XrGraphics = (XrGraphicsBinding)7 };
        Assert.Contains("Kap:App:XrGraphics: use Auto, Egl or Xlib", HeadsetAppOptionsCheck.Problems(options));
    }

    [Fact]
    public async Task Xlib_set_with_no_X_display_stops_start_up_with_a_plain_message()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "kap-headset.dll"), "--id", "h1", "--password", "x", "--presets", "environments",
            "--display", "Xr", "--xr-graphics", "Xlib" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("DISPLAY");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var said = await errors + output;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Kap:App:XrGraphics: Xlib needs an X display", said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
    }
}
