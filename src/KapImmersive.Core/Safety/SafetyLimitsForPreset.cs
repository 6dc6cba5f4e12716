using KapImmersive.Core.Presets;

namespace KapImmersive.Core.Safety;

public static class SafetyLimitsForPreset
{
    /// <summary>The preset's limits, clamped into the fixed bounds whatever the file says.</summary>
    public static SafetyLimits Of(EnvironmentPreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return new SafetyLimits
        {
            DarknessFullRangeSeconds = Math.Clamp(preset.Safety.DarknessFullRangeSeconds ?? SafetyBounds.MinDarknessFullRangeSeconds,
                SafetyBounds.MinDarknessFullRangeSeconds, SafetyBounds.MaxDarknessFullRangeSeconds),
            VolumeFullRangeSeconds = Math.Clamp(preset.Safety.VolumeFullRangeSeconds ?? SafetyBounds.MinVolumeFullRangeSeconds,
                SafetyBounds.MinVolumeFullRangeSeconds, SafetyBounds.MaxVolumeFullRangeSeconds),
            VolumeCeiling = Math.Clamp(preset.Music.Ceiling, 0, 1),
            DarknessMin = Math.Clamp(preset.Darkness.Min, 0, 1),
            DarknessMax = Math.Clamp(preset.Darkness.Max, preset.Darkness.Min, 1),
        };
    }
}
