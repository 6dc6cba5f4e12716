using System.Collections.Immutable;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Session;

/// <summary>Everything about one patient's session at one moment. Immutable: the reducer makes new ones.</summary>
public sealed record SessionState
{
    /// <summary>Counts state changes, so a console can order snapshots and spot gaps.</summary>
    public long Sequence { get; init; }

    public SessionPhase Phase { get; init; }

    public SessionPhase PreviousPhase { get; init; }

    public double PhaseChangedAt { get; init; }

    public double? DosingStartedAt { get; init; }

    public required EnvironmentPreset Preset { get; init; }

    /// <summary>The preset being faded out after a switch; null once the fade is over.</summary>
    public EnvironmentPreset? PreviousPreset { get; init; }

    /// <summary>0 shows <see cref="PreviousPreset"/>, 1 shows <see cref="Preset"/>.</summary>
    public Ramp PresetBlend { get; init; } = Ramp.Steady(1);

    public double PresetChangedAt { get; init; }

    /// <summary>Where the star field had turned to when the preset changed, so a new drift rate never makes it jump.</summary>
    public double StarRotationAtPresetChange { get; init; }

    /// <summary>How far the clouds had drifted when the preset changed, for the same reason.</summary>
    public double CloudDriftAtPresetChange { get; init; }

    public required SafetyLimits Limits { get; init; }

    public Ramp Darkness { get; init; }

    public Ramp Volume { get; init; }

    public BreathingState? Breathing { get; init; }

    public PendingCheckIn? CheckIn { get; init; }

    public int CheckInsAsked { get; init; }

    public double CheckInIntervalSeconds { get; init; }

    public double? NextCheckInAt { get; init; }

    public CheckInAnswered? LastAnswer { get; init; }

    public ClinicianMessage? Message { get; init; }

    /// <summary>When the patient last asked for help, so the headset can confirm it gently.</summary>
    public double? HelpRequestedAt { get; init; }

    public double? ReturnEndsAt { get; init; }

    /// <summary>When the headset was taken off; null while the patient wears it.</summary>
    public double? HeadsetRemovedAt { get; init; }

    internal RecentIds RecentCommandIds { get; init; } = RecentIds.Empty;
}
