using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Messaging.Headsets;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using Brokers = KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Console.Tests.Scale;

/// <summary>
/// Two console servers, one PostgreSQL record, one broker (Mosquitto), five headsets: each event is recorded once
/// whichever console takes it first; an alert acknowledged on one leaves the other's dashboard within a second, saying
/// who; a command sent from one shows its outcome on the other's card and timeline; and SIGKILL of one in the middle of
/// a stream loses nothing while the other goes on and the headsets never notice.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class TwoConsolesTests(PostgresFixture postgres, ITestOutputHelper output) : IDisposable
{
    private const int Headsets = 5;
    private const int PressesEach = 100;

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kap-console-tests", Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task Two_consoles_share_one_record_and_one_console_killed_mid_stream_loses_nothing()
    {
        var clock = Stopwatch.StartNew();
        void Mark(string what) => output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {what}");
        var credentials = new Brokers.TestCredentials(Headsets);
        var certificates = await Brokers.TestCertificates.CreateAsync(Path.Combine(_folder, "certificates"), CancellationToken.None);
        await using var broker = await Brokers.TestBroker.StartAsync(Brokers.BrokerKind.Mosquitto, credentials, certificates, Path.Combine(_folder, "broker"),
            CancellationToken.None);
        using var consoles = new SharedConsoles(await postgres.NewDatabaseAsync(), broker, _folder);
        var starting = new[] { consoles.StartAsync("a"), consoles.StartAsync("b") };
        var (a, b) = (await starting[0], await starting[1]);
        var headsets = new List<HeadsetRig>();
        await using var browser = await Support.Browser.LaunchAsync();
        try
        {
            foreach (var id in credentials.HeadsetIds)
            {
                headsets.Add(await HeadsetRig.StartAsync(broker.Port, id, credentials.Passwords[id], FastFolder.Create("outbox-" + id), PatientScript.Idle));
            }

            Mark("consoles and headsets started");
            var (onA, onB) = (await SharedConsoles.DashboardAsync(browser, a), await SharedConsoles.DashboardAsync(browser, b));

            Mark("dashboards open");
            // An alert raised once, on both dashboards; acknowledged on A, gone from B within a second, with who did it.
            headsets[0].PressHelp();
            var alertOnA = onA.Locator(".alert.helpRequested[data-headset='h1']");
            var alertOnB = onB.Locator(".alert.helpRequested[data-headset='h1']");
            await Expect(alertOnA).ToBeVisibleAsync(new() { Timeout = 5_000 });
            await Expect(alertOnB).ToBeVisibleAsync(new() { Timeout = 5_000 });
            await alertOnA.Locator("[data-action=acknowledge]").ClickAsync();
            await Expect(alertOnA).ToHaveCountAsync(0);
            var goneFromA = Stopwatch.StartNew();
            await Expect(alertOnB).ToHaveCountAsync(0, new() { Timeout = 1_000 });
            output.WriteLine($"acknowledged on A, gone from B's dashboard {goneFromA.Elapsed.TotalMilliseconds:0} ms after it left A's");
            await Expect(onB.Locator("#acknowledged")).ToContainTextAsync($"h1: acknowledged by {ConsoleRig.Clinician}");

            Mark("acknowledged");
            // A command sent from A: its outcome on B's card and in B's timeline.
            using (var clientA = await SharedConsoles.ClientAsync(a))
            {
                using var sent = await clientA.PostAsJsonAsync(new Uri("/api/headsets/h2/commands", UriKind.Relative),
                    new { type = "setDarkness", args = new { level = 0.3, seconds = 20 } });
                using var report = JsonDocument.Parse(await sent.Content.ReadAsStringAsync());
                Assert.Equal("applied", report.RootElement.GetProperty("outcome").GetString());
                await Expect(onB.Locator("article.card[data-headset='h2'] .outcome")).ToContainTextAsync("darkness to 0.3");
                Assert.Contains(await TimelineAsync(b, "h2"), line => line.Kind == "outcome" && line.Reference == report.RootElement.GetProperty("commandId").GetString()
                    && line.Type == "applied");
            }

            Mark("command done");
            // 500 help requests from five headsets; console A is killed once some 150 are in.
            var before = consoles.EventCounts().Count;
            var pressing = Task.WhenAll(headsets.Select(h => Task.Run(async () =>
            {
                for (var i = 0; i < PressesEach; i++)
                {
                    h.PressHelp("stream");
                    await Task.Delay(10);
                }
            })));
            await Eventually.HoldsAsync(() => consoles.EventCounts().Count >= before + 150, TimeSpan.FromSeconds(60), "150 events recorded before the kill");
            Mark("killing A");
            a.Kill();
            var atKill = consoles.EventCounts().Count;
            await pressing;
            Mark("pressed all");
            await Eventually.HoldsAsync(() => headsets.All(h => h.Link.PendingEvents == 0 && h.Link.UnrecordedEvents == 0), TimeSpan.FromSeconds(90),
                $"console B confirmed every event to every headset ({string.Join(", ", headsets.Select(h => $"{h.Link.HeadsetId}: {h.Link.PendingEvents} pending, {h.Link.UnrecordedEvents} unconfirmed"))}; see {consoles.Log("b")})");

            Mark("all confirmed");
            var recorded = consoles.EventCounts();
            var raised = headsets.Sum(h => h.Link.LastEventSequence);
            output.WriteLine($"{raised} events raised; {atKill} recorded when A was killed, {recorded.Count} in the end");
            Assert.True(raised >= Headsets * PressesEach, $"{raised} events raised");
            Assert.True(recorded.Count > atKill, "console B went on recording after A was killed");
            var expected = headsets.SelectMany(h => Enumerable.Range(1, (int)h.Link.LastEventSequence).Select(n => (h.Link.HeadsetId, EventIds.Make(h.Link.HeadsetId, n))));
            Assert.Equal(expected.Order(), recorded.Keys.Order());
            Assert.All(recorded, pair => Assert.Equal(1, pair.Value));
            Assert.All(headsets, h => Assert.Equal(1, h.Link.Connections));
            Assert.False(b.HasExited);
            await Expect(onB.Locator("#connection")).ToHaveTextAsync("live");
        }
        finally
        {
            foreach (var headset in headsets)
            {
                await headset.DisposeAsync();
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<List<Line>> TimelineAsync(ConsoleProcess console, string headsetId)
    {
        using var client = await SharedConsoles.ClientAsync(console);
        var sessions = await client.GetFromJsonAsync<List<Session>>(new Uri("/api/sessions", UriKind.Relative));
        var session = Assert.Single(sessions!, s => s.HeadsetId == headsetId);
        var timeline = await client.GetFromJsonAsync<Timeline>(new Uri($"/api/sessions/{session.Id}", UriKind.Relative));
        return timeline!.Entries;
    }

    private sealed record Session(long Id, string HeadsetId);

    private sealed record Line(string Kind, string Type, string? Reference);

    private sealed record Timeline(List<Line> Entries);
}
