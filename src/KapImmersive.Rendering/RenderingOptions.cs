using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering;

/// <summary>The renderer's settings, bound from the "Rendering" configuration section and checked at start.</summary>
public sealed class RenderingOptions
{
    public const string Section = "Rendering";

    /// <summary>One eye's image, in pixels (a Quest 3 eye by default).</summary>
    public int EyeWidth { get; set; } = 1832;

    public int EyeHeight { get; set; } = 1920;

    /// <summary>The console's live preview, in pixels.</summary>
    public int PreviewWidth { get; set; } = 640;

    public int PreviewHeight { get; set; } = 360;

    public float InterpupillaryMetres { get; set; } = StereoRig.AverageInterpupillaryMetres;

    public GlFlavour Flavour { get; set; } = GlFlavour.Desktop33Core;

    public StereoRig Rig() => StereoRig.Headset with { InterpupillaryMetres = InterpupillaryMetres };
}
