using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>The sky above the horizon as one eye sees it (sky.frag): a lookup in the sky map, through the eye mask.</summary>
internal sealed class SkyPass : IDisposable
{
    private readonly IGl _gl;
    private readonly HorizonPart _part;
    private readonly int _sky, _exposure;

    public SkyPass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _part = new HorizonPart(gl, flavour, "sky.frag", above: true);
        _sky = _part.Program.Uniform("u_sky");
        _exposure = _part.Program.Uniform("u_exposure");
    }

    public void Draw(in SceneFrame frame, in EyeView eye, SkyMap skyMap)
    {
        if (!_part.Begin(eye, out var corners))
        {
            return;
        }

        skyMap.Bind(0);
        _gl.Uniform1(_sky, 0);
        _gl.Uniform1(_exposure, frame.Exposure);
        _gl.Disable(GlConstants.Blend);
        _part.Draw(corners);
    }

    public void Dispose() => _part.Dispose();
}
