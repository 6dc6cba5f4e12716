namespace KapImmersive.Console.Accounts;

/// <summary>
/// Slows password guessing (OWASP's authentication guidance): each key (an address, a name, a trusted device) may have
/// <c>allowed</c> wrong passwords within the window; the next attempt is refused until a lock has passed, and each new
/// lock of the same key lasts twice the one before (up to <see cref="MaxLockDoublings"/> doublings). An attempt is
/// counted when it begins, under one lock, so simultaneous requests cannot slip past the limit while being checked.
/// </summary>
public sealed class SignInThrottle(int allowed, TimeSpan window, TimeProvider time)
{
    /// <summary>A window of 1 minute grows to a lock of at most 64 minutes.</summary>
    public const int MaxLockDoublings = 6;

    private const int MaxKeys = 10_000;

    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Begins an attempt for every key at once, or refuses it when any key is locked or already has as many wrong
    /// passwords and attempts under way as it is allowed; <paramref name="retryAfter"/> then says how long to wait.
    /// </summary>
    public SignInAttempt? TryBegin(IReadOnlyList<string> keys, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            retryAfter = TimeSpan.Zero;
            foreach (var key in keys)
            {
                var wait = WaitFor(TallyOf(key, now), now);
                retryAfter = wait > retryAfter ? wait : retryAfter;
            }

            if (retryAfter > TimeSpan.Zero)
            {
                return null;
            }

            foreach (var key in keys)
            {
                _tallies[key].Pending++;
            }

            return new SignInAttempt([.. keys]);
        }
    }

    /// <summary>A wrong password: counted against every key of the attempt; the key that reaches the limit is locked.</summary>
    public void Failed(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var key in attempt.Keys)
            {
                var tally = TallyOf(key, now);
                tally.Pending = Math.Max(0, tally.Pending - 1);
                tally.Failures.Enqueue(now);
                tally.LastFailure = now;
                if (tally.Failures.Count >= allowed)
                {
                    tally.LockedUntil = now + (window * Math.Pow(2, Math.Min(tally.Locks, MaxLockDoublings)));
                    tally.Locks++;
                    tally.Failures.Clear();
                }
            }
        }
    }

    /// <summary>The right password: the attempt's keys start afresh.</summary>
    public void Succeeded(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        lock (_gate)
        {
            foreach (var key in attempt.Keys)
            {
                _tallies.Remove(key);
            }
        }
    }

    /// <summary>
    /// The attempt is over with no verdict on its keys (another check refused it, or a right answer that must not
    /// forgive the wrong ones counted so far): it stops being under way, and every wrong answer counted stays.
    /// </summary>
    public void Abandon(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var key in attempt.Keys)
            {
                var tally = TallyOf(key, now);
                tally.Pending = Math.Max(0, tally.Pending - 1);
            }
        }
    }

    private TimeSpan WaitFor(Tally tally, DateTimeOffset now)
    {
        if (tally.LockedUntil > now)
        {
            return tally.LockedUntil - now;
        }

        if (tally.Failures.Count + tally.Pending < allowed)
        {
            return TimeSpan.Zero;
        }

        // Attempts still being checked may yet fail and lock the key; until they have, ask for a moment's patience.
        return tally.Failures.Count > 0 ? tally.Failures.Peek() + window - now : TimeSpan.FromSeconds(1);
    }

    private Tally TallyOf(string key, DateTimeOffset now)
    {
        if (_tallies.Count > MaxKeys)
        {
            foreach (var (idle, _) in _tallies.Where(t => t.Value is { Pending: 0, Locks: 0, Failures.Count: 0 }).ToList())
            {
                _tallies.Remove(idle);
            }
        }

        if (!_tallies.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            _tallies[key] = tally;
        }

        while (tally.Failures.Count > 0 && tally.Failures.Peek() + window <= now)
        {
            tally.Failures.Dequeue();
        }

        // A key quiet for a day is forgiven its earlier locks.
        if (tally.Locks > 0 && tally.LockedUntil <= now && now - tally.LastFailure > TimeSpan.FromDays(1))
        {
            tally.Locks = 0;
        }

        return tally;
    }

    private sealed class Tally
    {
        public Queue<DateTimeOffset> Failures { get; } = new();

        public int Pending { get; set; }

        public DateTimeOffset LockedUntil { get; set; }

        public int Locks { get; set; }

        public DateTimeOffset LastFailure { get; set; }
    }
}
