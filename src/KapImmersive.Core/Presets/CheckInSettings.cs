namespace KapImmersive.Core.Presets;

public sealed record CheckInSettings
{
    /// <summary>Minutes between automatic check-ins in the dosing phase; 0 turns them off.</summary>
    public double IntervalMinutes { get; init; } = 15;

    public string Prompt { get; init; } = "Are you comfortable?";

    public string OkLabel { get; init; } = "I'm okay";

    public string NotOkLabel { get; init; } = "Not okay";

    /// <summary>An unanswered prompt becomes a missed check-in after this long.</summary>
    public double TimeoutSeconds { get; init; } = 90;
}
