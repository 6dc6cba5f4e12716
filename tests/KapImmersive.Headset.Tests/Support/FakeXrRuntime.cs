using System.Runtime.InteropServices;
using KapImmersive.Headset.Xr;
using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>
/// The fake OpenXR runtime the test build compiles (tests/fixtures/fake-openxr-runtime), found by the real loader
/// through XR_RUNTIME_JSON. It reads its graphics, script, record and cue settings from the native environment (which
/// .NET's Environment does not change on Linux) when the app creates its instance, so every test sets all of them, in
/// files of its own, before it opens the headset. Disposing clears them and makes the loader forget the runtime.
/// </summary>
internal sealed unsafe partial class FakeXrRuntime : IDisposable
{
    public const string Collection = "fake OpenXR runtime";

    private const string Graphics = "KAP_FAKE_XR_GRAPHICS";
    private static readonly string[] Settings = [Graphics, "KAP_FAKE_XR_SCRIPT", "KAP_FAKE_XR_RECORD", "KAP_FAKE_XR_CUE"];
    private readonly string _folder;

    private FakeXrRuntime(string folder)
    {
        _folder = folder;
        RecordPath = Path.Combine(folder, "record.txt");
        CuePath = Path.Combine(folder, "cue");
    }

    /// <summary>What the runtime saw submitted, a line a frame: layers, both eyes' luminance, their difference, poses and the binding.</summary>
    public string RecordPath { get; }

    public string CuePath { get; }

    /// <param name="script">Lines of "FRAME STEP VALUE" (see frames.c): yaw, select, help, unfocus, focus, stopping, pace, cue.</param>
    /// <param name="graphics">"xlib" for a runtime like SteamVR on Linux (OpenGL through Xlib only); null for one like Monado (EGL too).</param>
    public static FakeXrRuntime Prepare(string script, string? graphics = null)
    {
        var runtime = new FakeXrRuntime(Directory.CreateTempSubdirectory("kap-xr-").FullName);
        var scriptPath = Path.Combine(runtime._folder, "script.txt");
        File.WriteAllText(scriptPath, script);
        Set("XR_RUNTIME_JSON", Path.Combine(AppContext.BaseDirectory, "fake-openxr-runtime", "manifest.json"));
        Set("KAP_FAKE_XR_SCRIPT", scriptPath);
        Set("KAP_FAKE_XR_RECORD", runtime.RecordPath);
        Set("KAP_FAKE_XR_CUE", runtime.CuePath);
        if (graphics is null)
        {
            Unset(Graphics);
        }
        else
        {
            Set(Graphics, graphics);
        }

        return runtime;
    }

    /// <summary>Lets a script waiting at a "cue" step go on; the runtime takes the cue away as it does.</summary>
    public void Cue() => File.WriteAllText(CuePath, "");

    public string[] RecordedFrames() => File.ReadAllLines(RecordPath);

    public void Dispose()
    {
        foreach (var name in Settings)
        {
            Unset(name);
        }

        ForgetRuntime();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// Debian's loader (1.0.20) keeps a runtime it loaded to answer xrEnumerateInstanceExtensionProperties, and checks
    /// later instances against the extensions offered then, until an instance is destroyed. Making and destroying one
    /// (with OpenGL, which the fake always offers) unloads it, so a test that only asked the runtime leaves nothing behind.
    /// While an app's instance still lives (a test that failed before closing it) the fake refuses a second one; the
    /// loader then lets go of the runtime when that instance goes, so there is nothing to do, and the test's own
    /// failure stays the one reported.
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
            if (XrApi.CreateInstance(&info, &instance) == 0)
            {
                Assert.Equal(0, XrApi.DestroyInstance(instance));
            }
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
