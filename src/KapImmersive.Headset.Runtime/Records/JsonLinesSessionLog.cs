using System.Text.Json;
using System.Threading.Channels;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Headset.Runtime.Records;

/// <summary>
/// The session log on the device, for audit: one JSON object a line (command, ack, event or state), in the order
/// they happened, written by a background task so the frame loop never waits on the disk.
/// </summary>
public sealed class JsonLinesSessionLog : ISessionLog, IAsyncDisposable
{
    private readonly Channel<Entry> _entries = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SessionClock _clock;
    private readonly Stream _file;
    private readonly Task _writer;

    public JsonLinesSessionLog(string path, SessionClock clock)
    {
        _clock = clock;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous);
        _writer = Task.Run(WriteAllAsync);
        FilePath = path;
    }

    public string FilePath { get; }

    public void Command(SessionCommand command, double now) => _entries.Writer.TryWrite(new Entry(now, command, null, null));

    public void Transition(Transition transition, double now)
    {
        foreach (var sessionEvent in transition.Events)
        {
            _entries.Writer.TryWrite(new Entry(now, null, sessionEvent, transition.State));
        }

        _entries.Writer.TryWrite(new Entry(now, null, null, transition.State));
    }

    public async ValueTask DisposeAsync()
    {
        _entries.Writer.TryComplete();
        await _writer;
        await _file.DisposeAsync();
    }

    private async Task WriteAllAsync()
    {
        var buffer = new MemoryStream();
        long lastSequence = -1;
        await foreach (var entry in _entries.Reader.ReadAllAsync())
        {
            if (entry.Command is null && entry.Event is null && entry.State!.Sequence == lastSequence)
            {
                continue;
            }

            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer))
            {
                Write(json, entry);
            }

            buffer.WriteByte((byte)'\n');
            await _file.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            if (entry.Event is not null || entry.Command is not null || !_entries.Reader.TryPeek(out _))
            {
                await _file.FlushAsync();
            }

            lastSequence = entry.State?.Sequence ?? lastSequence;
        }
    }

    private void Write(Utf8JsonWriter json, Entry entry)
    {
        json.WriteStartObject();
        json.WriteString("at", _clock.ToWall(entry.Now));
        json.WriteNumber("sessionSeconds", Math.Round(entry.Now, 3));
        if (entry.Command is { } command)
        {
            json.WriteString("kind", "command");
            json.WritePropertyName("command");
            JsonSerializer.Serialize(json, CommandCodec.ToMessage(command, _clock.ToWall(entry.Now)), ProtocolJsonContext.Default.CommandMessage);
        }
        else if (entry.Event is CommandAcknowledged ack)
        {
            json.WriteString("kind", "ack");
            json.WritePropertyName("ack");
            JsonSerializer.Serialize(json, SessionMessages.Ack(ack, entry.State!.Sequence, _clock), ProtocolJsonContext.Default.AckMessage);
        }
        else if (entry.Event is { } sessionEvent && SessionMessages.Event(sessionEvent, $"log-{entry.State!.Sequence}", _clock) is { } message)
        {
            json.WriteString("kind", "event");
            json.WritePropertyName("event");
            JsonSerializer.Serialize(json, message, ProtocolJsonContext.Default.EventMessage);
        }
        else
        {
            json.WriteString("kind", "state");
            json.WritePropertyName("state");
            JsonSerializer.Serialize(json, SessionMessages.State(entry.State!, entry.Now, _clock), ProtocolJsonContext.Default.StateMessage);
        }

        json.WriteEndObject();
    }

    private sealed record Entry(double Now, SessionCommand? Command, SessionEvent? Event, SessionState? State);
}
