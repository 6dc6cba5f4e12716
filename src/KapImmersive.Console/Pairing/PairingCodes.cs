using System.Security.Cryptography;
using System.Text;

namespace KapImmersive.Console.Pairing;

/// <summary>
/// One-time pairing codes: 6 random digits, valid for 10 minutes, spent by their first right use, and at most
/// <see cref="MaxPending"/> waiting at once so a guess can only ever hit a few. Kept in memory: a code shown before a
/// restart is simply made again.
/// </summary>
public sealed class PairingCodes(TimeProvider time)
{
    public const int Digits = 6;

    public const int MaxPending = 5;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly List<PendingPairing> _pending = [];
    private readonly Lock _gate = new();

    /// <summary>A new code for the headset, or null when <see cref="MaxPending"/> codes are already waiting.</summary>
    public PendingPairing? Create(string headsetId, string name, string createdBy)
    {
        lock (_gate)
        {
            Prune();
            if (_pending.Count >= MaxPending)
            {
                return null;
            }

            string code;
            do
            {
                code = RandomNumberGenerator.GetInt32(1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            }
            while (_pending.Any(p => p.Code == code));

            var pending = new PendingPairing(headsetId, name, code, time.GetUtcNow() + Lifetime, createdBy);
            _pending.Add(pending);
            return pending;
        }
    }

    /// <summary>
    /// Spends the code: the pairing it opens, or null when no waiting code matches (wrong, spent or expired). Every
    /// waiting code is compared in full, so the time taken says nothing about how close a guess came.
    /// </summary>
    public PendingPairing? Redeem(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var typed = Encoding.ASCII.GetBytes(code);
        lock (_gate)
        {
            Prune();
            PendingPairing? match = null;
            foreach (var pending in _pending)
            {
                if (CryptographicOperations.FixedTimeEquals(typed, Encoding.ASCII.GetBytes(pending.Code)))
                {
                    match = pending;
                }
            }

            if (match is not null)
            {
                _pending.Remove(match);
            }

            return match;
        }
    }

    /// <summary>Withdraws a waiting code; false when there was none for that headset.</summary>
    public bool Cancel(string headsetId)
    {
        lock (_gate)
        {
            return _pending.RemoveAll(p => p.HeadsetId == headsetId) > 0;
        }
    }

    public bool IsPending(string headsetId)
    {
        lock (_gate)
        {
            Prune();
            return _pending.Any(p => p.HeadsetId == headsetId);
        }
    }

    /// <summary>The code as typed, without the spaces or dashes a person may add, when it is 6 digits; otherwise null.</summary>
    public static string? Normalize(string? typed)
    {
        var digits = new string([.. (typed ?? "").Where(c => c is not (' ' or '-'))]);
        return digits.Length == Digits && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        _pending.RemoveAll(p => p.ExpiresAt <= now);
    }
}
