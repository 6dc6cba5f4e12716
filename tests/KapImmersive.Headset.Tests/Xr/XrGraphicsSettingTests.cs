using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Tests.Support;
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
        var (exitCode, said) = await HeadsetProcess.RunAsync(["--id", "h1", "--password", "x", "--presets", "environments", "--display", "Xr", "--xr-graphics", "Xlib"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Kap:App:XrGraphics: Xlib needs an X display", said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
    }
}
