using System.Globalization;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// An event's id is "{headsetId}-{sequence}": unique per headset, and ordered, so a console can put an event that
/// arrives late (resent after a broker restart) back in its place.
/// </summary>
public static class EventIds
{
    public static string Make(string headsetId, long sequence) => string.Create(CultureInfo.InvariantCulture, $"{headsetId}-{sequence}");

    public static long? SequenceOf(string eventId)
    {
        var dash = eventId?.LastIndexOf('-') ?? -1;
        return dash >= 0 && long.TryParse(eventId.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
    }
}
