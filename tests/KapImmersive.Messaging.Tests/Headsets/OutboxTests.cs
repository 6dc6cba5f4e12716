using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Headsets;

namespace KapImmersive.Messaging.Tests.Headsets;

public sealed class OutboxTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"kap-outbox-{Guid.NewGuid():N}");

    [Fact]
    public async Task Events_not_yet_acknowledged_are_still_there_after_a_restart_and_numbering_goes_on()
    {
        var outbox = await Outbox.OpenAsync(_folder, CancellationToken.None);
        var first = await AddAsync(outbox);
        await AddAsync(outbox);
        await AddAsync(outbox);
        outbox.MarkDelivered(first);

        var reopened = await Outbox.OpenAsync(_folder, CancellationToken.None);
        var next = await AddAsync(reopened);

        Assert.Equal(["h1-2", "h1-3", "h1-4"], reopened.Pending.Select(e => e.Message.Id));
        Assert.Equal(4, next.Sequence);
    }

    [Fact]
    public async Task Recently_delivered_events_go_back_in_line_in_order_when_the_broker_lost_them()
    {
        var outbox = await Outbox.OpenAsync(_folder, CancellationToken.None);
        var entries = new List<OutboxEntry>();
        for (var i = 0; i < Outbox.DeliveredKept + 5; i++)
        {
            entries.Add(await AddAsync(outbox));
        }

        foreach (var entry in entries.Take(Outbox.DeliveredKept + 2))
        {
            outbox.MarkDelivered(entry);
        }

        outbox.RequeueDelivered();

        Assert.Equal(Outbox.DeliveredKept + 3, outbox.Pending.Count);
        Assert.Equal(Enumerable.Range(3, Outbox.DeliveredKept + 3).Select(n => (long)n), outbox.Pending.Select(e => e.Sequence));
    }

    [Fact]
    public async Task The_numbering_survives_even_when_every_event_was_delivered()
    {
        var outbox = await Outbox.OpenAsync(_folder, CancellationToken.None);
        outbox.MarkDelivered(await AddAsync(outbox));
        outbox.MarkDelivered(await AddAsync(outbox));

        var reopened = await Outbox.OpenAsync(_folder, CancellationToken.None);

        Assert.Empty(reopened.Pending);
        Assert.Equal(3, (await AddAsync(reopened)).Sequence);
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
