using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Headset.Runtime.Links;

/// <summary>
/// The frame loop's view of the link to the console. Every call returns at once: commands wait in a queue the
/// loop drains, and what the loop publishes is handed to a sender in the background.
/// </summary>
public interface ISessionLink
{
    bool IsConnected { get; }

    bool TryReadCommand(out SessionCommand? command);

    void Publish(Transition transition, double now);

    void PublishTelemetry(TelemetryMessage telemetry);

    void PublishPreview(ReadOnlyMemory<byte> image);
}
