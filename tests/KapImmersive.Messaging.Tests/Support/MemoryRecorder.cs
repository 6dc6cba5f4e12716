using System.Collections.Concurrent;
using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Consoles;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>A console's record in memory: every event id it was handed, how often, and a way to make a commit fail.</summary>
internal sealed class MemoryRecorder : IReportRecorder
{
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _kept = new(StringComparer.Ordinal);

    /// <summary>Event ids whose first commit fails (as a full disk or a locked database would).</summary>
    public ConcurrentDictionary<string, bool> FailFirst { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Kept => [.. _kept.Keys];

    public int AttemptsFor(string eventId) => _attempts.GetValueOrDefault(eventId);

    public Task RecordAsync(HeadsetReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Channel != Channels.Events || !MessageReader.TryRead(report.Payload.Span, ProtocolJsonContext.Default.EventMessage, out var message, out _))
        {
            return Task.CompletedTask;
        }

        var attempt = _attempts.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        if (attempt == 1 && FailFirst.ContainsKey(message.Id))
        {
            throw new IOException($"the record could not commit {message.Id}");
        }

        _kept[message.Id] = true;
        return Task.CompletedTask;
    }
}
