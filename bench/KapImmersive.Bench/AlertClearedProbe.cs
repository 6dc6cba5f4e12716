using System.Collections.Concurrent;
using System.Text.Json;

namespace KapImmersive.Bench;

/// <summary>Listens to one console's dashboard stream like a browser and tells when an alert's "alertCleared" arrives.</summary>
internal sealed class AlertClearedProbe
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _waiting = new();

    /// <summary>Resolves when the dashboard hears the alert was cleared; ask before acknowledging it.</summary>
    public Task ClearedAsync(long alertId) => _waiting.GetOrAdd(alertId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public async Task ListenAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri("/api/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var name = "";
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "alertCleared")
                {
                    using var cleared = JsonDocument.Parse(line[6..]);
                    _waiting.GetOrAdd(cleared.RootElement.GetProperty("id").GetInt64(), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))
                        .TrySetResult();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The benchmark is over.
        }
    }
}
