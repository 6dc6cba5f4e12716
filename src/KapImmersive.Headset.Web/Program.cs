using System.Runtime.InteropServices.JavaScript;
using System.Text.Json;
using KapImmersive.Headset.Web;
using KapImmersive.Headset.Web.Checks;
using KapImmersive.Rendering.Pictures;

// The page (wwwroot/main.js) starts the runtime, then drives the headset through the exports below.
Console.WriteLine("KapImmersive web headset loaded");

/// <summary>What the page calls: connect once paired, prepare the sound, enter the room, then one call per XR frame.</summary>
internal static partial class WebHeadsetExports
{
    private static WebHeadsetApp? _app;
    private static BrowserSoundCheck? _soundCheck;

    /// <returns>A JSON line for the page: whether the link is up and which presets the console sent.</returns>
    [JSExport]
    internal static async Task<string> Connect(string headsetId, string password, string webSocketUri)
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _app = await WebHeadsetApp.ConnectAsync(headsetId, password, webSocketUri, TimeSpan.FromSeconds(15), CancellationToken.None);
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["connected"] = _app.IsConnected,
            ["refused"] = _app.IsRefused,
            ["presets"] = _app.PresetIds.Order(StringComparer.Ordinal).ToArray(),
        }, WebJsonContext.Default.DictionaryStringObject);
    }

    [JSExport]
    internal static Task PrepareSound() => App.PrepareSoundAsync();

    [JSExport]
    internal static void Enter(bool withSound) => App.Enter(withSound);

    [JSExport]
    internal static void Frame(double timeMilliseconds) => App.Frame(timeMilliseconds);

    [JSExport]
    internal static void Select() => App.Select();

    [JSExport]
    internal static void Help() => App.Help();

    [JSExport]
    internal static void Worn(bool worn) => App.Worn(worn);

    /// <summary>The C# time of the recent frames, for the page's own figures: p50 and p99 in milliseconds.</summary>
    [JSExport]
    internal static string FrameTimes()
    {
        var (p50, p99) = App.Session?.Stats.Percentiles() ?? (0, 0);
        return FormattableString.Invariant($"{{\"p50\": {p50:0.####}, \"p99\": {p99:0.####}, \"frames\": {App.Session?.Stats.Frames ?? 0}}}");
    }

    /// <summary>
    /// Stills of a preset at given moments of a scripted session, drawn by this browser's WebGL2 exactly as the headset
    /// draws the room (for checking a headset's browser against the native renderer); needs a WebGL2 context (gl.use).
    /// </summary>
    [JSExport]
    internal static byte[] RenderPictures(string[] presetDocuments, string presetId, string scriptJson, double[] moments, string eye, int width, int height) =>
        BrowserPictures.Render(presetDocuments, presetId, scriptJson, moments, Enum.Parse<PictureEye>(eye, ignoreCase: true), width, height);

    /// <summary>The room's cost in this browser's WebGL2 against a bare full-screen pass into the same eyes (medians, ms).</summary>
    [JSExport]
    internal static string RenderCost(string[] presetDocuments, string presetId, string scriptJson, double at, int eyeWidth, int eyeHeight, int frames)
    {
        var (room, bare) = BrowserRenderCost.Measure(presetDocuments, presetId, scriptJson, at, eyeWidth, eyeHeight, frames);
        return FormattableString.Invariant($"{{\"room\": {room:0.###}, \"bare\": {bare:0.###}}}");
    }

    /// <summary>
    /// Starts a scripted session heard through this browser's sound path (the page has opened its audio and drives
    /// <see cref="SoundCheckFrame"/> at its frame rate): for checking a headset's browser against the offline render.
    /// </summary>
    [JSExport]
    internal static void SoundCheckStart(string[] presetDocuments, string presetId, string scriptJson)
    {
        _soundCheck?.Dispose();
        _soundCheck = new BrowserSoundCheck(presetDocuments, presetId, scriptJson);
    }

    [JSExport]
    internal static void SoundCheckFrame(double seconds) => SoundCheck.Frame(seconds);

    /// <summary>The sound check's figures for the page: underruns, and the C# time of its frames (p50, p99, total) in milliseconds.</summary>
    [JSExport]
    internal static string SoundCheckFigures()
    {
        var (p50, p99, total) = SoundCheck.FrameTimes();
        return FormattableString.Invariant($"{{\"underruns\": {SoundCheck.Underruns}, \"p50\": {p50:0.####}, \"p99\": {p99:0.####}, \"total\": {total:0.#}}}");
    }

    private static BrowserSoundCheck SoundCheck => _soundCheck ?? throw new InvalidOperationException("no sound check was started");

    private static WebHeadsetApp App => _app ?? throw new InvalidOperationException("the headset is not connected to the console yet");
}
