using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Headsets;

namespace KapImmersive.Headset.Runtime.Links;

/// <summary>The frame loop's side of the MQTT link: a non-blocking read of the command queue and hand-offs to the sender.</summary>
public sealed class LinkSession(HeadsetLink link) : ISessionLink
{
    public bool IsConnected => link.IsConnected;

    public bool TryReadCommand(out SessionCommand? command)
    {
        var read = link.Commands.TryRead(out var received);
        command = read ? received.Command : null;
        return read;
    }

    public void Publish(Transition transition, double now) => link.Publish(transition, now);

    public void PublishTelemetry(TelemetryMessage telemetry) => link.PublishTelemetry(telemetry);

    public void PublishPreview(ReadOnlyMemory<byte> image) => link.PublishPreview(image);
}
