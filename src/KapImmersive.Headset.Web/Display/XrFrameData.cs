using System.Numerics;
using System.Runtime.InteropServices;
using KapImmersive.Headset.Web.Interop;
using KapImmersive.Rendering.Cameras;

namespace KapImmersive.Headset.Web.Display;

/// <summary>
/// One WebXR frame as the page reads it, in floats: the viewer's pose, then each view's pose, field of view (angles in
/// radians, left and down negative, from its projection) and viewport in the layer's framebuffer. Read into a buffer made
/// once, so a frame allocates nothing here.
/// </summary>
internal sealed class XrFrameData
{
    public const int MaxViews = 2;
    private const int Head = 1;
    private const int ViewStart = 8;
    private const int ViewFloats = 15;

    private readonly float[] _floats = new float[ViewStart + (MaxViews * ViewFloats)];

    /// <summary>0 while tracking is lost (nothing is drawn then), else the number of views (2 in a headset).</summary>
    public int ViewCount => (int)_floats[0];

    public Vector3 HeadPosition => Vector(Head);

    public Quaternion HeadOrientation => Rotation(Head + 3);

    public void Read() => XrCalls.ReadFrame(MemoryMarshal.AsBytes(_floats.AsSpan()));

    public Vector3 Position(int view) => Vector(ViewStart + (view * ViewFloats));

    public Quaternion Orientation(int view) => Rotation(ViewStart + (view * ViewFloats) + 3);

    public FieldOfView Fov(int view)
    {
        var at = ViewStart + (view * ViewFloats) + 7;
        return new FieldOfView(_floats[at], _floats[at + 1], _floats[at + 2], _floats[at + 3]);
    }

    /// <summary>The view's rectangle in the layer's framebuffer: x, y (from the bottom), width, height.</summary>
    public (int X, int Y, int Width, int Height) Viewport(int view)
    {
        var at = ViewStart + (view * ViewFloats) + 11;
        return ((int)_floats[at], (int)_floats[at + 1], (int)_floats[at + 2], (int)_floats[at + 3]);
    }

    private Vector3 Vector(int at) => new(_floats[at], _floats[at + 1], _floats[at + 2]);

    private Quaternion Rotation(int at) => new(_floats[at], _floats[at + 1], _floats[at + 2], _floats[at + 3]);
}
