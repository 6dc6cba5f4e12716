using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Frames;

namespace KapImmersive.Headset.Tests.Window;

/// <summary>A link to no console that keeps every event the loop publishes, for tests that only look at the headset.</summary>
internal sealed class RecordingLink : ISessionLink
{
    public List<SessionEvent> Events { get; } = [];

    public bool IsConnected => true;

    public bool TryReadCommand(out SessionCommand? command)
    {
        command = null;
        return false;
    }

    public void Publish(Transition transition, double now) => Events.AddRange(transition.Events);

    public void PublishTelemetry(TelemetryMessage telemetry)
    {
    }

    public void PublishPreview(ReadOnlyMemory<byte> image)
    {
    }
}
