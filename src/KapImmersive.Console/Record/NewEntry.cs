namespace KapImmersive.Console.Record;

/// <summary>A line to add to the record; the record finds (or opens) the headset's session.</summary>
public sealed record NewEntry(string HeadsetId, DateTimeOffset At, string Kind, string Type, string Who, string Text)
{
    public string? Reference { get; init; }

    public double? Value { get; init; }

    /// <summary>
    /// Keeps the line once per headset however many consoles hear it (the same head-motion sample, the same presence
    /// change); null for a line only one console writes (a clinician's command, a vitals entry typed in).
    /// </summary>
    public string? OnceKey { get; init; }
}
