using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Records;

namespace KapImmersive.Headset.Runtime.Session;

/// <summary>
/// What a session on any headset is made of besides its display and sound: the link to the console, the presets it
/// may show, the one session clock (the link, the log and telemetry all read it), the log, the scripted patient's part
/// and the settings.
/// </summary>
public sealed record HeadsetSessionParts
{
    public required ISessionLink Link { get; init; }

    public required PresetCatalog Presets { get; init; }

    public required EnvironmentPreset StartPreset { get; init; }

    /// <summary>The session's one clock: the same instance the link stamps its messages with.</summary>
    public required SessionClock Clock { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public ISessionLog Log { get; init; } = DiscardedSessionLog.Instance;

    /// <summary>What a patient with no person at the controls does (headless, no display); ignored by displays with real input.</summary>
    public PatientScript Script { get; init; } = PatientScript.Idle;

    public HeadsetRuntimeOptions Options { get; init; } = new();
}
