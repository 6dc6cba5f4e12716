namespace KapImmersive.Core.Presets;

/// <summary>A dosing-room environment as a therapist writes it in environments/*.json.</summary>
public sealed record EnvironmentPreset
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string Author { get; init; } = "";

    public string Version { get; init; } = "1.0.0";

    public required SkyLook Sky { get; init; }

    public AmbientLight Ambient { get; init; } = new();

    public GroundLook Ground { get; init; } = new();

    /// <summary>The interior, for a ground of kind "room"; null elsewhere.</summary>
    public RoomLook? Room { get; init; }

    public AtmosphereLook Atmosphere { get; init; } = new();

    public DarknessRange Darkness { get; init; } = new();

    public MusicSettings Music { get; init; } = new();

    public BreathingDefaults Breathing { get; init; } = new();

    public CheckInSettings CheckIn { get; init; } = new();

    public SafetyOverrides Safety { get; init; } = new();
}
