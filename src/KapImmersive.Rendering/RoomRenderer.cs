using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Panels;
using KapImmersive.Rendering.Scene;

namespace KapImmersive.Rendering;

/// <summary>
/// Draws one <see cref="SceneFrame"/> as one eye (or the preview camera) sees it, into a target it is given. It
/// carries the frame out and decides nothing: the sky map (everything at infinity, drawn once for all eyes when it
/// changes), then per eye the room (sky and ground), stars, motes and the breathing light, each through the eye mask
/// with dithering, then the panels at their own exposure (which keeps them legible in the dark). Everything on the
/// GPU is made once, in the constructor; drawing a frame allocates nothing on the managed heap. Call it on the thread
/// where its GL context is current.
/// </summary>
public sealed class RoomRenderer : IDisposable
{
    private readonly IGl _gl;
    private readonly IDisposable? _ownedArt;
    private readonly SkyMap _skyMap;
    private readonly SkyPass _sky;
    private readonly GroundPass _ground;
    private readonly StarPass _stars;
    private readonly MotePass _motes;
    private readonly OrbPass _orb;
    private readonly PanelPass _panels;

    /// <summary>A renderer whose panels are painted with SkiaSharp (<see cref="SkiaPanelArt"/>).</summary>
    public RoomRenderer(IGl gl, GlFlavour flavour)
        : this(gl, flavour, new SkiaPanelArt(), ownsArt: true)
    {
    }

    /// <summary>A renderer whose panels are painted by <paramref name="art"/>, which stays the caller's.</summary>
    public RoomRenderer(IGl gl, GlFlavour flavour, IPanelArt art)
        : this(gl, flavour, art, ownsArt: false)
    {
    }

    private RoomRenderer(IGl gl, GlFlavour flavour, IPanelArt art, bool ownsArt)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentNullException.ThrowIfNull(art);
        _gl = gl;
        _ownedArt = ownsArt ? art as IDisposable : null;
        _skyMap = new SkyMap(gl, flavour);
        _sky = new SkyPass(gl, flavour);
        _ground = new GroundPass(gl, flavour);
        _stars = new StarPass(gl, flavour);
        _motes = new MotePass(gl, flavour);
        _orb = new OrbPass(gl, flavour);
        _panels = new PanelPass(gl, flavour, art);
    }

    /// <summary>The motes' positions as last drawn, for measuring how fast they move.</summary>
    internal MoteField Motes => _motes.Field;

    /// <summary>Told as each pass is submitted (benchmarks charge GPU time to passes); null when nobody asks.</summary>
    public IRenderPassObserver? PassObserver { get; set; }

    public void Draw(in SceneFrame frame, in EyeView eye, IRenderTarget target, in PanelPose promptPose, in GazeDwell dwell)
    {
        ArgumentNullException.ThrowIfNull(target);
        _gl.Disable(GlConstants.DepthTest);
        _gl.Disable(GlConstants.CullFace);
        if (_skyMap.Update(frame))
        {
            PassObserver?.PassSubmitted("sky map");
        }

        _gl.BindFramebuffer(GlConstants.Framebuffer, target.Framebuffer);
        _gl.Viewport(target.X, target.Y, target.Width, target.Height);
        _sky.Draw(frame, eye, _skyMap);
        PassObserver?.PassSubmitted("sky");
        _ground.Draw(frame, eye, _skyMap);
        PassObserver?.PassSubmitted("ground");
        _stars.Draw(frame, eye, target.Width, target.Height, _skyMap);
        PassObserver?.PassSubmitted("stars");
        _motes.Draw(frame, eye, target.Width, target.Height);
        PassObserver?.PassSubmitted("motes");
        _orb.Draw(frame, eye);
        PassObserver?.PassSubmitted("breathing light");
        _panels.Draw(frame, eye, promptPose, dwell);
        PassObserver?.PassSubmitted("panels");
    }

    public void Dispose()
    {
        _panels.Dispose();
        _orb.Dispose();
        _motes.Dispose();
        _stars.Dispose();
        _ground.Dispose();
        _sky.Dispose();
        _skyMap.Dispose();
        _ownedArt?.Dispose();
    }
}
