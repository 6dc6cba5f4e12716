using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Scene;

namespace KapImmersive.Cli;

/// <summary>A scene frame as a therapist reads it: grouped, rounded, colours as #RRGGBB.</summary>
internal static class SceneFrameJson
{
    public static void Write(Utf8JsonWriter w, SceneFrame f)
    {
        w.WriteStartObject();
        w.WriteNumber("time", Math.Round(f.Time, 3));
        w.WriteString("phase", ProtocolNames.Of(f.Phase));
        w.WriteString("preset", f.Preset.Id);
        if (f.PreviousPreset is { } previous)
        {
            w.WriteString("fadingFrom", previous.Id);
            Number(w, "presetBlend", f.PresetBlend);
        }

        w.WriteStartObject("light");
        Number(w, "darkness", f.Darkness);
        Number(w, "darknessTarget", f.DarknessTarget);
        Number(w, "exposure", f.Exposure);
        w.WriteString("skyZenithSeen", f.SkyZenithSeen.ToHex());
        w.WriteString("skyHorizonSeen", f.SkyHorizonSeen.ToHex());
        w.WriteString("skyZenith", f.SkyZenith.ToHex());
        w.WriteString("skyHorizon", f.SkyHorizon.ToHex());
        w.WriteString("glowColour", f.GlowColour.ToHex());
        Number(w, "glowIntensity", f.GlowIntensity);
        w.WriteString("ambient", f.Ambient.ToHex());
        w.WriteString("ground", f.Ground.ToHex());
        w.WriteString("fogColour", f.FogColour.ToHex());
        Number(w, "fogDensity", f.FogDensity);
        Number(w, "starDensity", f.StarDensity);
        Number(w, "starTwinkle", f.StarTwinkle);
        Number(w, "starRotationDegrees", f.StarRotationDegrees);
        Number(w, "moteDensity", f.MoteDensity);
        Number(w, "moteSpeed", f.MoteSpeed);
        w.WriteEndObject();

        w.WriteStartObject("breathing");
        Number(w, "presence", f.BreathPresence);
        w.WriteString("stage", f.BreathStage.ToString());
        Number(w, "fullness", f.BreathFullness);
        Number(w, "lightScale", f.BreathLightScale);
        Number(w, "lightGlow", f.BreathLightGlow);
        w.WriteEndObject();

        w.WriteStartObject("panels");
        Number(w, "promptOpacity", f.PromptOpacity);
        w.WriteString("prompt", f.PromptText);
        w.WriteString("okLabel", f.OkLabel);
        w.WriteString("notOkLabel", f.NotOkLabel);
        Number(w, "messageOpacity", f.MessageOpacity);
        w.WriteString("message", f.MessageText);
        Number(w, "helpConfirmationOpacity", f.HelpConfirmationOpacity);
        w.WriteEndObject();

        w.WriteStartObject("sound");
        Number(w, "volume", f.Volume);
        Number(w, "volumeTarget", f.VolumeTarget);
        Number(w, "volumeCeiling", f.VolumeCeiling);
        Number(w, "cueLevel", f.CueLevel);
        w.WriteString("musicPhase", ProtocolNames.Of(f.MusicPhase));
        Number(w, "musicPhaseBlend", f.MusicPhaseBlend);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, float value) => w.WriteNumber(name, Math.Round(value, 4));
}
