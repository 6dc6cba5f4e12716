using System.Net;

namespace KapImmersive.Messaging.Broker;

/// <summary>
/// A token bucket per remote address: a burst of connections is fine (a whole clinic reconnecting after the broker
/// restarts), a steady flood from one address (password guessing) is refused.
/// </summary>
internal sealed class ConnectionRateLimiter(int perSecond, int burst, TimeProvider time)
{
    private readonly Dictionary<string, (double Tokens, long At)> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool TryAcquire(EndPoint? remote)
    {
        var key = remote is IPEndPoint ip ? ip.Address.ToString() : remote?.ToString() ?? "?";
        var now = time.GetTimestamp();
        lock (_gate)
        {
            var (tokens, at) = _buckets.TryGetValue(key, out var bucket) ? bucket : (burst, now);
            tokens = Math.Min(burst, tokens + (time.GetElapsedTime(at, now).TotalSeconds * perSecond));
            var allowed = tokens >= 1;
            _buckets[key] = (allowed ? tokens - 1 : tokens, now);
            if (_buckets.Count > 10_000)
            {
                _buckets.Clear();
            }

            return allowed;
        }
    }
}
