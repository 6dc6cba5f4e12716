using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using KapImmersive.Console.Live;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Headset.Web.Tests.Support;
using KapImmersive.Rendering.Comfort;
using KapImmersive.Rendering.Pictures;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Web.Tests.Session;

/// <summary>
/// The web headset as a clinic uses it: an emulated Quest 3 (iwer) opens the console's /headset page, is paired with
/// the clinician's code, enters the room, and is steered and answered through the console's own broker over WebSockets.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class WebHeadsetSessionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Where the pictures of the page and of the room as the emulated headset shows them are left (docs/standalone/ has copies).</summary>
    private static string Pictures => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "web-headset")).FullName;

    private ConsoleRig _console = null!;
    private CuttableRelay _relay = null!;
    private EmulatedQuest _browser = null!;
    private HttpClient _clinician = null!;

    public async Task InitializeAsync()
    {
        _console = await ConsoleRig.StartAsync([]);
        _relay = new CuttableRelay(_console.Address.Port);
        _browser = await EmulatedQuest.LaunchAsync();
        _clinician = await Pairings.ClinicianAsync(_console);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _relay.DisposeAsync();
        _clinician.Dispose();
        await _console.DisposeAsync();
    }

    [Fact]
    public async Task A_paired_headset_shows_the_room_in_both_eyes_and_follows_the_clinicians_darkening_and_check_ins()
    {
        var page = await _browser.NewPageAsync();
        var headsetId = await PairAndEnterAsync(page, tryWrongCodeFirst: true);

        var room = await Screenshots.TakeAsync(page);
        room.SavePng(Path.Combine(Pictures, "web-headset-room.png"));
        var (left, right) = Screenshots.EyeLuminances(room);
        output.WriteLine(Invariant($"in the room: left eye luminance {left:0.0000}, right eye {right:0.0000}"));
        Assert.True(left > 0.005 && right > 0.005, "both eyes show the room");
        Assert.InRange(left / right, 0.8, 1.25);
        Assert.True(Screenshots.EyesDiffer(room), "the two eyes see the room from their own places");

        await CommandAsync(headsetId, new { type = "setDarkness", args = new { level = 1, seconds = 8 } });
        var trace = new LuminanceTrace(2);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var shot = 0; shot < 30; shot++)
        {
            var due = TimeSpan.FromSeconds(shot * 0.5);
            if (clock.Elapsed < due)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            trace.Add((await Screenshots.TakeAsync(page)).MeanLuminance());
        }

        output.WriteLine(Invariant($"darkening to full over 8 s: luminance {trace.Levels[0]:0.0000} → {trace.Levels[^1]:0.0000}, fastest change {trace.MaxChangePerSecond():0.0000}/s"));
        Assert.True(trace.IsComfortable(out var problems), problems);
        Assert.True(trace.Levels[^1] < 0.01, $"full darkness leaves {trace.Levels[^1]:P2} luminance");
        await CommandAsync(headsetId, new { type = "setDarkness", args = new { level = 0, seconds = 5 } });

        await CommandAsync(headsetId, new { type = "requestCheckIn", args = new { prompt = "Are you comfortable?" } });
        await Eventually.HoldsAsync(() => CheckInShown(headsetId), Patience, "the check-in is on the headset");
        await page.EvaluateAsync("async () => { const c = window.kapXrDevice.controllers.right; c.updateButtonValue('trigger', 1); await new Promise(r => setTimeout(r, 300)); c.updateButtonValue('trigger', 0); }");
        await Eventually.HoldsAsync(() => Recorded(headsetId, "checkInAnswered", "okay") == 1, Patience, "the trigger answered 'okay'");

        await CommandAsync(headsetId, new { type = "requestCheckIn", args = new { prompt = "Are you comfortable?" } });
        await Eventually.HoldsAsync(() => CheckInShown(headsetId), Patience, "the second check-in is on the headset");
        await page.EvaluateAsync("() => { const turn = -15 * Math.PI / 360; window.kapXrDevice.quaternion.set(0, Math.sin(turn), 0, Math.cos(turn)); }");
        await Eventually.HoldsAsync(() => Recorded(headsetId, "checkInAnswered", "not okay") == 1, Patience, "resting the gaze on 'not okay' answered it");
        await page.EvaluateAsync("() => window.kapXrDevice.quaternion.set(0, 0, 0, 1)");

        await page.EvaluateAsync("() => window.kapXrDevice.updateVisibilityState('hidden')");
        await Eventually.HoldsAsync(() => Recorded(headsetId, "headsetRemoved") == 1 && Card(headsetId)?.State?.HeadsetRemovedAt is not null, Patience,
            "taking the headset off is recorded and the card says off");
        await page.EvaluateAsync("() => window.kapXrDevice.updateVisibilityState('visible')");
        await Eventually.HoldsAsync(() => Recorded(headsetId, "headsetWorn") >= 1 && Card(headsetId)?.State?.HeadsetRemovedAt is null, Patience,
            "putting it back on is recorded and the card says on");
    }

    [Fact]
    public async Task Help_pressed_while_the_line_is_down_reaches_the_console_once_after_a_reload_and_a_revoked_headset_asks_for_a_new_code()
    {
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 640, Height = 480 } });
        var page = await _browser.NewPageAsync(context);
        var headsetId = await PairAndEnterAsync(page);

        await _relay.CutAsync();
        await Eventually.HoldsAsync(() => _console.Service<HeadsetBoard>().Find(headsetId)?.Online == false, Patience, "the console sees the headset gone");
        await page.EvaluateAsync("() => window.kapXrDevice.controllers.right.updateButtonValue('b-button', 1)");
        await Eventually.HoldsAsync(async () => await StoredHelpRequests(page, headsetId, "pending") == 1, Patience, "the help request waits in the browser's storage");
        await page.CloseAsync();

        _relay.Restore();
        var reloaded = await _browser.NewPageAsync(context);
        await reloaded.GotoAsync(new Uri(_relay.Address, "headset/").ToString());
        await Eventually.HoldsAsync(() => Recorded(headsetId, "helpRequested") == 1, Patience, "the help request reached the record after the reload");
        await Eventually.HoldsAsync(async () => await StoredHelpRequests(reloaded, headsetId, "pending", "delivered") == 0
            && await StoredHelpRequests(reloaded, headsetId, "recorded") == 1, Patience, "the browser knows the record has it");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, Recorded(headsetId, "helpRequested"));
        Assert.Equal(1, _console.Service<AlertDesk>().Open().Count(a => a.HeadsetId == headsetId && a.Type == "helpRequested"));

        using (var revoke = await _clinician.PostAsync(new Uri($"/api/headsets/{headsetId}/revoke", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        await Eventually.HoldsAsync(() => Card(headsetId)?.Online == false, Patience, "the revoked headset is cut off");
        await reloaded.ReloadAsync();
        await reloaded.Locator("#code").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        var said = await reloaded.Locator("#status").TextContentAsync();
        output.WriteLine($"after the revocation the page says: {said}");
        Assert.Contains("no longer paired", said, StringComparison.Ordinal);
    }

    private async Task<string> PairAndEnterAsync(IPage page, bool tryWrongCodeFirst = false)
    {
        var pending = await Pairings.CodeAsync(_clinician, "Room 7");
        page.Console += (_, message) => output.WriteLine($"page said: {message.Text}");
        page.PageError += (_, error) => output.WriteLine($"page failed: {error}");
        await page.GotoAsync(new Uri(_relay.Address, "headset/").ToString());
        await page.Locator("#code").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        if (tryWrongCodeFirst)
        {
            await page.Locator("#code").FillAsync(pending.Code == "000000" ? "000001" : "000000");
            await page.Locator("#pairing button").ClickAsync();
            await Eventually.HoldsAsync(async () => (await page.Locator("#status").TextContentAsync())?.Contains("not right", StringComparison.Ordinal) == true
                && !await page.Locator("#pairing").IsHiddenAsync(), Patience, "a wrong code is refused, the page says why, and the form stays");
            output.WriteLine($"a wrong code: the page says {await page.Locator("#status").TextContentAsync()}");
        }

        await page.Locator("#code").FillAsync(pending.Code);
        await page.Locator("#pairing button").ClickAsync();
        try
        {
            await page.Locator("#enter").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no 'Enter the room' within a minute of pairing; the page says: {await page.Locator("#status").TextContentAsync()}");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Pictures, "web-headset-ready.png") });
        await page.Locator("#enter").ClickAsync();
        await Eventually.HoldsAsync(() => _console.Service<HeadsetBoard>().Find(pending.HeadsetId)?.State is not null, Patience, "the console hears the headset's session");
        return pending.HeadsetId;
    }

    private async Task CommandAsync(string headsetId, object command)
    {
        using var response = await _clinician.PostAsJsonAsync(new Uri($"/api/headsets/{headsetId}/commands", UriKind.Relative), command);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HeadsetCard? Card(string headsetId) => _console.Service<HeadsetBoard>().Find(headsetId);

    private bool CheckInShown(string headsetId) => Card(headsetId)?.State?.CheckInId is not null;

    private long Recorded(string headsetId, string type, string? saying = null)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_console.Folder, "record.db")};Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM entries WHERE kind = 'event' AND headset_id = $headset AND type = $type AND ($saying IS NULL OR text LIKE '%: ' || $saying)";
        query.Parameters.AddWithValue("$headset", headsetId);
        query.Parameters.AddWithValue("$type", type);
        query.Parameters.AddWithValue("$saying", (object?)saying ?? DBNull.Value);
        return (long)query.ExecuteScalar()!;
    }

    /// <summary>Help requests in the page's outbox (IndexedDB) on the given shelves: pending, delivered, recorded.</summary>
    private static Task<int> StoredHelpRequests(IPage page, string headsetId, params string[] shelves) => page.EvaluateAsync<int>("""
        ([id, shelves]) => new Promise((resolve, reject) => {
          const open = indexedDB.open(`kap-headset-${id}`, 1);
          open.onupgradeneeded = () => open.result.createObjectStore('outbox');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('outbox', 'readonly').objectStore('outbox');
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () => {
              resolve(values.result.filter((v, i) => shelves.includes(String(keys.result[i]).split('/')[0]) && String(v).includes('"helpRequested"')).length);
              open.result.close();
            };
            values.onerror = () => reject(values.error);
          };
        })
        """, new object[] { headsetId, shelves });

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
