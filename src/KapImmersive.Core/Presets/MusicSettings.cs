namespace KapImmersive.Core.Presets;

public sealed record MusicSettings
{
    /// <summary>The volume a session starts at, 0..1 of the ceiling's scale.</summary>
    public double Volume { get; init; } = 0.5;

    /// <summary>No command can raise the volume above this.</summary>
    public double Ceiling { get; init; } = 0.8;

    /// <summary>Integrated loudness at full volume, in LUFS (-35 .. -18).</summary>
    public double LoudnessTarget { get; init; } = -23;

    /// <summary>Seconds over which phase changes and playlist items crossfade.</summary>
    public double CrossfadeSeconds { get; init; } = 8;

    public Soundscape? Soundscape { get; init; }

    public IReadOnlyList<string> Files { get; init; } = [];

    public PhaseMusicSet Phases { get; init; } = new();
}
