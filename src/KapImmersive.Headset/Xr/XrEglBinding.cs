using System.Runtime.InteropServices;
using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// The renderer's current EGL display, config and context, for XR_MNDX_egl_enable. Read from EGL itself because the
/// renderer's context class keeps its handles private; call on the thread where that context is current.
/// </summary>
internal static partial class XrEglBinding
{
    private const string Egl = "libEGL.so.1";
    private const int ConfigId = 0x3028;
    private const int None = 0x3038;

    public static XrGraphicsBindingEglMndx Current()
    {
        var display = GetCurrentDisplay();
        var context = GetCurrentContext();
        if (display == 0 || context == 0)
        {
            throw new InvalidOperationException("no EGL context is current on the frame thread; the XR session needs the renderer's context");
        }

        if (QueryContext(display, context, ConfigId, out var configId) != 1)
        {
            throw new InvalidOperationException("eglQueryContext(EGL_CONFIG_ID) failed");
        }

        var configs = new nint[1];
        if (ChooseConfig(display, [ConfigId, configId, None], configs, 1, out var found) != 1 || found != 1)
        {
            throw new InvalidOperationException("eglChooseConfig(EGL_CONFIG_ID) found no config for the renderer's context");
        }

        return new XrGraphicsBindingEglMndx
        {
            Type = XrStructureType.GraphicsBindingEglMndx,
            GetProcAddress = NativeLibrary.GetExport(NativeLibrary.Load(Egl), "eglGetProcAddress"),
            Display = display,
            Config = configs[0],
            Context = context,
        };
    }

    [LibraryImport(Egl, EntryPoint = "eglGetCurrentDisplay")]
    private static partial nint GetCurrentDisplay();

    [LibraryImport(Egl, EntryPoint = "eglGetCurrentContext")]
    private static partial nint GetCurrentContext();

    [LibraryImport(Egl, EntryPoint = "eglQueryContext")]
    private static partial int QueryContext(nint display, nint context, int attribute, out int value);

    [LibraryImport(Egl, EntryPoint = "eglChooseConfig")]
    private static partial int ChooseConfig(nint display, int[] attributes, nint[] configs, int size, out int count);
}
