using Silk.NET.OpenGL;

namespace KapImmersive.Rendering.Scene;

/// <summary>The two ways layers combine: light added (stars, motes, the orb) and premultiplied panels laid over.</summary>
internal static class Blending
{
    public static void Additive(GL gl)
    {
        gl.Enable(EnableCap.Blend);
        gl.BlendFunc(BlendingFactor.One, BlendingFactor.One);
    }

    public static void Over(GL gl)
    {
        gl.Enable(EnableCap.Blend);
        gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
    }
}
