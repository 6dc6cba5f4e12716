using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Consoles;

/// <summary>
/// One thing a console learned about a headset, as it arrived: exactly one of the messages is set. Help requests and
/// missed check-ins are alerts.
/// </summary>
public sealed record ConsoleNotice(string HeadsetId, DateTimeOffset ReceivedAt)
{
    public PresenceMessage? Presence { get; init; }

    /// <summary>
    /// True when the console itself took the headset as offline because nothing came from it for a whole keep-alive;
    /// the broker's Last Will follows later and changes nothing.
    /// </summary>
    public bool PresenceFromSilence { get; init; }

    public StateMessage? State { get; init; }

    public AckMessage? Ack { get; init; }

    public EventMessage? Event { get; init; }

    public bool IsAlert => Event is { } e && EventTypes.IsAlert(e.Type);

    /// <summary>Why a message on a headset topic could not be read, when it could not.</summary>
    public string? Problem { get; init; }
}
