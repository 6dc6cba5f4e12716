using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>
/// The fake OpenXR runtime the test build compiles (tests/fixtures/fake-openxr-runtime), found by the real loader
/// through XR_RUNTIME_JSON. It reads its script, record and cue files from the native environment when the app creates
/// its instance, so every test sets all of them, in files of its own, before it opens the headset.
/// </summary>
internal sealed partial class FakeXrRuntime
{
    public const string Collection = "fake OpenXR runtime";

    private FakeXrRuntime(string folder)
    {
        RecordPath = Path.Combine(folder, "record.txt");
        CuePath = Path.Combine(folder, "cue");
    }

    /// <summary>What the runtime saw submitted, a line a frame: layers, both eyes' luminance, their difference and poses.</summary>
    public string RecordPath { get; }

    public string CuePath { get; }

    /// <param name="script">Lines of "FRAME STEP VALUE" (see frames.c): yaw, select, help, unfocus, focus, stopping, pace, cue.</param>
    public static FakeXrRuntime Prepare(string script)
    {
        var folder = Directory.CreateTempSubdirectory("kap-xr-").FullName;
        var runtime = new FakeXrRuntime(folder);
        var scriptPath = Path.Combine(folder, "script.txt");
        File.WriteAllText(scriptPath, script);
        SetNativeEnvironment("XR_RUNTIME_JSON", Path.Combine(AppContext.BaseDirectory, "fake-openxr-runtime", "manifest.json"));
        SetNativeEnvironment("KAP_FAKE_XR_SCRIPT", scriptPath);
        SetNativeEnvironment("KAP_FAKE_XR_RECORD", runtime.RecordPath);
        SetNativeEnvironment("KAP_FAKE_XR_CUE", runtime.CuePath);
        return runtime;
    }

    /// <summary>Lets a script waiting at a "cue" step go on; the runtime takes the cue away as it does.</summary>
    public void Cue() => File.WriteAllText(CuePath, "");

    public string[] RecordedFrames() => File.ReadAllLines(RecordPath);

    /// <summary>The loader reads the native environment, which .NET's own Environment does not change on Linux.</summary>
    private static void SetNativeEnvironment(string name, string value) => Assert.Equal(0, SetEnv(name, value, 1));

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
