using System.Collections.Concurrent;
using KapImmersive.Console.Vitals;

namespace KapImmersive.Console.Live;

/// <summary>
/// The cards of every headset the console has heard of; each change is pushed to the browsers at once.
/// Also keeps each headset's latest preview image for the card (the headset publishes it when previews are on).
/// </summary>
public sealed class HeadsetBoard(DashboardHub hub, IReadOnlyList<double> vitalsMinutes)
{
    private readonly ConcurrentDictionary<string, HeadsetCard> _cards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _bloodPressureReadings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _previews = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IReadOnlyList<HeadsetCard> Cards => [.. _cards.Values.OrderBy(c => c.HeadsetId, StringComparer.Ordinal)];

    public HeadsetCard? Find(string headsetId) => _cards.TryGetValue(headsetId, out var card) ? card : null;

    /// <summary>Whether the headset has ever said it exists (its presence or its state), as opposed to a card made by typing its id.</summary>
    public bool HasHeardFrom(string headsetId) => Find(headsetId) is { } card && (card.PresenceAt is not null || card.State is not null);

    public HeadsetCard Update(string headsetId, Func<HeadsetCard, HeadsetCard> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        HeadsetCard card;
        lock (_gate)
        {
            var before = _cards.TryGetValue(headsetId, out var known) ? known : new HeadsetCard(headsetId);
            card = change(before);
            card = card with { NextVitalsDue = VitalsRhythm.NextDue(card.State?.DosingStartedAt, vitalsMinutes, Readings(headsetId)) };
            _cards[headsetId] = card;
        }

        hub.Broadcast("card", card);
        return card;
    }

    /// <summary>A blood-pressure reading counts toward the monitoring rhythm.</summary>
    public void BloodPressureTaken(string headsetId, DateTimeOffset at)
    {
        lock (_gate)
        {
            _bloodPressureReadings.GetOrAdd(headsetId, _ => []).Add(at);
        }
    }

    public void SetPreview(string headsetId, ReadOnlyMemory<byte> image)
    {
        _previews[headsetId] = image;
        Update(headsetId, c => c with { PreviewVersion = c.PreviewVersion + 1 });
    }

    /// <summary>The latest preview, or null when the headset has sent none (an empty picture is not a picture).</summary>
    public ReadOnlyMemory<byte>? Preview(string headsetId) =>
        _previews.TryGetValue(headsetId, out var image) && !image.IsEmpty ? image : (ReadOnlyMemory<byte>?)null;

    private List<DateTimeOffset> Readings(string headsetId) =>
        _bloodPressureReadings.TryGetValue(headsetId, out var readings) ? [.. readings] : [];
}
