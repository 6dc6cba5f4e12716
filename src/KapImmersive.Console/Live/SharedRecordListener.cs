using KapImmersive.Console.Record;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KapImmersive.Console.Live;

/// <summary>
/// With a record several consoles share (PostgreSQL), shows on this console's dashboards what the others commit: an
/// alert raised, an alert acknowledged (and by whom), a command's outcome. PostgreSQL's LISTEN/NOTIFY carries the news:
/// each notice leaves with its commit and names only keys, and this console reads the rest back from the record. If
/// the listening connection drops, it comes back and catches up from the record: every open alert, and every alert
/// acknowledged since a little before the drop. With SQLite there is one console and nothing to listen for.
/// </summary>
public sealed class SharedRecordListener(SessionRecord record, AlertDesk alerts, HeadsetBoard board, DashboardHub hub, TimeProvider time,
    ILogger<SharedRecordListener> log) : BackgroundService
{
    private static readonly TimeSpan CatchUpMargin = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (record.Store is not PostgresRecordStore store || store.Dialect.Listen is not { } listen)
        {
            return;
        }

        DateTimeOffset? lostAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(store, listen, lostAt, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                lostAt ??= time.GetUtcNow();
                log.ListenerLost(ex.Message, RetryAfter.TotalSeconds);
                try
                {
                    await Task.Delay(RetryAfter, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(PostgresRecordStore store, string listen, DateTimeOffset? lostAt, CancellationToken stoppingToken)
    {
        await using var connection = await store.ListenerAsync(stoppingToken);
        var arrived = new List<string>();
        connection.Notification += (_, e) => arrived.Add(e.Payload);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = listen;
            await command.ExecuteNonQueryAsync(stoppingToken);
        }

        if (lostAt is { } since)
        {
            CatchUp(since - CatchUpMargin);
        }

        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            foreach (var payload in arrived)
            {
                if (RecordNotice.TryParse(payload, out var notice) && !string.Equals(notice.Origin, record.Origin, StringComparison.Ordinal))
                {
                    Take(notice);
                }
            }

            arrived.Clear();
        }
    }

    private void Take(RecordNotice notice)
    {
        if (!long.TryParse(notice.Key, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return;
        }

        switch (notice.Change)
        {
            case RecordChange.AlertRaised when record.FindAlert(id) is { AcknowledgedBy: null } raised:
                alerts.Announce(raised.Alert);
                break;
            case RecordChange.AlertCleared when record.FindAlert(id) is { AcknowledgedBy: { } by }:
                alerts.Cleared(id, by);
                break;
            case RecordChange.Outcome when record.FindOutcome(id) is { } lines:
                var report = CommandReport.FromRecord(lines.Command, lines.Outcome);
                board.Update(report.HeadsetId, c => c with { LastOutcome = report });
                hub.Broadcast("outcome", report);
                break;
        }
    }

    private void CatchUp(DateTimeOffset since)
    {
        foreach (var alert in record.OpenAlerts())
        {
            alerts.Announce(alert);
        }

        foreach (var (id, by) in record.AcknowledgedSince(since))
        {
            alerts.Cleared(id, by);
        }
    }
}
