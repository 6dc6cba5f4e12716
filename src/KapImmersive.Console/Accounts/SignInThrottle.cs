using System.Collections.Concurrent;

namespace KapImmersive.Console.Accounts;

/// <summary>
/// Slows password guessing: after <c>allowed</c> wrong passwords for one name (or from one address) within the window,
/// further attempts are refused until the window has passed, right password or not.
/// </summary>
public sealed class SignInThrottle(int allowed, TimeSpan window, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>How long until <paramref name="keys"/> may try again; zero when they may now.</summary>
    public TimeSpan RetryAfter(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in keys)
        {
            if (_failures.TryGetValue(key, out var failures))
            {
                lock (failures)
                {
                    Forget(failures, now);
                    if (failures.Count >= allowed)
                    {
                        var free = failures.Peek() + window - now;
                        wait = free > wait ? free : wait;
                    }
                }
            }
        }

        return wait;
    }

    public void Failed(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = time.GetUtcNow();
        foreach (var key in keys)
        {
            var failures = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (failures)
            {
                Forget(failures, now);
                failures.Enqueue(now);
            }
        }
    }

    private void Forget(Queue<DateTimeOffset> failures, DateTimeOffset now)
    {
        while (failures.Count > 0 && failures.Peek() + window <= now)
        {
            failures.Dequeue();
        }
    }
}
