using System.Net;
using System.Security.Cryptography;
using KapImmersive.Console.Hosting;
using KapImmersive.Console.Live;
using KapImmersive.Console.Record;
using KapImmersive.Messaging.Broker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KapImmersive.Console.Pairing;

/// <summary>
/// Pairing a standalone headset: the clinician asks for a code, the headset's page gives it back, and the console makes
/// that headset's broker account with a fresh random password, hands the password over once and keeps only its hash.
/// The clinician may rename a paired headset and revoke it: its connections close at once and its account is gone.
/// Paired headsets live in the record, and at start their accounts go into the embedded broker before it opens.
/// With an external broker there is no pairing: the clinic manages that broker's accounts.
/// </summary>
public sealed class HeadsetPairing(PairingCodes codes, PairingGuard guard, SessionRecord record, HeadsetBoard board, KapBroker? broker,
    TimeProvider time, ILogger<HeadsetPairing> log) : IHostedService
{
    public const int MaxNameLength = 40;

    private const string IdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public string? UnavailableReason => broker is null
        ? "this console uses an external broker (Kap:Clinic:EmbeddedBroker is false), so it cannot make headset accounts; add the headset's account on that broker instead"
        : null;

    /// <summary>A code for a new headset; null and the reason when there can be none now.</summary>
    public PendingPairing? Start(string? name, string who, out string? problem)
    {
        problem = UnavailableReason ?? (string.IsNullOrWhiteSpace(name) ? null : NameProblem(name));
        if (problem is not null)
        {
            return null;
        }

        var pending = codes.Create(NewHeadsetId(), name?.Trim() ?? "", who);
        problem = pending is null ? $"{PairingCodes.MaxPending} codes are already waiting; use or cancel one first" : null;
        return pending;
    }

    /// <summary>
    /// Pairs the headset whose code was typed. The name the headset offers is kept only when the clinician gave none;
    /// a bad one is refused before the code is looked at, so it costs neither the code nor a guess.
    /// </summary>
    public PairResult Pair(string? typed, string? offeredName, IPAddress? from)
    {
        if (UnavailableReason is { } unavailable)
        {
            return new PairResult { Problem = unavailable, Unavailable = true };
        }

        if (PairingCodes.Normalize(typed) is not { } code)
        {
            return new PairResult { Problem = $"a pairing code is {PairingCodes.Digits} digits", Malformed = true };
        }

        if (offeredName is not null && NameProblem(offeredName) is { } nameProblem)
        {
            return new PairResult { Problem = nameProblem, Malformed = true };
        }

        if (guard.TryBegin(from, out var wait) is not { } attempt)
        {
            return new PairResult { Problem = "too many wrong codes; wait, then try again", RetryAfter = wait };
        }

        if (codes.Redeem(code) is not { } pending)
        {
            guard.Wrong(attempt);
            log.WrongCode(from);
            return new PairResult { Problem = "that code is not right, was used already or has expired; ask the clinician for a new one" };
        }

        guard.Right(attempt);
        var password = BrokerAccounts.NewPassword();
        var name = pending.Name.Length > 0 ? pending.Name : offeredName?.Trim() ?? "";
        var headset = new PairedHeadset(pending.HeadsetId, name, PasswordHash.Create(password, BrokerAccounts.HashIterations), time.GetUtcNow(),
            pending.CreatedBy);
        record.AddPairedHeadset(headset);
        broker!.AddUser(new BrokerUser { Name = headset.Id, Role = BrokerRole.Headset, PasswordHash = headset.PasswordHash });
        Show(headset);
        log.Paired(headset.Id, from, headset.PairedBy);
        return new PairResult { HeadsetId = headset.Id, Name = headset.Name, Password = password };
    }

    public bool Cancel(string headsetId) => codes.Cancel(headsetId);

    public bool IsPaired(string headsetId) => record.PairedHeadsets().Any(h => h.Id == headsetId);

    /// <summary>The reason the name will not do, or null once the card shows it.</summary>
    public string? Rename(string headsetId, string? name)
    {
        if (NameProblem(name) is { } problem)
        {
            return problem;
        }

        if (!record.RenamePairedHeadset(headsetId, name!.Trim()))
        {
            return $"no headset '{headsetId}' was paired here";
        }

        board.Update(headsetId, c => c with { Name = name.Trim() });
        return null;
    }

    /// <summary>Revokes the headset's account and closes its connections; false when it is not paired or already revoked.</summary>
    public async Task<bool> RevokeAsync(string headsetId, string who, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        if (!record.RevokePairedHeadset(headsetId, who, at))
        {
            return false;
        }

        var closed = broker is null ? 0 : await broker.RemoveUserAsync(headsetId, cancellationToken);
        board.Update(headsetId, c => c with { RevokedAt = at });
        log.Revoked(headsetId, who, closed);
        return true;
    }

    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength || name.Any(char.IsControl)
            ? $"a headset's name is 1-{MaxNameLength} characters, on one line"
            : null;

    /// <summary>Before the broker starts (this is registered ahead of it): every paired headset's account, and its card.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var headset in record.PairedHeadsets())
        {
            if (broker is not null && headset.RevokedAt is null && !broker.HasUser(headset.Id))
            {
                broker.AddUser(new BrokerUser { Name = headset.Id, Role = BrokerRole.Headset, PasswordHash = headset.PasswordHash });
            }

            Show(headset);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Show(PairedHeadset headset) =>
        board.Update(headset.Id, c => c with { Name = headset.Name.Length > 0 ? headset.Name : null, Paired = true, RevokedAt = headset.RevokedAt });

    /// <summary>Pseudonymous, short enough to read off a card, and new to the broker and the record.</summary>
    private string NewHeadsetId()
    {
        var taken = record.PairedHeadsets().Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        string id;
        do
        {
            id = "hs-" + RandomNumberGenerator.GetString(IdAlphabet, 8);
        }
        while (taken.Contains(id) || broker?.HasUser(id) == true || codes.IsPending(id));

        return id;
    }
}
