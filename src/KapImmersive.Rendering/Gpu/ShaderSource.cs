using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// Every shader is written once in the common subset of GLSL 3.30 core and GLSL ES 3.00; only this header differs.
/// </summary>
internal static class ShaderSource
{
    public static string For(GlFlavour flavour, string body) => flavour switch
    {
        GlFlavour.Es30 => "#version 300 es\nprecision highp float;\nprecision highp int;\n" + body,
        _ => "#version 330 core\n" + body,
    };
}
