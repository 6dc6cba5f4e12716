namespace KapImmersive.Core.Protocol;

/// <summary>The arguments of every command type; each type reads the few it needs (see <see cref="CommandTypes"/>).</summary>
public sealed record CommandArgs
{
    public string? PresetId { get; init; }

    public double? Level { get; init; }

    public double? Seconds { get; init; }

    public string? Pattern { get; init; }

    public string? Prompt { get; init; }

    public double? TimeoutSeconds { get; init; }

    public double? Minutes { get; init; }

    public string? CheckInId { get; init; }

    public string? Answer { get; init; }

    public string? Source { get; init; }

    public string? Text { get; init; }

    public string? Phase { get; init; }

    public bool? Worn { get; init; }
}
