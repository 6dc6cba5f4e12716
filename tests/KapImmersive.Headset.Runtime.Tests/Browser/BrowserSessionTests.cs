using System.Globalization;
using System.Text.Json;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Headset.Runtime.Tests.Support;
using KapImmersive.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Runtime.Tests.Browser;

/// <summary>The headset runtime compiled to WebAssembly runs in Chromium exactly as it runs natively: the proof that it holds nothing a browser cannot run.</summary>
public sealed class BrowserSessionTests(ITestOutputHelper output)
{
    private const double Minutes = 10;
    private const double FramesPerSecond = 90;

    private const string Patient = """
        {"answerCheckIns": {"with": "okay", "afterSeconds": 3, "by": "gaze", "missEvery": 3},
         "steps": [{"at": 200, "press": "help", "source": "button"}, {"at": 250, "look": {"yaw": 25, "pitch": -5}, "seconds": 3}]}
        """;

    private static readonly (double At, string Command)[] Clinician =
    [
        (5, """{"v": 1, "id": "c1", "issuedAt": "2026-12-01T09:00:05Z", "issuer": "dr-lee", "type": "setPhase", "args": {"phase": "dosing"}}"""),
        (10, """{"v": 1, "id": "c2", "issuedAt": "2026-12-01T09:00:10Z", "issuer": "dr-lee", "type": "setCheckInInterval", "args": {"minutes": 1.5}}"""),
        (60, """{"v": 1, "id": "c3", "issuedAt": "2026-12-01T09:01:00Z", "issuer": "dr-lee", "type": "setDarkness", "args": {"level": 0.8, "seconds": 2}}"""),
        (120, """{"v": 1, "id": "c4", "issuedAt": "2026-12-01T09:02:00Z", "issuer": "dr-lee", "type": "loadPreset", "args": {"presetId": "night-sky"}}"""),
        (300, """{"v": 1, "id": "c5", "issuedAt": "2026-12-01T09:05:00Z", "issuer": "dr-lee", "type": "startBreathing", "args": {"pattern": "box"}}"""),
        (400, """{"v": 1, "id": "c6", "issuedAt": "2026-12-01T09:06:40Z", "issuer": "dr-lee", "type": "setVolume", "args": {"level": 0.2}}"""),
        (480, """{"v": 1, "id": "c7", "issuedAt": "2026-12-01T09:08:00Z", "issuer": "dr-lee", "type": "endSession", "args": {}}"""),
    ];

    [Fact]
    public async Task A_scripted_ten_minute_session_runs_in_Chromium_as_WebAssembly_exactly_as_it_runs_natively()
    {
        var presets = Directory.GetFiles(RepositoryRoot.Combine("environments"), "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var commands = "[" + string.Join(",", Clinician.Select(c => string.Create(CultureInfo.InvariantCulture, $$"""{"at": {{c.At}}, "command": {{c.Command}}}"""))) + "]";
        var native = ScriptedSession.Run(presets, Patient, commands, Minutes, FramesPerSecond);

        var app = RepositoryRoot.Combine("tests", "fixtures", "runtime-in-browser");
        await using var site = StaticSite.Start(Path.Combine(app, "wwwroot"), Path.Combine(app, "bin", Configuration, "net10.0", "wwwroot"));
        await using var browser = await Console.Tests.Support.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        var loading = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(new Uri(site.Address, "index.html").ToString());
        await page.WaitForFunctionAsync("() => window.kapRuntime !== undefined", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        var loaded = loading.Elapsed;
        var running = System.Diagnostics.Stopwatch.StartNew();
        var inBrowser = await page.EvaluateAsync<string>("([presets, patient, commands, minutes, fps]) => window.kapRuntime.run(presets, patient, commands, minutes, fps)",
            new object[] { presets, Patient, commands, Minutes, FramesPerSecond });
        output.WriteLine($"runtime loaded in {loaded.TotalSeconds:0.0} s; ten minutes at 90 Hz ran in {running.Elapsed.TotalSeconds:0.0} s in the browser");
        Assert.Empty(problems);

        using var browserSummary = JsonDocument.Parse(inBrowser);
        using var nativeSummary = JsonDocument.Parse(native);
        output.WriteLine($"C# a frame, natively: {nativeSummary.RootElement.GetProperty("frameMilliseconds")}; in the browser: {browserSummary.RootElement.GetProperty("frameMilliseconds")}");
        foreach (var field in new[] { "frames", "states", "telemetry", "phase", "preset", "sequence" })
        {
            Assert.Equal(nativeSummary.RootElement.GetProperty(field).ToString(), browserSummary.RootElement.GetProperty(field).ToString());
        }

        var events = browserSummary.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(nativeSummary.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetString()!), events);
        output.WriteLine(string.Join('\n', events));

        Assert.Equal((int)(Minutes * 60 * FramesPerSecond), browserSummary.RootElement.GetProperty("frames").GetInt32());
        Assert.Equal("ended", browserSummary.RootElement.GetProperty("phase").GetString());
        Assert.Equal("night-sky", browserSummary.RootElement.GetProperty("preset").GetString());
        Assert.All(Clinician, c => Assert.Contains(events, e => e.Contains($"ack {JsonDocument.Parse(c.Command).RootElement.GetProperty("id").GetString()} ", StringComparison.Ordinal)));
        Assert.Contains(events, e => e.EndsWith(" ack c3 slowed", StringComparison.Ordinal));
        Assert.True(events.Count(e => e.EndsWith(" CheckInAnswered", StringComparison.Ordinal)) >= 2, "check-ins answered by dwell");
        Assert.Contains(events, e => e.EndsWith(" CheckInMissed", StringComparison.Ordinal));
        Assert.Single(events, e => e.EndsWith(" HelpRequested", StringComparison.Ordinal));
    }

    private static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        ? "Debug" : "Release";
}
