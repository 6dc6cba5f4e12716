using System.Runtime.InteropServices;
using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// The OpenXR instance with OpenGL through EGL (XR_KHR_opengl_enable + XR_MNDX_egl_enable, which Monado accepts and
/// which works with the renderer's surfaceless EGL context), and the head-mounted system with its eye size.
/// </summary>
internal sealed unsafe class XrInstance : IDisposable
{
    private const int HeadMountedDisplay = 1;
    public const int PrimaryStereo = 2;

    private XrInstance(ulong handle, ulong system, int eyeWidth, int eyeHeight)
    {
        Handle = handle;
        System = system;
        EyeWidth = eyeWidth;
        EyeHeight = eyeHeight;
    }

    public ulong Handle { get; }

    public ulong System { get; }

    public int EyeWidth { get; }

    public int EyeHeight { get; }

    public static XrInstance Create()
    {
        string[] extensions = ["XR_KHR_opengl_enable", "XR_MNDX_egl_enable"];
        var names = extensions.Select(Marshal.StringToCoTaskMemUTF8).ToArray();
        try
        {
            var info = new XrInstanceCreateInfo { Type = XrStructureType.InstanceCreateInfo, EnabledExtensionCount = (uint)names.Length };
            "KapImmersive"u8.CopyTo(new Span<byte>(info.ApplicationInfo.ApplicationName, 128));
            "KapImmersive"u8.CopyTo(new Span<byte>(info.ApplicationInfo.EngineName, 128));
            info.ApplicationInfo.ApiVersion = (1UL << 48) | (0UL << 32) | 20; // OpenXR 1.0.20, the loader Debian ships
            ulong handle;
            fixed (nint* pointers = names)
            {
                info.EnabledExtensionNames = (byte**)pointers;
                XrCheck.Call(XrApi.CreateInstance(&info, &handle), "xrCreateInstance");
            }

            try
            {
                return WithSystem(handle);
            }
            catch
            {
                _ = XrApi.DestroyInstance(handle);
                throw;
            }
        }
        finally
        {
            foreach (var name in names)
            {
                Marshal.FreeCoTaskMem(name);
            }
        }
    }

    public void Dispose() => _ = XrApi.DestroyInstance(Handle);

    private static XrInstance WithSystem(ulong handle)
    {
        var getInfo = new XrSystemGetInfo { Type = XrStructureType.SystemGetInfo, FormFactor = HeadMountedDisplay };
        ulong system;
        XrCheck.Call(XrApi.GetSystem(handle, &getInfo, &system), "xrGetSystem(head-mounted display)");

        // The runtime requires this query before a GL session; the renderer's 3.3 core context fits any range it reports.
        XrCheck.Call(XrApi.GetInstanceProcAddr(handle, "xrGetOpenGLGraphicsRequirementsKHR", out var requirementsCall), "xrGetInstanceProcAddr(xrGetOpenGLGraphicsRequirementsKHR)");
        var requirements = new XrGraphicsRequirementsOpenGl { Type = XrStructureType.GraphicsRequirementsOpenGlKhr };
        XrCheck.Call(((delegate* unmanaged<ulong, ulong, XrGraphicsRequirementsOpenGl*, int>)requirementsCall)(handle, system, &requirements),
            "xrGetOpenGLGraphicsRequirementsKHR");

        uint count;
        XrCheck.Call(XrApi.EnumerateViewConfigurationViews(handle, system, PrimaryStereo, 0, &count, null), "xrEnumerateViewConfigurationViews");
        var views = stackalloc XrViewConfigurationView[(int)count];
        for (var i = 0; i < count; i++)
        {
            views[i].Type = XrStructureType.ViewConfigurationView;
        }

        XrCheck.Call(XrApi.EnumerateViewConfigurationViews(handle, system, PrimaryStereo, count, &count, views), "xrEnumerateViewConfigurationViews");
        if (count != 2)
        {
            throw new XrCallFailedException("xrEnumerateViewConfigurationViews: the headset does not report two eyes");
        }

        return new XrInstance(handle, system, (int)views[0].RecommendedImageRectWidth, (int)views[0].RecommendedImageRectHeight);
    }
}
