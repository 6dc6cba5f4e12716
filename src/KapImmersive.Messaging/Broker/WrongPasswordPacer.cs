using System.Net;

namespace KapImmersive.Messaging.Broker;

/// <summary>
/// Slows password guessing per address, as the console's sign-in does: after a few wrong passwords from one address,
/// each further wrong answer is held back, twice as long each time up to a ceiling, and while an address already has
/// answers held back it may check only a few passwords at once (more are refused as busy, unchecked), so opening many
/// connections buys no extra guesses. The right password is never held back, and other addresses are untouched.
/// </summary>
internal sealed class WrongPasswordPacer(int free, TimeSpan firstDelay, TimeSpan maxDelay, TimeProvider time)
{
    /// <summary>Passwords one suspect address may have under check or held back at once.</summary>
    public const int MaxInFlight = 2;

    /// <summary>An address with no wrong password for this long starts afresh.</summary>
    private static readonly TimeSpan Forget = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, Record> _addresses = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Starts checking a password from <paramref name="remote"/>; false when that address must wait its turn.</summary>
    public bool TryEnter(EndPoint? remote)
    {
        var key = KeyOf(remote);
        lock (_gate)
        {
            var record = RecordOf(key);
            if (record.Failures > free && record.InFlight >= MaxInFlight)
            {
                return false;
            }

            record.InFlight++;
            return true;
        }
    }

    /// <summary>A wrong password: how long to hold its answer back.</summary>
    public TimeSpan Failed(EndPoint? remote)
    {
        lock (_gate)
        {
            var record = RecordOf(KeyOf(remote));
            record.Failures++;
            record.LastFailure = time.GetUtcNow();
            var beyond = record.Failures - free;
            return beyond <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)Math.Min(maxDelay.Ticks, firstDelay.Ticks * Math.Pow(2, beyond - 1)));
        }
    }

    /// <summary>The check (and any holding back) is over.</summary>
    public void Exit(EndPoint? remote)
    {
        lock (_gate)
        {
            var record = RecordOf(KeyOf(remote));
            record.InFlight = Math.Max(0, record.InFlight - 1);
        }
    }

    private Record RecordOf(string key)
    {
        var now = time.GetUtcNow();
        if (_addresses.Count > 10_000)
        {
            foreach (var (quiet, _) in _addresses.Where(a => a.Value.InFlight == 0 && now - a.Value.LastFailure > Forget).ToList())
            {
                _addresses.Remove(quiet);
            }
        }

        if (!_addresses.TryGetValue(key, out var record))
        {
            record = new Record();
            _addresses[key] = record;
        }
        else if (record.InFlight == 0 && record.Failures > 0 && now - record.LastFailure > Forget)
        {
            record.Failures = 0;
        }

        return record;
    }

    private static string KeyOf(EndPoint? remote) => remote is IPEndPoint ip ? ip.Address.ToString() : remote?.ToString() ?? "?";

    private sealed class Record
    {
        public int Failures { get; set; }

        public int InFlight { get; set; }

        public DateTimeOffset LastFailure { get; set; }
    }
}
