using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KapImmersive.Console.Live;
using KapImmersive.Console.Record;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Core.Protocol;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KapImmersive.Console.Tests.Browser;

/// <summary>Every page in chromium: the record's pages as a clinician reads them, and axe-core's accessibility rules on each.</summary>
public sealed class PagesTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private readonly ConsoleRig _console = fixture.Console;

    [Fact]
    public async Task A_session_that_does_not_exist_says_so_with_no_script_error_and_no_export_links()
    {
        var page = await fixture.SignedInPageAsync(1280, 800);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync($"{_console.Address}sessions/999");
        await Expect(page.Locator("#missing")).ToContainTextAsync("Session #999 does not exist");
        await Expect(page.Locator("#csv")).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_timeline_hides_head_motion_until_asked_keeps_long_text_on_screen_and_labels_both_scales()
    {
        var sessionId = FillSession("room-t");
        var page = await fixture.SignedInPageAsync(1280, 800);
        await page.GotoAsync($"{_console.Address}sessions/{sessionId}");
        var rows = page.Locator("#entries tbody tr");
        await Expect(page.Locator("#entries tbody tr.motion").First).ToBeHiddenAsync();
        await Expect(page.Locator("#entries tbody tr:not([hidden])")).ToHaveCountAsync(3);
        Assert.Equal(33, await rows.CountAsync());
        await Expect(page.Locator("#filters")).ToContainTextAsync("head motion (30)");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "long text pushes the page wider than the window");
        await Expect(page.Locator("#plot text.y-tick.vitals")).ToHaveTextAsync(["40", "65", "90", "115", "140"]);
        await Expect(page.Locator("#plot text.y-tick.motion")).ToHaveTextAsync(["0", "5", "10", "15", "20"]);

        await Expect(page.Locator("#plot text.y-unit")).ToHaveTextAsync(["/min", "°/s"]);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("timeline-1280x800.png"), FullPage = true });

        await page.Locator("#filters input[data-kind=motion]").CheckAsync();
        await Expect(page.Locator("#entries tbody tr:not([hidden])")).ToHaveCountAsync(33);
    }

    [Fact]
    public async Task Every_page_passes_axe_with_no_serious_or_critical_violation_and_asks_for_nothing_missing()
    {
        var sessionId = FillSession("room-x");
        _console.Service<EventIntake>().TakeEvent("room-a", new EventMessage
        {
            Id = $"help-{Guid.NewGuid():N}", Type = EventTypes.HelpRequested, At = DateTimeOffset.UtcNow, Source = "button",
        });
        var context = await fixture.Browser.Chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var missing = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.Contains("/999", StringComparison.Ordinal))
            {
                missing.Add($"{response.Status} {response.Url}");
            }
        };

        var report = new StringBuilder();
        var serious = new List<string>();
        await page.GotoAsync($"{_console.Address}signin");
        await CheckAsync(page, "sign-in", report, serious);
        await page.FillAsync("input[name=name]", ConsoleRig.Clinician);
        await page.FillAsync("input[name=password]", ConsoleRig.Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator(".alert.helpRequested")).ToHaveCountAsync(1);
        await Expect(page.Locator("article.card[data-headset='room-a'] .status")).ToHaveTextAsync("online");
        await CheckAsync(page, "dashboard", report, serious);
        foreach (var (name, path, ready) in new[]
        {
            ("presets", "presets", "#presets tbody tr"), ("session record", "sessions", "#sessions tbody tr"),
            ("timeline", $"sessions/{sessionId}", "#entries tbody tr"), ("missing session", "sessions/999", "#missing"),
        })
        {
            await page.GotoAsync($"{_console.Address}{path}");
            await Expect(page.Locator(ready).First).ToBeAttachedAsync();
            await CheckAsync(page, name, report, serious);
        }

        await File.WriteAllTextAsync(BrowserFixture.Shot("axe-report.txt"), report.ToString());
        output.WriteLine(report.ToString());
        Assert.Empty(serious);
        Assert.Empty(missing);
        foreach (var alert in _console.Service<AlertDesk>().Open())
        {
            _console.Service<AlertDesk>().Acknowledge(alert.Id, "clara");
        }
    }

    private static async Task CheckAsync(IPage page, string name, StringBuilder report, List<string> serious)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // Only violations come back in full; passes and incomplete are counted by rule, which keeps a page to a few seconds.
        var results = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        report.AppendLine($"{name} ({new Uri(page.Url).AbsolutePath}): {results.Passes.Length} rules passed, {results.Violations.Length} violated, " +
            $"{results.Incomplete.Length} to review by hand ({watch.Elapsed.TotalSeconds:0.0} s)");
        foreach (var violation in results.Violations)
        {
            report.AppendLine($"  {violation.Impact}: {violation.Id} ({violation.Nodes.Length} elements): {violation.Help}");
            if (violation.Impact is "serious" or "critical")
            {
                serious.Add($"{name}: {violation.Id}: {violation.Help}: {string.Join(" | ", violation.Nodes.Select(n => n.Html))}");
            }
        }
    }

    /// <summary>A session of 30 head-motion lines, a heart rate, a command and a message far longer than a line.</summary>
    private long FillSession(string headsetId)
    {
        var record = _console.Service<SessionRecord>();
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        for (var i = 0; i < 30; i++)
        {
            record.Add(new NewEntry(headsetId, start.AddSeconds(i * 2), EntryKinds.Motion, "headMotion", "headset", $"head motion {i % 7}.0 °/s") { Value = i % 7 });
        }

        record.Add(new NewEntry(headsetId, start.AddSeconds(10), EntryKinds.Vitals, "vitals", "demo-sensor", "heart rate 72/min") { Value = 72 });
        record.Add(new NewEntry(headsetId, start.AddSeconds(20), EntryKinds.Command, "setDarkness", "clara", "darkness to 0.6"));
        record.Add(new NewEntry(headsetId, start.AddSeconds(30), EntryKinds.Command, "showMessage", "clara", "message: " + new string('m', 3000)));
        return record.Sessions().First(s => s.HeadsetId == headsetId).Id;
    }
}
