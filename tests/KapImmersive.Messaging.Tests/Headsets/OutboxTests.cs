using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Headsets;

namespace KapImmersive.Messaging.Tests.Headsets;

public sealed class OutboxTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"kap-outbox-{Guid.NewGuid():N}");

    [Fact]
    public async Task Events_not_yet_recorded_are_sent_again_after_a_restart_and_numbering_goes_on()
    {
        var outbox = await Outbox.OpenAsync(new FileOutboxStore(_folder), CancellationToken.None);
        var first = await AddAsync(outbox);
        var second = await AddAsync(outbox);
        await AddAsync(outbox);
        outbox.MarkDelivered(first, Noon);
        outbox.MarkDelivered(second, Noon);
        outbox.MarkRecorded(["h1-1"], "h1");

        var reopened = await Outbox.OpenAsync(new FileOutboxStore(_folder), CancellationToken.None);
        var next = await AddAsync(reopened);

        Assert.Equal(["h1-2", "h1-3", "h1-4"], reopened.Pending.Select(e => e.Message.Id));
        Assert.Equal(4, next.Sequence);
    }

    [Fact]
    public async Task Delivered_events_go_back_in_line_in_order_when_the_broker_lost_the_session()
    {
        var outbox = await Outbox.OpenAsync(new FileOutboxStore(_folder), CancellationToken.None);
        var entries = new List<OutboxEntry>();
        for (var i = 0; i < 10; i++)
        {
            entries.Add(await AddAsync(outbox));
        }

        entries.Take(8).ToList().ForEach(e => outbox.MarkDelivered(e, Noon));
        outbox.MarkRecorded(["h1-1", "h1-2"], "h1");

        outbox.RequeueDelivered();

        Assert.Equal(Enumerable.Range(3, 8).Select(n => (long)n), outbox.Pending.Select(e => e.Sequence));
        Assert.Equal(0, outbox.Unrecorded);
    }

    [Fact]
    public async Task An_event_the_record_never_confirms_is_sent_again_later_and_later()
    {
        var outbox = await Outbox.OpenAsync(new FileOutboxStore(_folder), CancellationToken.None);
        var entry = await AddAsync(outbox);
        outbox.MarkDelivered(entry, Noon);

        Assert.Equal(Noon + Wait, outbox.RequeueOverdue(Noon + Wait - TimeSpan.FromSeconds(1), Wait));
        Assert.Empty(outbox.Pending);
        Assert.Null(outbox.RequeueOverdue(Noon + Wait, Wait));
        Assert.Equal([entry], outbox.Pending);

        var resent = Noon + Wait;
        outbox.MarkDelivered(entry, resent);
        Assert.Equal(resent + (2 * Wait), outbox.RequeueOverdue(resent + Wait, Wait));
        Assert.Equal(1, outbox.Unrecorded);
    }

    [Fact]
    public async Task A_confirmation_for_another_headset_or_an_unknown_event_changes_nothing()
    {
        var outbox = await Outbox.OpenAsync(new FileOutboxStore(_folder), CancellationToken.None);
        outbox.MarkDelivered(await AddAsync(outbox), Noon);

        Assert.False(outbox.MarkRecorded(["h2-1", "h1-99", "h1-x", ""], "h1"));
        Assert.Equal(1, outbox.Unrecorded);
        Assert.True(outbox.MarkRecorded(["h1-1"], "h1"));
        Assert.Equal(0, outbox.Unrecorded);
    }

    [Fact]
    public async Task The_numbering_survives_even_when_every_event_was_recorded()
    {
        var outbox = await Outbox.OpenAsync(new FileOutboxStore(_folder), CancellationToken.None);
        for (var i = 0; i < Outbox.RecordedKept + 3; i++)
        {
            var entry = await AddAsync(outbox);
            outbox.MarkDelivered(entry, Noon);
            outbox.MarkRecorded([entry.Message.Id], "h1");
        }

        var reopened = await Outbox.OpenAsync(new FileOutboxStore(_folder), CancellationToken.None);

        Assert.Empty(reopened.Pending);
        Assert.Equal(Outbox.RecordedKept + 4, (await AddAsync(reopened)).Sequence);
        Assert.Equal(Outbox.RecordedKept, Directory.GetFiles(Path.Combine(_folder, "recorded")).Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static Task<OutboxEntry> AddAsync(Outbox outbox) => outbox.AddAsync(
        sequence => new EventMessage { Id = EventIds.Make("h1", sequence), Type = EventTypes.HelpRequested, At = DateTimeOffset.UnixEpoch, Source = "button" },
        CancellationToken.None);
}
