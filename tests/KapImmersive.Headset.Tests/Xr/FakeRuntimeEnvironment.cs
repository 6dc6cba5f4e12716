using System.Runtime.InteropServices;
using KapImmersive.Headset.Xr;
using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Tests.Xr;

/// <summary>
/// Points the real OpenXR loader at the fake runtime the test build compiles and tells the fake how to behave,
/// through the native environment (which .NET's Environment does not change on Linux). Disposing clears the fake's
/// settings and makes the loader forget the runtime, so the next XR test starts from the fake's defaults.
/// </summary>
internal sealed unsafe partial class FakeRuntimeEnvironment : IDisposable
{
    private static readonly string[] Settings = ["KAP_FAKE_XR_GRAPHICS", "KAP_FAKE_XR_SCRIPT", "KAP_FAKE_XR_RECORD"];

    /// <param name="graphics">"xlib" for a runtime like SteamVR on Linux (OpenGL through Xlib only); null for one like Monado (EGL too).</param>
    /// <param name="script">The fake's script of poses, presses and state changes, or null for none.</param>
    /// <param name="record">Where the fake writes a line for every submitted frame, or null for nowhere.</param>
    public FakeRuntimeEnvironment(string? graphics, string? script, string? record)
    {
        Set("XR_RUNTIME_JSON", Path.Combine(AppContext.BaseDirectory, "fake-openxr-runtime", "manifest.json"));
        foreach (var (name, value) in Settings.Zip([graphics, script, record]))
        {
            if (value is null)
            {
                Unset(name);
            }
            else
            {
                Set(name, value);
            }
        }
    }

    public void Dispose()
    {
        foreach (var name in Settings)
        {
            Unset(name);
        }

        ForgetRuntime();
    }

    /// <summary>
    /// Debian's loader (1.0.20) keeps a runtime it loaded to answer xrEnumerateInstanceExtensionProperties, and checks
    /// later instances against the extensions offered then, until an instance is destroyed. Making and destroying one
    /// (with OpenGL, which the fake always offers) unloads it, so a test that only asked the runtime leaves nothing behind.
    /// </summary>
    private static void ForgetRuntime()
    {
        var openGl = Marshal.StringToCoTaskMemUTF8(XrGraphicsSelection.OpenGl);
        try
        {
            var info = new XrInstanceCreateInfo { Type = XrStructureType.InstanceCreateInfo, EnabledExtensionCount = 1, EnabledExtensionNames = (byte**)&openGl };
            "KapImmersive tests"u8.CopyTo(new Span<byte>(info.ApplicationInfo.ApplicationName, 128));
            info.ApplicationInfo.ApiVersion = (1UL << 48) | 20;
            ulong instance;
            Assert.Equal(0, XrApi.CreateInstance(&info, &instance));
            Assert.Equal(0, XrApi.DestroyInstance(instance));
        }
        finally
        {
            Marshal.FreeCoTaskMem(openGl);
        }
    }

    private static void Set(string name, string value) => Assert.Equal(0, SetEnv(name, value, 1));

    private static void Unset(string name) => Assert.Equal(0, UnsetEnv(name));

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "unsetenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnsetEnv(string name);
}
