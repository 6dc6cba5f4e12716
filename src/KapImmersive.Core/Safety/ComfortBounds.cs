namespace KapImmersive.Core.Safety;

/// <summary>Motion and flicker bounds for what the patient sees; the composer clamps presets into them.</summary>
public static class ComfortBounds
{
    /// <summary>Exposure at full darkness: near black, but never a void.</summary>
    public const float MinExposure = 0.004f;

    /// <summary>
    /// However dark the eye mask, the prompt, the clinician's message and the help confirmation keep at least this
    /// much of their light, so a check-in stays answerable in full darkness. They fade in, so this never startles.
    /// </summary>
    public const float MinPanelExposure = 0.45f;

    public const double MaxStarDriftDegreesPerMinute = 3;

    public const double MaxMoteSpeed = 0.15;

    public const double MaxTwinkle = 0.35;

    /// <summary>Prompt and message panels fade in and out over this long.</summary>
    public const double PanelFadeSeconds = 1.5;
}
