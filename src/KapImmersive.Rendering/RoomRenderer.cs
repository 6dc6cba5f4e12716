using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Panels;
using KapImmersive.Rendering.Scene;
using Silk.NET.OpenGL;

namespace KapImmersive.Rendering;

/// <summary>
/// Draws one <see cref="SceneFrame"/> as one eye (or the preview camera) sees it, into a target it is given. It
/// carries the frame out and decides nothing: sky and foggy ground, stars, motes, the breathing light, then the
/// eye-mask exposure with dithering, then the panels at their own exposure (which keeps them legible in the dark).
/// Everything on the GPU is made once, in the constructor; drawing a frame allocates nothing on the managed heap.
/// Call it on the thread where its GL context is current.
/// </summary>
public sealed class RoomRenderer : IDisposable
{
    private readonly GL _gl;
    private readonly SceneBuffer _sceneBuffer;
    private readonly SkyPass _sky;
    private readonly StarPass _stars;
    private readonly MotePass _motes;
    private readonly OrbPass _orb;
    private readonly PanelPass _panels;
    private readonly ExposurePass _exposure;

    public RoomRenderer(GL gl, GlFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(gl);
        _gl = gl;
        _sceneBuffer = new SceneBuffer(gl, flavour);
        _sky = new SkyPass(gl, flavour);
        _stars = new StarPass(gl, flavour);
        _motes = new MotePass(gl, flavour);
        _orb = new OrbPass(gl, flavour);
        _panels = new PanelPass(gl, flavour);
        _exposure = new ExposurePass(gl, flavour);
    }

    /// <summary>The motes' positions as last drawn, for measuring how fast they move.</summary>
    internal MoteField Motes => _motes.Field;

    public void Draw(in SceneFrame frame, in EyeView eye, IRenderTarget target, in PanelPose promptPose, in GazeDwell dwell)
    {
        ArgumentNullException.ThrowIfNull(target);
        var scene = _sceneBuffer.For(target.Width, target.Height);
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, scene.Framebuffer);
        _gl.Viewport(0, 0, (uint)target.Width, (uint)target.Height);
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.CullFace);
        _sky.Draw(frame, eye);
        _stars.Draw(frame, eye, target.Width, target.Height);
        _motes.Draw(frame, eye, target.Width, target.Height);
        _orb.Draw(frame, eye);

        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, target.Framebuffer);
        _gl.Viewport(0, 0, (uint)target.Width, (uint)target.Height);
        _exposure.Draw(frame, scene);
        _panels.Draw(frame, eye, promptPose, dwell);
    }

    public void Dispose()
    {
        _exposure.Dispose();
        _panels.Dispose();
        _orb.Dispose();
        _motes.Dispose();
        _stars.Dispose();
        _sky.Dispose();
        _sceneBuffer.Dispose();
    }
}
