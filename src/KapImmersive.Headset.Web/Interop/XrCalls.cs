using System.Runtime.InteropServices.JavaScript;

namespace KapImmersive.Headset.Web.Interop;

/// <summary>What the page's WebXR session says of the frame being drawn (wwwroot/xr.js), and the console's preview picture.</summary>
internal static partial class XrCalls
{
    private const string Module = "kap";

    /// <summary>Writes the frame's viewer and views as floats (<see cref="Display.XrFrameData"/>'s layout) into <paramref name="into"/>.</summary>
    [JSImport("xr.readFrame", Module)]
    public static partial void ReadFrame([JSMarshalAs<JSType.MemoryView>] Span<byte> into);

    /// <summary>The number that names the XR layer's framebuffer in gl.js's table.</summary>
    [JSImport("xr.framebuffer", Module)]
    public static partial int Framebuffer();

    /// <summary>Starts encoding a picture (RGBA, top row first) as a JPEG under <paramref name="maxBytes"/>.</summary>
    [JSImport("xr.encodePreview", Module)]
    public static partial void EncodePreview([JSMarshalAs<JSType.MemoryView>] Span<byte> rgba, int width, int height, int maxBytes);

    /// <summary>The newest JPEG encoded, or null (taken once).</summary>
    [JSImport("xr.takePreview", Module)]
    public static partial byte[]? TakePreview();
}
