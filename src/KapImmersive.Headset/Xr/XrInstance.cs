using System.Globalization;
using System.Runtime.InteropServices;
using KapImmersive.Headset.Window;
using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// The OpenXR instance with OpenGL (XR_KHR_opengl_enable), plus XR_MNDX_egl_enable when the session binds through
/// EGL (Monado) rather than Xlib (SteamVR); only offered extensions are enabled. Also the head-mounted system with its
/// eye size, and the runtime's name for the log.
/// </summary>
internal sealed unsafe class XrInstance : IDisposable
{
    private const int HeadMountedDisplay = 1;
    public const int PrimaryStereo = 2;

    private XrInstance(ulong handle, string runtimeName, ulong system, XrGraphicsBinding graphics, int eyeWidth, int eyeHeight)
    {
        Handle = handle;
        RuntimeName = runtimeName;
        System = system;
        Graphics = graphics;
        EyeWidth = eyeWidth;
        EyeHeight = eyeHeight;
    }

    public ulong Handle { get; }

    public ulong System { get; }

    public int EyeWidth { get; }

    public int EyeHeight { get; }

    /// <summary>Egl or Xlib: the binding the session must use, chosen from what the runtime offered.</summary>
    public XrGraphicsBinding Graphics { get; }

    public string RuntimeName { get; }

    /// <param name="wanted">The configured binding (Auto picks EGL when offered).</param>
    /// <param name="displayName">The X display the Xlib binding would use; null means $DISPLAY.</param>
    public static XrInstance Create(XrGraphicsBinding wanted, string? displayName)
    {
        var graphics = XrGraphicsSelection.Choose(wanted, XrRuntimeExtensions.Offered(), () => X11Window.Unavailable(displayName));
        string[] extensions = graphics == XrGraphicsBinding.Egl ? [XrGraphicsSelection.OpenGl, XrGraphicsSelection.Egl] : [XrGraphicsSelection.OpenGl];
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
                return WithSystem(handle, graphics);
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

    private static string ReadRuntimeName(ulong handle)
    {
        var properties = new XrInstanceProperties { Type = XrStructureType.InstanceProperties };
        XrCheck.Call(XrApi.GetInstanceProperties(handle, &properties), "xrGetInstanceProperties");
        var version = properties.RuntimeVersion;
        return string.Create(CultureInfo.InvariantCulture,
            $"{XrText.Read(properties.RuntimeName, 128)} {version >> 48}.{(version >> 32) & 0xFFFF}.{version & 0xFFFFFFFF}");
    }

    private static XrInstance WithSystem(ulong handle, XrGraphicsBinding graphics)
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

        return new XrInstance(handle, ReadRuntimeName(handle), system, graphics, (int)views[0].RecommendedImageRectWidth, (int)views[0].RecommendedImageRectHeight);
    }
}
