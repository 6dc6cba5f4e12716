namespace KapImmersive.Console.Live;

/// <summary>A clinician's command as the dashboard sends it: the wire type and the few arguments that type takes.</summary>
public sealed record CommandRequest
{
    public string Type { get; init; } = "";

    public string? PresetId { get; init; }

    public double? Level { get; init; }

    public double? Seconds { get; init; }

    public string? Pattern { get; init; }

    public string? Prompt { get; init; }

    public double? Minutes { get; init; }

    public string? Text { get; init; }

    public string? Phase { get; init; }
}
