namespace KapImmersive.Core.Protocol;

/// <summary>headset, retained on .../state: a snapshot of the session after every change.</summary>
public sealed record StateMessage
{
    public int V { get; init; } = ProtocolLimits.Version;

    public long Sequence { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Phase { get; init; }

    public DateTimeOffset? PhaseSince { get; init; }

    public required string PresetId { get; init; }

    public required RampView Darkness { get; init; }

    public required RampView Volume { get; init; }

    public double VolumeCeiling { get; init; }

    public string? BreathingPattern { get; init; }

    public bool BreathingOn { get; init; }

    public string? CheckInId { get; init; }

    public string? CheckInPrompt { get; init; }

    public DateTimeOffset? CheckInDeadline { get; init; }

    public double CheckInIntervalMinutes { get; init; }

    public string? LastAnswer { get; init; }

    public DateTimeOffset? LastAnswerAt { get; init; }

    public string? Message { get; init; }

    public DateTimeOffset? DosingStartedAt { get; init; }

    /// <summary>True while the headset is off the patient's head; absent (false) from a headset that cannot tell.</summary>
    public bool HeadsetOff { get; init; }

    /// <summary>While the headset is off: since when.</summary>
    public DateTimeOffset? HeadsetRemovedAt { get; init; }
}
