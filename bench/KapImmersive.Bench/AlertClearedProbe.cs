using System.Collections.Concurrent;
using System.Text.Json;

namespace KapImmersive.Bench;

/// <summary>Listens to one console's dashboard stream like a browser and tells when an alert's "alertCleared" arrives.</summary>
internal sealed class AlertClearedProbe
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _waiting = new();

    /// <summary>Resolves when the dashboard hears the alert was cleared; ask before acknowledging it.</summary>
    public Task ClearedAsync(long alertId) => Waiter(alertId).Task;

    public Task ListenAsync(HttpClient client, CancellationToken cancellationToken) => DashboardStream.ReadAsync(client, "alertCleared", Take, cancellationToken);

    private void Take(string json)
    {
        using var cleared = JsonDocument.Parse(json);
        Waiter(cleared.RootElement.GetProperty("id").GetInt64()).TrySetResult();
    }

    private TaskCompletionSource Waiter(long alertId) =>
        _waiting.GetOrAdd(alertId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
