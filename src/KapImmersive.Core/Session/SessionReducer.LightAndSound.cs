using System.Globalization;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Safety;
using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Session;

public sealed partial class SessionReducer
{
    /// <summary>How long a preset switch crossfades at least; colours move slower than the light rule demands.</summary>
    public const double MinPresetFadeSeconds = 12;

    internal static Decision Load(SessionState state, LoadPreset command, CommandContext context)
    {
        var now = context.Now;
        if (!context.Presets.TryGet(command.PresetId, out var preset))
        {
            return Decision.Reject(state, $"no preset '{command.PresetId}' on this headset; it has {string.Join(", ", context.Presets.Ids.Order(StringComparer.Ordinal))}");
        }

        if (preset.Id == state.Preset.Id)
        {
            return Decision.Apply(state, $"preset '{preset.Id}' is already showing");
        }

        var limits = SafetyLimitsForPreset.Of(preset);
        var fade = Math.Max(Math.Max(MinPresetFadeSeconds, preset.Music.CrossfadeSeconds),
            Math.Max(state.Limits.DarknessFullRangeSeconds, limits.DarknessFullRangeSeconds) * Ramp.PeakSlopeFactor);
        var darkness = RampPlanner.Plan(state.Darkness, now, state.Darkness.Target, null, limits.DarknessFullRangeSeconds,
            limits.DarknessMin, limits.DarknessMax);
        var volume = RampPlanner.Plan(state.Volume, now, state.Volume.Target, null, limits.VolumeFullRangeSeconds, 0, limits.VolumeCeiling);
        var next = state with
        {
            Preset = preset,
            PreviousPreset = state.Preset,
            PresetBlend = new Ramp(0, 1, now, fade),
            PresetChangedAt = now,
            StarRotationAtPresetChange = StarDrift.RotationDegrees(state, now),
            CloudDriftAtPresetChange = CloudDrift.Degrees(state, now),
            Limits = limits,
            Darkness = darkness.Capped ? darkness.Ramp : state.Darkness,
            Volume = volume.Capped ? volume.Ramp : state.Volume,
        };
        return Decision.Apply(next, Invariant($"preset '{preset.Id}' fades in over {fade:0.#} s"));
    }

    internal static Decision Darken(SessionState state, SetDarkness command, CommandContext context)
    {
        var limits = state.Limits;
        var plan = RampPlanner.Plan(state.Darkness, context.Now, command.Level, command.Seconds, limits.DarknessFullRangeSeconds,
            limits.DarknessMin, limits.DarknessMax);
        return Outcome(state with { Darkness = plan.Ramp }, plan, "darkness", limits.DarknessFullRangeSeconds,
            "the range this preset allows", "light");
    }

    internal static Decision ChangeVolume(SessionState state, SetVolume command, CommandContext context)
    {
        var limits = state.Limits;
        var plan = RampPlanner.Plan(state.Volume, context.Now, command.Level, command.Seconds, limits.VolumeFullRangeSeconds, 0, limits.VolumeCeiling);
        return Outcome(state with { Volume = plan.Ramp }, plan, "volume", limits.VolumeFullRangeSeconds,
            Invariant($"the preset's ceiling"), "sound");
    }

    private static Decision Outcome(SessionState next, PlannedRamp plan, string what, double fullRangeSeconds, string limitName, string sense)
    {
        var ramp = plan.Ramp;
        var summary = Invariant($"{what} {ramp.From:0.00} → {ramp.To:0.00} over {ramp.Seconds:0.0} s");
        var slowedWhy = Invariant($"slowed so {sense} never changes faster than full range in {fullRangeSeconds:0.#} s");
        if (plan.Capped)
        {
            var reason = Invariant($"{summary}; capped from {plan.RequestedTarget:0.00} to {ramp.To:0.00}, {limitName}");
            return new Decision(next, CommandOutcome.Capped, plan.Slowed ? $"{reason}; {slowedWhy}" : reason);
        }

        return plan.Slowed
            ? new Decision(next, CommandOutcome.Slowed, $"{summary}; {slowedWhy}")
            : Decision.Apply(next, summary);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
