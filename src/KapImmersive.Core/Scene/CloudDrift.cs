using KapImmersive.Core.Safety;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Scene;

/// <summary>How far the clouds have turned about the zenith, continuous across preset changes.</summary>
public static class CloudDrift
{
    public static double Degrees(SessionState state, double now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var degreesPerMinute = Math.Min(ComfortBounds.MaxCloudDriftDegreesPerMinute, state.Preset.Sky.Clouds?.DriftDegreesPerMinute ?? 0);
        var drifted = state.CloudDriftAtPresetChange + (degreesPerMinute * Math.Max(0, now - state.PresetChangedAt) / 60.0);
        return drifted % 360.0;
    }
}
