using KapImmersive.Core.Breathing;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Scene;

/// <summary>
/// What the patient sees and hears at one instant. The renderer and the audio engine carry it out and decide
/// nothing themselves. Scene colours are before the eye-mask darkening, which is applied last as
/// <see cref="Exposure"/>; the *Seen properties give the colours after it.
/// </summary>
public readonly record struct SceneFrame
{
    public double Time { get; init; }

    public SessionPhase Phase { get; init; }

    public EnvironmentPreset Preset { get; init; }

    /// <summary>The preset fading out after a switch, or null.</summary>
    public EnvironmentPreset? PreviousPreset { get; init; }

    /// <summary>0 = all <see cref="PreviousPreset"/>, 1 = all <see cref="Preset"/>.</summary>
    public float PresetBlend { get; init; }

    public Rgb SkyZenith { get; init; }

    public Rgb SkyHorizon { get; init; }

    public Rgb GlowColour { get; init; }

    public float GlowIntensity { get; init; }

    public float GlowElevationDegrees { get; init; }

    public float GlowAzimuthDegrees { get; init; }

    public Rgb Ambient { get; init; }

    /// <summary>
    /// What the ground is, and what it was before a preset change (the same when there was none): the renderer
    /// dissolves one into the other by <see cref="PresetBlend"/>, each with its own tree line and hills, so nothing
    /// large moves while the room changes.
    /// </summary>
    public GroundKind GroundKind { get; init; }

    public GroundKind PreviousGroundKind { get; init; }

    /// <summary>Trees along the horizon, 0 none .. 1 a tall wood.</summary>
    public float TreeLine { get; init; }

    public float PreviousTreeLine { get; init; }

    /// <summary>How high the hills rise, 0 flat .. 1 rolling.</summary>
    public float Hills { get; init; }

    public float PreviousHills { get; init; }

    /// <summary>The interior, when the ground (now or before a change) is a room.</summary>
    public RoomFrame Room { get; init; }

    public MoonFrame Moon { get; init; }

    public CloudFrame Clouds { get; init; }

    public AuroraFrame Aurora { get; init; }

    public MilkyWayFrame MilkyWay { get; init; }

    public Rgb Ground { get; init; }

    public float GroundFadeDistance { get; init; }

    public Rgb FogColour { get; init; }

    public float FogDensity { get; init; }

    public float StarDensity { get; init; }

    public float StarTwinkle { get; init; }

    /// <summary>How far the star field has turned about the vertical axis, in degrees.</summary>
    public float StarRotationDegrees { get; init; }

    public float MoteDensity { get; init; }

    public MoteKind MoteKind { get; init; }

    public Rgb MoteColour { get; init; }

    public float MoteSpeed { get; init; }

    /// <summary>The eye-mask darkening now, 0 (clear) .. 1 (fully dark).</summary>
    public float Darkness { get; init; }

    public float DarknessTarget { get; init; }

    /// <summary>The multiplier applied to everything drawn, last: 1 at no darkness, near 0 at full.</summary>
    public float Exposure { get; init; }

    /// <summary>The exposure of the panels (prompt, message, help confirmation): the eye mask's, but never below a legible floor.</summary>
    public float PanelExposure { get; init; }

    public Rgb SkyZenithSeen => SkyZenith.Scale(Exposure);

    public Rgb SkyHorizonSeen => SkyHorizon.Scale(Exposure);

    /// <summary>0 (no breathing guidance) .. 1 (fully shown); fades in and out.</summary>
    public float BreathPresence { get; init; }

    public BreathStage BreathStage { get; init; }

    /// <summary>0 empty lungs .. 1 full.</summary>
    public float BreathFullness { get; init; }

    /// <summary>The breathing light's size relative to its resting size.</summary>
    public float BreathLightScale { get; init; }

    public float BreathLightGlow { get; init; }

    public bool PromptVisible => PromptOpacity > 0;

    public float PromptOpacity { get; init; }

    public string? CheckInId { get; init; }

    public string? PromptText { get; init; }

    public string? OkLabel { get; init; }

    public string? NotOkLabel { get; init; }

    public bool MessageVisible => MessageOpacity > 0;

    public float MessageOpacity { get; init; }

    public string? MessageText { get; init; }

    /// <summary>The gentle "your clinician is coming" confirmation after help was asked for.</summary>
    public float HelpConfirmationOpacity { get; init; }

    /// <summary>Music level now, 0..1 (already under the preset's ceiling).</summary>
    public float Volume { get; init; }

    public float VolumeTarget { get; init; }

    public float VolumeCeiling { get; init; }

    /// <summary>Breathing-cue level relative to the music bed, 0 when no breathing guidance.</summary>
    public float CueLevel { get; init; }

    public bool CuePitch { get; init; }

    /// <summary>The phase whose music is fading in, the one fading out, and how far (0..1) the crossfade is.</summary>
    public SessionPhase MusicPhase { get; init; }

    public SessionPhase PreviousMusicPhase { get; init; }

    public float MusicPhaseBlend { get; init; }
}
