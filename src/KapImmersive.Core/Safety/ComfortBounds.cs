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

    /// <summary>
    /// Nothing that covers more than this share of the view may move faster than <see cref="MaxLargeMotionDegreesPerSecond"/>:
    /// large-field motion gives a sense of self-motion (vection), and nausea is common under ketamine.
    /// </summary>
    public const double LargeShareOfView = 0.10;

    public const double MaxLargeMotionDegreesPerSecond = 0.5;

    /// <summary>Small things (a mote, a firefly, a cloud's edge, a glint on the water) stay slow too.</summary>
    public const double MaxSmallMotionDegreesPerSecond = 6;

    /// <summary>Clouds cover much of the sky, so they turn at most 0.2 degrees a second, well under the large-motion bound.</summary>
    public const double MaxCloudDriftDegreesPerMinute = 12;

    /// <summary>How fast an aurora's curtains fold along its band, in degrees of the band a second.</summary>
    public const double AuroraFoldDegreesPerSecond = 0.3;

    /// <summary>A mote nearer than 1.5 m is not drawn, so at this speed none crosses the view faster than the small-motion bound.</summary>
    public const double MaxMoteSpeed = 0.15;

    public const double MaxTwinkle = 0.35;

    /// <summary>Prompt and message panels fade in and out over this long.</summary>
    public const double PanelFadeSeconds = 1.5;
}
