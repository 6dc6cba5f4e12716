using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KapImmersive.Console.Tests.Browser;

/// <summary>A clinician's walk through the dashboard in chromium, against a real console, embedded broker and simulated headset.</summary>
public sealed partial class DashboardWalkTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private readonly ConsoleRig _console = fixture.Console;
    private readonly HeadsetRig _headset = fixture.Headsets["room-a"];

    [Fact]
    public async Task Clinician_steers_a_headset_is_alerted_within_a_second_and_finds_every_step_in_the_exported_record()
    {
        var page = await SignedInPageAsync();
        var card = page.Locator("article.card[data-headset='room-a']");
        await Expect(card.Locator(".status")).ToHaveTextAsync("online");
        await Expect(page.Locator("article.card[data-headset='room-b'] .status")).ToHaveTextAsync("online");

        await card.Locator("select[name=preset]").SelectOptionAsync("night-sky");
        await card.Locator("[data-action=load]").ClickAsync();
        await Expect(card.Locator(".outcome")).ToContainTextAsync("load preset night-sky: applied");
        await Expect(card.Locator("[data-fact=preset]")).ToHaveTextAsync("night-sky");

        await card.Locator("input[name=darkness]").FillAsync("0.9");
        await card.Locator("input[name=darknessSeconds]").FillAsync("1");
        await card.Locator("[data-action=darkness]").ClickAsync();
        await Expect(card.Locator(".outcome")).ToContainTextAsync(SlowedOrApplied());
        await Expect(card.Locator("[data-fact=darkness]")).ToContainTextAsync("→ 0.90");

        await card.Locator("input[name=prompt]").FillAsync("Are you comfortable?");
        await card.Locator("[data-action=checkin]").ClickAsync();
        await Expect(card.Locator(".outcome")).ToContainTextAsync("check-in now: Are you comfortable?: applied");
        await Expect(card.Locator("[data-fact=checkin]")).ToContainTextAsync("last answer: okay", new() { Timeout = 10_000 });

        const string markup = "<b>bold</b><img src=x onerror=window.pwned=1>";
        await card.Locator("input[name=message]").FillAsync(markup);
        await card.Locator("[data-action=message]").ClickAsync();
        await Expect(card.Locator(".outcome")).ToContainTextAsync($"message: {markup}: applied");
        await Expect(card.Locator("[data-fact=message]")).ToHaveTextAsync(markup);
        Assert.Equal(0, await card.Locator("[data-fact=message] b, [data-fact=message] img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));

        foreach (var (name, value) in new[] { ("heartRate", "72"), ("systolic", "121"), ("diastolic", "79") })
        {
            await card.Locator($"input[name={name}]").FillAsync(value);
        }

        await card.Locator("[data-action=vitals]").ClickAsync();
        await Expect(card.Locator("[data-fact=pressure]")).ToHaveTextAsync("121/79 mmHg");

        var headset = card.Locator("[data-fact=headset]");
        await Expect(headset).ToHaveTextAsync("on");
        _headset.Session.ReportWorn(false);
        await Expect(headset).ToContainTextAsync("off for");
        await Expect(headset).ToHaveClassAsync(HeadsetOff());
        await card.ScreenshotAsync(new() { Path = BrowserFixture.Shot("card-headset-off.png") });
        _headset.Session.ReportWorn(true);
        await Expect(headset).ToHaveTextAsync("on");
        await Expect(page.Locator(".alert")).ToHaveCountAsync(0);

        var pressed = Stopwatch.StartNew();
        _headset.PressHelp();
        var alert = page.Locator(".alert.helpRequested[data-headset='room-a']");
        await Expect(alert).ToBeVisibleAsync(new() { Timeout = 1_000 });
        var alerted = pressed.Elapsed;
        Assert.True(alerted < TimeSpan.FromSeconds(1), $"the help alert took {alerted.TotalMilliseconds:0} ms");
        await Expect(card).ToHaveClassAsync(Alerting());
        await SaveScreenshotsAsync(page);

        await alert.Locator("[data-action=acknowledge]").ClickAsync();
        await Expect(page.Locator(".alert")).ToHaveCountAsync(0);

        var sessions = await page.Context.APIRequest.GetAsync($"{_console.Address}api/sessions");
        using var sessionList = JsonDocument.Parse(await sessions.TextAsync());
        var sessionId = sessionList.RootElement.EnumerateArray().Single(s => s.GetProperty("headsetId").GetString() == "room-a").GetProperty("id").GetInt64();
        var csv = await (await page.Context.APIRequest.GetAsync($"{_console.Address}api/sessions/{sessionId}/export.csv")).TextAsync();
        foreach (var step in new[]
        {
            "\"command\",\"loadPreset\",\"clara\",\"load preset night-sky\"", "\"outcome\",\"applied\"", "\"command\",\"setDarkness\",\"clara\"",
            "\"command\",\"requestCheckIn\",\"clara\"", "\"event\",\"checkInAsked\"", "\"event\",\"checkInAnswered\",\"patient\",\"check-in answered: okay\"",
            "\"vitals\",\"vitals\",\"clara\",\"heart rate 72/min, blood pressure 121/79 mmHg\"", "\"event\",\"helpRequested\",\"patient\"",
            "\"alert\",\"helpRequested\",\"console\"", "\"acknowledgement\",\"helpRequested\",\"clara\"", "\"command\",\"showMessage\",\"clara\"",
            "\"event\",\"headsetRemoved\",\"headset\",\"headset taken off (idle)\"", "\"event\",\"headsetWorn\",\"headset\",\"headset back on after ",
        })
        {
            Assert.Contains(step, csv, StringComparison.Ordinal);
        }

        var json = await (await page.Context.APIRequest.GetAsync($"{_console.Address}api/sessions/{sessionId}/export.json")).TextAsync();
        Assert.Contains("\"type\": \"checkInAnswered\"", json, StringComparison.Ordinal);
        Assert.Contains("helpRequested acknowledged by clara", json, StringComparison.Ordinal);

        await page.GotoAsync($"{_console.Address}sessions/{sessionId}");
        await Expect(page.Locator("#entries tbody tr.acknowledgement")).ToHaveCountAsync(1);
        await Expect(page.Locator("#entries")).ToContainTextAsync(markup);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("timeline.png"), FullPage = true });
    }

    [Fact]
    public async Task Presets_page_previews_a_preset_shows_problems_by_line_refuses_an_invalid_upload_and_publishes_a_valid_one()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync($"{_console.Address}presets");
        await Expect(page.Locator("#presets tr[data-preset='dusk-meadow']")).ToContainTextAsync("valid");

        await page.Locator("#presets tr[data-preset='dusk-meadow'] button", new() { HasText = "Preview" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('preview-picture').naturalWidth === 640", null, new() { Timeout = 60_000 });
        var sound = await page.Context.APIRequest.GetAsync($"{_console.Address}api/presets/dusk-meadow/sound.wav", new() { Timeout = 60_000 });
        Assert.Equal(200, sound.Status);
        var wav = await sound.BodyAsync();
        Assert.True(wav.Length > 48_000 * 2 * 4 * 19 && wav[0] == (byte)'R' && wav[1] == (byte)'I', $"a 20 s WAV preview, got {wav.Length} bytes");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("preset-preview.png"), FullPage = true });

        await page.Locator("#text").FillAsync("{\n  \"id\": \"broken\",\n  \"name\": 42\n}");
        await page.Locator("#check").ClickAsync();
        await Expect(page.Locator("#result")).ToContainTextAsync("line 3");
        await page.Locator("#upload").ClickAsync();
        await Expect(page.Locator("#result")).ToContainTextAsync("refused");

        var valid = (await File.ReadAllTextAsync(RepositoryRoot.Combine("environments", "warm-room.json")))
            .Replace("\"id\": \"warm-room\"", "\"id\": \"uploaded-room\"", StringComparison.Ordinal);
        await page.Locator("#text").FillAsync(valid);
        await page.Locator("#upload").ClickAsync();
        await Expect(page.Locator("#result")).ToContainTextAsync("uploaded and published: uploaded-room");
        await Expect(page.Locator("#presets tr[data-preset='uploaded-room']")).ToContainTextAsync("(uploaded)");
    }

    private Task<IPage> SignedInPageAsync() => fixture.SignedInPageAsync();

    private static async Task SaveScreenshotsAsync(IPage page)
    {
        var shot = await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("dashboard-help-alert.png"), FullPage = true });
        // The README's picture is refreshed on request only, so an ordinary test run leaves the checkout clean.
        var docs = RepositoryRoot.Combine("docs");
        if (Environment.GetEnvironmentVariable("KAP_UPDATE_DOCS_SCREENSHOT") == "1" && Directory.Exists(docs))
        {
            await File.WriteAllBytesAsync(Path.Combine(docs, "console-dashboard.png"), shot);
        }
    }

    [GeneratedRegex("darkness to 0.9 over 1 s: (slowed|applied)")]
    private static partial Regex SlowedOrApplied();

    [GeneratedRegex("alerting")]
    private static partial Regex Alerting();

    [GeneratedRegex("headset-off")]
    private static partial Regex HeadsetOff();
}
