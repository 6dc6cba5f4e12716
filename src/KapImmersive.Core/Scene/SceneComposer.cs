using KapImmersive.Core.Presets;
using KapImmersive.Core.Safety;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Scene;

/// <summary>
/// Turns preset + session state + time into the <see cref="SceneFrame"/> to draw and play.
/// Called every display frame, so it allocates nothing.
/// </summary>
public static partial class SceneComposer
{
    /// <summary>The breathing light grows by this much of its resting size at full breath.</summary>
    public const float BreathLightGrowth = 0.35f;

    /// <summary>What the patient reads while <see cref="SceneFrame.HelpConfirmationOpacity"/> shows the help confirmation.</summary>
    public const string HelpConfirmationText = "Your clinician is coming to you.";

    public static SceneFrame Compose(SessionState state, double now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var preset = state.Preset;
        var previous = state.PreviousPreset ?? preset;
        var blend = state.PreviousPreset is null ? 1f : (float)state.PresetBlend.ValueAt(now);

        var darkness = (float)state.Darkness.ValueAt(now);
        var breath = Breath(state, now);
        var checkIn = state.CheckIn;
        var message = state.Message;
        var glow = Glow(previous.Sky.Glow, preset.Sky.Glow, blend);
        var motes = Motes(previous.Atmosphere.Motes, preset.Atmosphere.Motes, blend);
        var musicBlend = state.Preset.Music.CrossfadeSeconds <= 0
            ? 1f
            : (float)Math.Clamp((now - state.PhaseChangedAt) / state.Preset.Music.CrossfadeSeconds, 0, 1);

        return new SceneFrame
        {
            Time = now,
            Phase = state.Phase,
            Preset = preset,
            PreviousPreset = state.PreviousPreset,
            PresetBlend = blend,
            SkyZenith = Rgb.Lerp(previous.Sky.Zenith, preset.Sky.Zenith, blend),
            SkyHorizon = Rgb.Lerp(previous.Sky.Horizon, preset.Sky.Horizon, blend),
            GlowColour = glow.Colour,
            GlowIntensity = glow.Intensity,
            GlowElevationDegrees = glow.Elevation,
            GlowAzimuthDegrees = glow.Azimuth,
            Moon = Moon(previous.Sky.Moon, preset.Sky.Moon, blend),
            Clouds = Clouds(state, previous, preset, blend, now),
            Aurora = Aurora(previous.Sky.Aurora, preset.Sky.Aurora, blend, now),
            MilkyWay = MilkyWay(previous.Sky.MilkyWay, preset.Sky.MilkyWay, blend),
            Ambient = Rgb.Lerp(previous.Ambient.Colour.Scale((float)previous.Ambient.Intensity),
                preset.Ambient.Colour.Scale((float)preset.Ambient.Intensity), blend),
            Ground = Rgb.Lerp(previous.Ground.Colour, preset.Ground.Colour, blend),
            GroundFadeDistance = Mix(previous.Ground.FadeDistance, preset.Ground.FadeDistance, blend),
            GroundKind = KindOf(preset.Ground),
            PreviousGroundKind = KindOf(previous.Ground),
            TreeLine = (float)preset.Ground.TreeLine,
            PreviousTreeLine = (float)previous.Ground.TreeLine,
            Hills = (float)preset.Ground.Hills,
            PreviousHills = (float)previous.Ground.Hills,
            Room = Room(previous.Room, preset.Room, blend),
            FogColour = Rgb.Lerp(previous.Atmosphere.Fog.Colour, preset.Atmosphere.Fog.Colour, blend),
            FogDensity = Mix(previous.Atmosphere.Fog.Density, preset.Atmosphere.Fog.Density, blend),
            StarDensity = Mix(previous.Atmosphere.Stars.Density, preset.Atmosphere.Stars.Density, blend),
            StarTwinkle = (float)Math.Min(ComfortBounds.MaxTwinkle, Mix(previous.Atmosphere.Stars.Twinkle, preset.Atmosphere.Stars.Twinkle, blend)),
            StarRotationDegrees = (float)StarDrift.RotationDegrees(state, now),
            MoteDensity = motes.Density,
            MoteKind = motes.Kind,
            MoteColour = motes.Colour,
            MoteSpeed = motes.Speed,
            Darkness = darkness,
            DarknessTarget = (float)state.Darkness.Target,
            Exposure = 1f - (darkness * (1f - ComfortBounds.MinExposure)),
            PanelExposure = Math.Max(ComfortBounds.MinPanelExposure, 1f - (darkness * (1f - ComfortBounds.MinExposure))),
            BreathPresence = breath.Presence,
            BreathStage = breath.Stage,
            BreathFullness = breath.Fullness,
            BreathLightScale = 1f + (BreathLightGrowth * breath.Fullness * breath.Presence),
            BreathLightGlow = (float)preset.Breathing.LightGlow * breath.Presence * (0.3f + (0.7f * breath.Fullness)),
            PromptOpacity = checkIn is null ? 0 : FadeIn(now - checkIn.AskedAt),
            CheckInId = checkIn?.Id,
            PromptText = checkIn?.Prompt,
            OkLabel = checkIn?.OkLabel,
            NotOkLabel = checkIn?.NotOkLabel,
            MessageOpacity = message is null ? 0 : Math.Min(FadeIn(now - message.ShownAt), FadeIn(message.Until - now)),
            MessageText = message?.Text,
            HelpConfirmationOpacity = HelpConfirmation(state.HelpRequestedAt, now),
            Volume = (float)state.Volume.ValueAt(now),
            VolumeTarget = (float)state.Volume.Target,
            VolumeCeiling = (float)state.Limits.VolumeCeiling,
            CueLevel = (float)preset.Breathing.CueLevel * breath.Presence,
            CuePitch = preset.Breathing.CuePitch,
            MusicPhase = state.Phase,
            PreviousMusicPhase = state.PreviousPhase,
            MusicPhaseBlend = musicBlend,
        };
    }

    private static (float Presence, Breathing.BreathStage Stage, float Fullness) Breath(SessionState state, double now)
    {
        if (state.Breathing is not { } breathing)
        {
            return (0, Breathing.BreathStage.HoldOut, 0);
        }

        var presence = (float)breathing.Presence.ValueAt(now);
        var sample = breathing.SampleAt(now);
        return (presence, sample.Stage, (float)sample.Fullness);
    }

    private static float HelpConfirmation(double? requestedAt, double now)
    {
        if (requestedAt is not { } at || now - at >= SessionReducer.HelpConfirmationSeconds)
        {
            return 0;
        }

        return Math.Min(FadeIn(now - at), FadeIn(at + SessionReducer.HelpConfirmationSeconds - now));
    }

    private static float FadeIn(double secondsSinceStart) =>
        (float)Math.Clamp(secondsSinceStart / ComfortBounds.PanelFadeSeconds, 0, 1);

    private static float Mix(double from, double to, float t) => (float)(from + ((to - from) * t));
}
