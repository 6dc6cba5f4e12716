using KapImmersive.Console.Record;
using KapImmersive.Console.Tests.Support;

namespace KapImmersive.Console.Tests.Record;

/// <summary>Two consoles' records on one PostgreSQL database, writing what both heard from the broker at the same moment.</summary>
[Collection(PostgresGroup.Name)]
public sealed class SharedRecordTests(PostgresFixture postgres) : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly RecordStores _stores = new(postgres);

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task Two_consoles_racing_with_the_same_events_record_each_once_in_one_session_with_one_alert_each()
    {
        var database = await _stores.NewAsync(RecordStoreKind.PostgreSql);
        using var a = SessionRecord.Open(database);
        using var b = SessionRecord.Open(database);
        Assert.True(a.IsShared);
        Assert.NotEqual(a.Origin, b.Origin);

        const int Events = 100;
        var added = new int[2];
        await Task.WhenAll(new[] { a, b }.Select((record, console) => Task.Run(() =>
        {
            for (var n = 1; n <= Events; n++)
            {
                var help = new NewEntry("room-a", T0.AddSeconds(n), EntryKinds.Event, "helpRequested", "patient", "help requested") { Reference = $"room-a-{n}" };
                record.AddEvent(help, "helpRequested", out var kept);
                record.Add(new NewEntry("room-a", T0.AddSeconds(n), EntryKinds.Motion, "headMotion", "headset", "head motion") { OnceKey = $"motion {n}" });
                Interlocked.Add(ref added[console], kept ? 1 : 0);
            }
        })));

        Assert.Equal(Events, added.Sum());
        var session = Assert.Single(b.Sessions());
        Assert.Equal(Events * 3, session.Entries);
        Assert.Equal(Events, a.OpenAlerts().Count);
        Assert.All(Enumerable.Range(1, Events), n => Assert.Equal(1, b.CountEvent("room-a", $"room-a-{n}")));
    }

    [Fact]
    public async Task A_session_one_console_ends_is_ended_for_the_other_and_the_next_line_opens_one_session_for_both()
    {
        var database = await _stores.NewAsync(RecordStoreKind.PostgreSql);
        using var a = SessionRecord.Open(database);
        using var b = SessionRecord.Open(database);
        var first = a.Add(new NewEntry("room-a", T0, EntryKinds.Command, "setDarkness", "clara", "darkness to 0.5"))!.SessionId;
        Assert.Equal(first, b.Add(new NewEntry("room-a", T0.AddSeconds(1), EntryKinds.Command, "setVolume", "bob", "volume to 0.3"))!.SessionId);
        b.EndSession("room-a", T0.AddMinutes(60));
        var next = a.Add(new NewEntry("room-a", T0.AddMinutes(61), EntryKinds.Presence, "online", "headset", "headset online"))!.SessionId;
        Assert.NotEqual(first, next);
        Assert.Equal(next, b.Add(new NewEntry("room-a", T0.AddMinutes(62), EntryKinds.Command, "setDarkness", "bob", "darkness to 0.2"))!.SessionId);
    }
}
