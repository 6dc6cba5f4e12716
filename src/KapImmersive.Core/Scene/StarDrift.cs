using KapImmersive.Core.Safety;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Scene;

/// <summary>The slow turn of the star field, continuous across preset changes.</summary>
public static class StarDrift
{
    public static double RotationDegrees(SessionState state, double now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var degreesPerMinute = Math.Min(ComfortBounds.MaxStarDriftDegreesPerMinute, state.Preset.Atmosphere.Stars.DriftDegreesPerMinute);
        var turned = state.StarRotationAtPresetChange + (degreesPerMinute * Math.Max(0, now - state.PresetChangedAt) / 60.0);
        return turned % 360.0;
    }
}
