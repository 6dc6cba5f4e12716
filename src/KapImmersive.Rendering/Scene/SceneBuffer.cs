using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Where the room is drawn before the exposure step, with more precision than the 8-bit target so near-black stays
/// smooth: half floats on desktop GL, 10-bit on GLES 3.0 (where float colour buffers are an extension). Remade only
/// when the target's size changes.
/// </summary>
internal sealed class SceneBuffer(IGl gl, GlFlavour flavour) : IDisposable
{
    private TextureFramebuffer? _target;

    public TextureFramebuffer For(int width, int height)
    {
        if (_target is { } current && current.Width == width && current.Height == height)
        {
            return current;
        }

        _target?.Dispose();
        var format = flavour == GlFlavour.Es30 ? GlConstants.Rgb10A2 : GlConstants.Rgba16F;
        _target = TextureFramebuffer.Create(gl, width, height, format);
        return _target;
    }

    public void Dispose() => _target?.Dispose();
}
