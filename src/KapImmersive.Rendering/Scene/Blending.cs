using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// How layers combine: light added (stars, the moon, motes, glows), premultiplied panels laid over, and a whole scene
/// laid over the previous one at the weight its shader writes as alpha (opaque unless presets are dissolving).
/// </summary>
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

    /// <summary>Opaque at weight 1 (no blending cost); otherwise mixed over what is there by the alpha the shader writes.</summary>
    public static void Weighted(IGl gl, float weight)
    {
        if (weight >= 1)
        {
            gl.Disable(GlConstants.Blend);
            return;
        }

        gl.Enable(GlConstants.Blend);
        gl.BlendFunc(GlConstants.SrcAlpha, GlConstants.OneMinusSrcAlpha);
    }
}
