using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>The two ways layers combine: light added (stars, motes, the orb) and premultiplied panels laid over.</summary>
internal static class Blending
{
    public static void Additive(IGl gl)
    {
        gl.Enable(GlConstants.Blend);
        gl.BlendFunc(GlConstants.One, GlConstants.One);
    }

    public static void Over(IGl gl)
    {
        gl.Enable(GlConstants.Blend);
        gl.BlendFunc(GlConstants.One, GlConstants.OneMinusSrcAlpha);
    }
}
