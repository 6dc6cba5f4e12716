using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Panels;

namespace KapImmersive.Rendering.Pictures;

/// <summary>
/// Pictures of the room with no display: the renderer drawing into offscreen targets (kept per size) and read back, on
/// a headless context for `kap render`, the console's preview and the tests, or on a browser's WebGL2 (the same
/// pictures from the web headset's renderer). Use on the context's thread.
/// </summary>
public sealed class RoomPictures : IDisposable
{
    private readonly IGl _gl;
    private readonly Dictionary<(int, int), TextureFramebuffer> _targets = [];

    /// <param name="skyMapTexels">The sky map's texels along each side: the headset's, or less for pictures far smaller than an eye.</param>
    public RoomPictures(HeadlessGlContext context, StereoRig? rig = null, int skyMapTexels = RoomRenderer.HeadsetSkyMapTexels)
        : this(context?.Gl ?? throw new ArgumentNullException(nameof(context)), new RoomRenderer(context.Gl, context.Flavour, skyMapTexels), rig)
    {
    }

    /// <param name="renderer">Drawing on <paramref name="gl"/>; the pictures own it from now on.</param>
    public RoomPictures(IGl gl, RoomRenderer renderer, StereoRig? rig = null)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentNullException.ThrowIfNull(renderer);
        _gl = gl;
        Rig = rig ?? StereoRig.Headset;
        Renderer = renderer;
    }

    public RoomRenderer Renderer { get; }

    public StereoRig Rig { get; }

    /// <summary>
    /// Draws the frame as seen from <paramref name="head"/> (seated, looking ahead, if not given), with the prompt
    /// straight ahead of the gaze. For <see cref="PictureEye.Both"/> each eye is width x height, side by side.
    /// </summary>
    public RgbaImage Render(in SceneFrame frame, PictureEye eye, int width, int height, HeadPose? head = null, GazeDwell dwell = default)
    {
        var pose = head ?? HeadPose.Seated;
        var panel = PanelFollower.AtGaze(pose);
        return Render(frame, eye, width, height, pose, panel, dwell);
    }

    public RgbaImage Render(in SceneFrame frame, PictureEye eye, int width, int height, HeadPose head, PanelPose panel, GazeDwell dwell)
    {
        if (eye != PictureEye.Both)
        {
            var image = new RgbaImage(width, height);
            DrawInto(frame, ViewOf(eye, head, width, height), width, height, panel, dwell, image.Pixels);
            return image;
        }

        var left = Render(frame, PictureEye.Left, width, height, head, panel, dwell);
        var right = Render(frame, PictureEye.Right, width, height, head, panel, dwell);
        var both = new RgbaImage(width * 2, height);
        for (var y = 0; y < height; y++)
        {
            left.Pixels.AsSpan(y * width * 4, width * 4).CopyTo(both.Pixels.AsSpan(y * width * 8));
            right.Pixels.AsSpan(y * width * 4, width * 4).CopyTo(both.Pixels.AsSpan((y * width * 8) + (width * 4)));
        }

        return both;
    }

    public EyeView ViewOf(PictureEye eye, HeadPose head, int width, int height) => eye switch
    {
        PictureEye.Left => Rig.EyeView(head, Eye.Left),
        PictureEye.Right => Rig.EyeView(head, Eye.Right),
        _ => PreviewCamera.View(head, width, height),
    };

    public void Dispose()
    {
        foreach (var target in _targets.Values)
        {
            target.Dispose();
        }

        Renderer.Dispose();
    }

    /// <summary>The offscreen target of that size, made on first use and kept.</summary>
    internal TextureFramebuffer Target(int width, int height)
    {
        if (!_targets.TryGetValue((width, height), out var target))
        {
            target = TextureFramebuffer.Create(_gl, width, height);
            _targets[(width, height)] = target;
        }

        return target;
    }

    private void DrawInto(in SceneFrame frame, in EyeView view, int width, int height, in PanelPose panel, in GazeDwell dwell, Span<byte> rgba)
    {
        var target = Target(width, height);
        Renderer.Draw(frame, view, target, panel, dwell);
        target.ReadPixels(rgba);
    }
}
