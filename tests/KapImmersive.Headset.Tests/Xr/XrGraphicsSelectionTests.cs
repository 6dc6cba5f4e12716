using KapImmersive.Headset.Xr;

namespace KapImmersive.Headset.Tests.Xr;

/// <summary>Which graphics binding a session uses, from what the runtime offers and what the clinic set.</summary>
public sealed class XrGraphicsSelectionTests
{
    private static readonly string[] MonadoLike = [XrGraphicsSelection.OpenGl, XrGraphicsSelection.Egl, "XR_EXT_debug_utils"];
    private static readonly string[] SteamVrLike = [XrGraphicsSelection.OpenGl, "XR_KHR_vulkan_enable2"];

    [Fact]
    public void Auto_takes_EGL_when_the_runtime_offers_it_without_looking_for_an_X_display() =>
        Assert.Equal(XrGraphicsBinding.Egl, XrGraphicsSelection.Choose(XrGraphicsBinding.Auto, MonadoLike, () => throw new InvalidOperationException("no display was needed")));

    [Theory]
    [InlineData(XrGraphicsBinding.Auto, false)]
    [InlineData(XrGraphicsBinding.Xlib, false)]
    [InlineData(XrGraphicsBinding.Xlib, true)]
    public void Xlib_is_used_on_a_reachable_X_display_when_the_runtime_has_no_EGL_or_when_asked_for(XrGraphicsBinding wanted, bool eglOffered) =>
        Assert.Equal(XrGraphicsBinding.Xlib, XrGraphicsSelection.Choose(wanted, eglOffered ? MonadoLike : SteamVrLike, () => null));

    [Fact]
    public void Xlib_with_no_X_display_says_the_runtime_needs_one_and_where_to_start_the_app()
    {
        var failure = Assert.Throws<XrRuntimeUnavailableException>(() => XrGraphicsSelection.Choose(XrGraphicsBinding.Auto, SteamVrLike, () => "no X display: set DISPLAY"));
        Assert.Contains("only through Xlib", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no X display: set DISPLAY", failure.Message, StringComparison.Ordinal);
        Assert.Contains("DISPLAY=:0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_EGL_from_a_runtime_without_it_names_the_setting_and_the_way_out()
    {
        var failure = Assert.Throws<XrRuntimeUnavailableException>(() => XrGraphicsSelection.Choose(XrGraphicsBinding.Egl, SteamVrLike, () => null));
        Assert.Contains("Kap:App:XrGraphics is Egl", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Auto or Xlib", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runtime_without_OpenGL_is_refused_plainly()
    {
        var failure = Assert.Throws<XrRuntimeUnavailableException>(() => XrGraphicsSelection.Choose(XrGraphicsBinding.Auto, ["XR_KHR_vulkan_enable2"], () => null));
        Assert.Contains("offers no OpenGL (XR_KHR_opengl_enable)", failure.Message, StringComparison.Ordinal);
    }
}
