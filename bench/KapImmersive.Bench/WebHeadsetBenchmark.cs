using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using KapImmersive.Console.Live;
using KapImmersive.Headset.Web.Tests.Support;
using KapImmersive.Testing;
using Microsoft.Playwright;

namespace KapImmersive.Bench;

/// <summary>
/// The web headset in Chromium (WebGL2 on SwiftShader, iwer emulating a Quest 3) against a real console: its download on
/// a first visit, the time from opening the page to the first immersive frame, the C# time of its frames, the room's
/// WebGL2 cost against a bare full-screen pass in the same page, and command to applied frame beside a native headset
/// runtime on the same console, in one run (the headset acks a command from the frame that applied it).
/// </summary>
internal sealed class WebHeadsetBenchmark : IBenchmark
{
    private const int Commands = 40;
    private const string Script = """[{"at": 0, "type": "setPhase", "args": {"phase": "dosing"}}, {"at": 2, "type": "startBreathing", "args": {"pattern": "box"}}]""";

    public string Name => "web";

    public string Summary => "web headset: download, open to first immersive frame, C# per frame, WebGL2 cost against a bare pass, command to ack beside native";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var site = Path.Combine(AppContext.BaseDirectory, "headset");
        output.WriteLine(Download(site));

        await using var console = await ConsoleBenchRig.StartAsync(1, cancellationToken);
        using var clinician = await console.SignedInClientAsync(cancellationToken);
        await using var browser = await EmulatedQuest.LaunchAsync();
        var page = await browser.NewPageAsync();

        using var pairing = await clinician.PostAsJsonAsync(new Uri("/api/pairings", UriKind.Relative), new { name = "Bench" }, cancellationToken);
        var pending = await pairing.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var headsetId = pending.GetProperty("headsetId").GetString()!;
        var opening = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(new Uri(console.App.Urls.First()), "headset/").ToString());
        await page.Locator("#code").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        var loaded = opening.Elapsed;
        await page.Locator("#code").FillAsync(pending.GetProperty("code").GetString()!);
        await page.Locator("#pairing button").ClickAsync();
        await page.Locator("#enter").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var ready = opening.Elapsed;
        var tapped = Stopwatch.StartNew();
        await page.Locator("#enter").ClickAsync();
        await page.WaitForFunctionAsync("() => { try { return window.kapFrameTimes().frames > 0; } catch { return false; } }", null,
            new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 5 });
        output.WriteLine(Invariant($"web open to first frame: runtime loaded and asking for the code {loaded.TotalSeconds:0.0} s; paired, connected and ready {ready.TotalSeconds:0.0} s; 'Enter the room' to the first immersive frame {tapped.Elapsed.TotalSeconds:0.00} s (the pairing code typed by the bench at once)"));

        await Task.Delay(TimeSpan.FromSeconds(20), cancellationToken);
        var frames = await page.EvaluateAsync<JsonElement>("() => window.kapFrameTimes()");
        output.WriteLine(Invariant($"web C# per frame (session frame: reducer, composer, dwell, renderer's calls, sound top-up): p50 {frames.GetProperty("p50").GetDouble():0.000} ms, p99 {frames.GetProperty("p99").GetDouble():0.000} ms over the last {Math.Min(1024, frames.GetProperty("frames").GetInt64())} of {frames.GetProperty("frames").GetInt64()} frames (goal p99 <= 2 ms)"));

        var native = console.HeadsetIds[0];
        var browserLatency = await CommandToFrameAsync(clinician, headsetId, cancellationToken);
        var nativeLatency = await CommandToFrameAsync(clinician, native, cancellationToken);
        output.WriteLine(Invariant($"web command to ack, the ack sent from the frame that applied it ({Commands} setDarkness through the console's API, as the console times them): browser p50 {Percentile(browserLatency, 0.5):0.0} ms, p99 {Percentile(browserLatency, 0.99):0.0} ms; native headset runtime (100 Hz) p50 {Percentile(nativeLatency, 0.5):0.0} ms, p99 {Percentile(nativeLatency, 0.99):0.0} ms"));

        var documents = Directory.GetFiles(RepositoryRoot.Combine("environments"), "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var costPage = await browser.NewPageAsync();
        await costPage.GotoAsync(new Uri(new Uri(console.App.Urls.First()), "headset/").ToString());
        await costPage.WaitForFunctionAsync("() => window.kapRenderCost !== undefined", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        foreach (var preset in documents.Select(d => JsonDocument.Parse(d).RootElement.GetProperty("id").GetString()!))
        {
            var cost = await costPage.EvaluateAsync<JsonElement>("([documents, id, script]) => window.kapRenderCost(documents, id, script, 30, 916, 960, 5)",
                new object[] { documents, preset, Script });
            var (room, bare) = (cost.GetProperty("room").GetDouble(), cost.GetProperty("bare").GetDouble());
            output.WriteLine(Invariant($"web WebGL2 {preset,-16} both eyes 916x960: room {room,6:0.0} ms, bare pass {bare,5:0.0} ms: {room / bare,5:0.00} x bare (SwiftShader, medians of 5)"));
        }
    }

    private static async Task<List<double>> CommandToFrameAsync(HttpClient clinician, string headsetId, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        for (var i = 0; i < Commands; i++)
        {
            using var response = await clinician.PostAsJsonAsync(new Uri($"/api/headsets/{headsetId}/commands", UriKind.Relative),
                new { type = "setDarkness", args = new { level = i % 2 == 0 ? 0.3 : 0.2 } }, cancellationToken);
            var report = await response.Content.ReadFromJsonAsync<CommandReport>(cancellationToken);
            if (report is { Outcome: "applied" })
            {
                latencies.Add(report.Milliseconds);
            }

            await Task.Delay(100, cancellationToken);
        }

        return latencies;
    }

    /// <summary>What a first visit downloads: each file as the console sends it to a browser that takes brotli.</summary>
    private static string Download(string site)
    {
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".br", StringComparison.Ordinal) && !f.EndsWith(".gz", StringComparison.Ordinal)).ToList();
        var sent = files.Sum(f => File.Exists(f + ".br") ? new FileInfo(f + ".br").Length : new FileInfo(f).Length);
        var raw = files.Sum(f => new FileInfo(f).Length);
        return Invariant($"web download on a first visit: {sent / 1e6:0.00} MB as sent (brotli where the console has it), {raw / 1e6:0.00} MB uncompressed, {files.Count} files (goal <= 5 MB)");
    }

    private static double Percentile(List<double> values, double share)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
