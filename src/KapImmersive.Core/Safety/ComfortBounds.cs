namespace KapImmersive.Core.Safety;

/// <summary>Motion and flicker bounds for what the patient sees; the composer clamps presets into them.</summary>
public static class ComfortBounds
{
    /// <summary>Exposure at full darkness: near black, but never a void.</summary>
    public const float MinExposure = 0.004f;

    public const double MaxStarDriftDegreesPerMinute = 3;

    public const double MaxMoteSpeed = 0.15;

    public const double MaxTwinkle = 0.35;

    /// <summary>Prompt and message panels fade in and out over this long.</summary>
    public const double PanelFadeSeconds = 1.5;
}
