using System.Net;
using KapImmersive.Console.Accounts;

namespace KapImmersive.Console.Pairing;

/// <summary>
/// Wrong pairing codes slowed as wrong passwords are: per address by the sign-in's own throttle (a few a minute, then
/// locks that double), and from all addresses together by one more, so that however many addresses guess, no more
/// than <see cref="WrongCodesPerCodeLifetime"/> wrong codes are tried in any ten minutes, the life of one code.
/// </summary>
public sealed class PairingGuard(SignInThrottle perAddress, TimeProvider time)
{
    public const int WrongCodesPerCodeLifetime = 20;

    private const string Everyone = "pairing:everyone";

    private readonly SignInThrottle _everyone = new(WrongCodesPerCodeLifetime, PairingCodes.Lifetime, time);

    /// <summary>Begins checking a code from <paramref name="from"/>, or null with how long to wait.</summary>
    public PairingAttempt? TryBegin(IPAddress? from, out TimeSpan retryAfter)
    {
        if (perAddress.TryBegin([$"pairing:{from}"], out retryAfter) is not { } address)
        {
            return null;
        }

        if (_everyone.TryBegin([Everyone], out retryAfter) is not { } everyone)
        {
            perAddress.Abandon(address);
            return null;
        }

        return new PairingAttempt(address, everyone);
    }

    public void Wrong(PairingAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        perAddress.Failed(attempt.Address);
        _everyone.Failed(attempt.Everyone);
    }

    /// <summary>The right code forgives its address, never the wrong codes others tried.</summary>
    public void Right(PairingAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        perAddress.Succeeded(attempt.Address);
        _everyone.Abandon(attempt.Everyone);
    }
}
