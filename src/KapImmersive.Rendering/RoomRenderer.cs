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
/// changes); then per eye the scene (outdoors the sky above the horizon and the ground, a meadow, hills or the sea below
/// it; indoors the room with its window), or while presets dissolve the previous scene with the current one laid over
/// it; then the moon, the stars, a sea's glade, the motes, the room's lamp and the breathing light, each through the eye
/// mask with dithering; then the panels at their own exposure (which keeps them legible in the dark). Everything on
/// the GPU is made once, in the constructor; drawing a frame allocates nothing on the managed heap. Call it on the
/// thread where its GL context is current.
/// </summary>
public sealed class RoomRenderer : IDisposable
{
    private readonly IGl _gl;
    private readonly IDisposable? _ownedArt;
    private readonly SkyMap _skyMap;
    private readonly SkyPass _sky;
    private readonly GroundPass _ground;
    private readonly RoomPass _room;
    private readonly MoonPass _moon;
    private readonly GladePass _glade;
    private readonly LampPass _lamp;
    private readonly StarPass _stars;
    private readonly MotePass _motes;
    private readonly OrbPass _orb;
    private readonly PanelPass _panels;

    /// <summary>A renderer whose panels are painted with SkiaSharp (<see cref="SkiaPanelArt"/>).</summary>
    public RoomRenderer(IGl gl, GlFlavour flavour)
        : this(gl, flavour, new SkiaPanelArt(), ownsArt: true, SkyMap.Size)
    {
    }

    /// <summary>
    /// A renderer for pictures far smaller than an eye (thumbnails, checks over thousands of frames): its sky map has
    /// <paramref name="skyMapTexels"/> along each side instead of the headset's <see cref="HeadsetSkyMapTexels"/>.
    /// </summary>
    public RoomRenderer(IGl gl, GlFlavour flavour, int skyMapTexels)
        : this(gl, flavour, new SkiaPanelArt(), ownsArt: true, skyMapTexels)
    {
    }

    /// <summary>A renderer whose panels are painted by <paramref name="art"/>, which stays the caller's.</summary>
    public RoomRenderer(IGl gl, GlFlavour flavour, IPanelArt art)
        : this(gl, flavour, art, ownsArt: false, SkyMap.Size)
    {
    }

    private RoomRenderer(IGl gl, GlFlavour flavour, IPanelArt art, bool ownsArt, int skyMapTexels)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentNullException.ThrowIfNull(art);
        ArgumentOutOfRangeException.ThrowIfLessThan(skyMapTexels, 64);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(skyMapTexels, SkyMap.Size);
        _gl = gl;
        _ownedArt = ownsArt ? art as IDisposable : null;
        _skyMap = new SkyMap(gl, flavour, skyMapTexels);
        _sky = new SkyPass(gl, flavour);
        _ground = new GroundPass(gl, flavour);
        _room = new RoomPass(gl, flavour);
        _moon = new MoonPass(gl, flavour);
        _glade = new GladePass(gl, flavour);
        _lamp = new LampPass(gl, flavour);
        _stars = new StarPass(gl, flavour);
        _motes = new MotePass(gl, flavour);
        _orb = new OrbPass(gl, flavour);
        _panels = new PanelPass(gl, flavour, art);
    }

    /// <summary>Texels along each side of the sky map a headset's renderer draws.</summary>
    public const int HeadsetSkyMapTexels = SkyMap.Size;

    /// <summary>
    /// The sky map's texels for eyes this many pixels wide: about one for every two pixels across, at least 256 (so a
    /// preview drawn beside tiny eyes stays smooth) and at most the headset's.
    /// </summary>
    public static int SkyMapTexelsFor(int eyeWidth) =>
        (int)Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(eyeWidth / 2, 1)), 256u, (uint)HeadsetSkyMapTexels);

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
        var (first, second) = SceneLayer.Of(frame);
        var roomWeight = SceneLayer.ShareOf(frame, GroundKind.Room);
        var indoors = first.Kind == GroundKind.Room || second?.Kind == GroundKind.Room;
        DrawScene(frame, eye, first, indoors, target);
        if (second is { } over)
        {
            DrawScene(frame, eye, over, indoors, target);
        }

        if (indoors)
        {
            DrawHeavens(frame, eye, target, roomWeight, weight: 1);
        }

        _glade.Draw(frame, eye, SceneLayer.ShareOf(frame, GroundKind.Sea));
        PassObserver?.PassSubmitted("glade");
        _motes.Draw(frame, eye, target.Width, target.Height, MotesInRoom(frame));
        PassObserver?.PassSubmitted("motes");
        _lamp.Draw(frame, eye, roomWeight);
        _orb.Draw(frame, eye);
        PassObserver?.PassSubmitted("lamp and breathing light");
        _panels.Draw(frame, eye, promptPose, dwell);
        PassObserver?.PassSubmitted("panels");
    }

    public void Dispose()
    {
        _panels.Dispose();
        _orb.Dispose();
        _motes.Dispose();
        _stars.Dispose();
        _lamp.Dispose();
        _glade.Dispose();
        _moon.Dispose();
        _room.Dispose();
        _ground.Dispose();
        _sky.Dispose();
        _skyMap.Dispose();
        _ownedArt?.Dispose();
    }

    /// <summary>Motes drift inside the walls of a room; they change places only while they have faded out (Core fades them through a change).</summary>
    private static bool MotesInRoom(in SceneFrame frame) => (frame.PresetBlend < 0.5f ? frame.PreviousGroundKind : frame.GroundKind) == GroundKind.Room;

    /// <summary>
    /// One scene, at its weight. Outdoors the sky, then the moon and stars, so rising ground hides them, then the ground;
    /// laid over a previous scene, the sky covers the previous ground where this one's is lower, and the moon and stars
    /// come back by the weight the sky covered them by, so a dissolve never ends in a jump. With a room in the picture
    /// the moon and stars go after it, each seen only through its window as much as the room is there.
    /// </summary>
    private void DrawScene(in SceneFrame frame, in EyeView eye, SceneLayer layer, bool indoors, IRenderTarget target)
    {
        if (layer.Kind == GroundKind.Room)
        {
            _room.Draw(frame, eye, _skyMap, layer.Weight);
            PassObserver?.PassSubmitted("room");
            return;
        }

        _sky.Draw(frame, eye, _skyMap, layer.Weight);
        PassObserver?.PassSubmitted("sky");
        if (!indoors)
        {
            DrawHeavens(frame, eye, target, roomWeight: 0, layer.Weight);
        }

        _ground.Draw(frame, eye, _skyMap, layer);
        PassObserver?.PassSubmitted("ground");
    }

    private void DrawHeavens(in SceneFrame frame, in EyeView eye, IRenderTarget target, float roomWeight, float weight)
    {
        _moon.Draw(frame, eye, _skyMap, roomWeight, weight);
        _stars.Draw(frame, eye, target.Width, target.Height, _skyMap, roomWeight, weight);
        PassObserver?.PassSubmitted("moon and stars");
    }
}
