using System.Collections.Concurrent;
using System.Text.Json;

namespace KapImmersive.Bench;

/// <summary>
/// Listens to the dashboard's server-sent events like a browser, and times each new headset state from the moment the
/// headset stamped it to the moment the card arrived here.
/// </summary>
internal sealed class ConsoleDashboardProbe
{
    private readonly ConcurrentDictionary<string, long> _sequences = new(StringComparer.Ordinal);

    public ConcurrentBag<double> DelaysMilliseconds { get; } = [];

    public Task ListenAsync(HttpClient client, CancellationToken cancellationToken) => DashboardStream.ReadAsync(client, "card", Take, cancellationToken);

    public void Clear() => DelaysMilliseconds.Clear();

    private void Take(string json)
    {
        var arrived = DateTimeOffset.UtcNow;
        using var card = JsonDocument.Parse(json);
        if (!card.RootElement.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var id = card.RootElement.GetProperty("headsetId").GetString()!;
        var sequence = state.GetProperty("sequence").GetInt64();
        if (_sequences.TryGetValue(id, out var seen) && seen >= sequence)
        {
            return;
        }

        _sequences[id] = sequence;
        if (seen > 0 || sequence > 0)
        {
            DelaysMilliseconds.Add((arrived - state.GetProperty("at").GetDateTimeOffset()).TotalMilliseconds);
        }
    }
}
