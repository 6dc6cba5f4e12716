using System.Collections.Concurrent;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Links;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>
/// A link to no console, for tests that look at the headset alone: it keeps what the loop publishes (states, events,
/// telemetry, previews) and hands the loop the commands a test queues, as if a console had sent them.
/// </summary>
internal sealed class RecordingLink : ISessionLink
{
    private readonly ConcurrentQueue<SessionCommand> _commands = new();

    public List<SessionEvent> Events { get; } = [];

    public List<SessionState> States { get; } = [];

    public List<TelemetryMessage> Telemetry { get; } = [];

    public List<byte[]> Previews { get; } = [];

    public bool IsConnected => true;

    /// <summary>The loop reads it on its next frame.</summary>
    public void Send(SessionCommand command) => _commands.Enqueue(command);

    public bool TryReadCommand(out SessionCommand? command) => _commands.TryDequeue(out command);

    public void Publish(Transition transition, double now)
    {
        States.Add(transition.State);
        Events.AddRange(transition.Events);
    }

    public void PublishTelemetry(TelemetryMessage telemetry) => Telemetry.Add(telemetry);

    public void PublishPreview(ReadOnlyMemory<byte> image) => Previews.Add(image.ToArray());
}
