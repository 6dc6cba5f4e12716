using System.Globalization;
using KapImmersive.Console.Record;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KapImmersive.Console.Live;

/// <summary>
/// Carries the console link's live view (presence and state) onto the cards, records presence changes, and raises a
/// lost-link alert when a headset in session stays offline longer than a reconnect takes (unless it was revoked).
/// </summary>
public sealed class NoticePump(ConsoleLink link, HeadsetBoard board, SessionRecord record, AlertDesk alerts, TimeSpan lostLinkGrace,
    TimeProvider time, ILogger<NoticePump> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await link.StartAsync(stoppingToken);
        try
        {
            await foreach (var notice in link.Notices.ReadAllAsync(stoppingToken))
            {
                Take(notice, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping with the host.
        }
    }

    private void Take(ConsoleNotice notice, CancellationToken stoppingToken)
    {
        if (notice.State is { } state)
        {
            board.Update(notice.HeadsetId, c => c.State is { } known && known.Sequence > state.Sequence && c.Online ? c : c with { State = state });
        }
        else if (notice.Presence is { } presence)
        {
            TakePresence(notice.HeadsetId, presence, notice.PresenceFromSilence, stoppingToken);
        }
        else if (notice.Problem is { } problem)
        {
            log.HeadsetProblem(notice.HeadsetId, problem);
        }
    }

    private void TakePresence(string headsetId, PresenceMessage presence, bool fromSilence, CancellationToken stoppingToken)
    {
        var online = presence.Status == PresenceMessage.Online;
        var before = board.Find(headsetId);
        var at = presence.At ?? time.GetUtcNow();
        board.Update(headsetId, c => c with { Online = online, PresenceAt = at });
        if (before is not null && before.Online == online)
        {
            return;
        }

        var text = online ? "headset online"
            : fromSilence ? string.Create(CultureInfo.InvariantCulture, $"headset offline: nothing heard from it for {presence.KeepAliveSeconds:0.#} s")
            : "headset offline";
        record.Add(new NewEntry(headsetId, at, EntryKinds.Presence, presence.Status, fromSilence ? "console" : "headset", text)
        {
            OnceKey = PresenceKey(online, presence.At, before),
        });
        if (!online)
        {
            _ = AlertIfStillOfflineAsync(headsetId, stoppingToken);
        }
    }

    private async Task AlertIfStillOfflineAsync(string headsetId, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(lostLinkGrace, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var card = board.Find(headsetId);
        // A revoked headset was cut off on purpose: its silence is no lost link.
        if (card is null || card.Online || card.RevokedAt is not null || !InSession(card.State) || alerts.IsOpen(headsetId, AlertDesk.LinkLost))
        {
            return;
        }

        alerts.Raise(headsetId, AlertDesk.LinkLost, $"lost the link to {headsetId}: the scene holds where it is", null, oneOpenAtATime: true);
    }

    /// <summary>
    /// The same change of presence as every console sharing the record sees it: going online at the instant the headset
    /// stamped, going offline after that online (whether a console noticed the silence or the broker's Last Will came).
    /// </summary>
    private static string? PresenceKey(bool online, DateTimeOffset? stamped, HeadsetCard? before) =>
        online ? stamped is { } at ? $"online {Stamp(at)}" : null
        : before is { Online: true, PresenceAt: { } since } ? $"offline after {Stamp(since)}"
        : stamped is { } offlineAt ? $"offline {Stamp(offlineAt)}" : null;

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static bool InSession(StateMessage? state) =>
        state is not null && ProtocolNames.TryParse<SessionPhase>(state.Phase, out var phase) && phase is SessionPhase.Preparation or SessionPhase.Dosing or SessionPhase.Return;
}
