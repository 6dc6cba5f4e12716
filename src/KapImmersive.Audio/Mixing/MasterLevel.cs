namespace KapImmersive.Audio.Mixing;

/// <summary>
/// How the frame's volume becomes the master gain. Full volume is the preset's ceiling, the loudest a clinician can
/// set: there the music plays at the preset's loudness target. Nothing above the ceiling is ever passed through,
/// whatever the frame says, so the ceiling holds in the engine too.
/// </summary>
public static class MasterLevel
{
    public static float Gain(float volume, float ceiling) =>
        ceiling <= 0 || !float.IsFinite(volume) ? 0 : Math.Clamp(volume, 0, ceiling) / ceiling;
}
