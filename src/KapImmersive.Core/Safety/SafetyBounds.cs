namespace KapImmersive.Core.Safety;

/// <summary>The fixed bounds no preset or command can move: presets may only make changes gentler.</summary>
public static class SafetyBounds
{
    /// <summary>Light never sweeps its full range (clear to fully darkened) faster than this.</summary>
    public const double MinDarknessFullRangeSeconds = 8;

    public const double MaxDarknessFullRangeSeconds = 120;

    /// <summary>Volume never sweeps silence to full faster than this.</summary>
    public const double MinVolumeFullRangeSeconds = 4;

    public const double MaxVolumeFullRangeSeconds = 60;

    /// <summary>Return from full darkness at the end of a session takes at least this long.</summary>
    public const double MinReturnSeconds = 30;

    public const double DefaultReturnSeconds = 90;

    public const double MaxReturnSeconds = 600;

    /// <summary>A check-in prompt stays this long at least before it counts as missed.</summary>
    public const double MinCheckInTimeoutSeconds = 15;

    public const double MaxCheckInTimeoutSeconds = 600;

    /// <summary>A requested light or sound change takes at most this long.</summary>
    public const double MaxChangeSeconds = 3600;

    public const double MinMessageSeconds = 5;

    public const double DefaultMessageSeconds = 30;

    public const double MaxMessageSeconds = 600;

    public const double MaxCheckInIntervalMinutes = 180;

    public const int MaxMessageLength = 140;

    public const int MaxPromptLength = 80;
}
