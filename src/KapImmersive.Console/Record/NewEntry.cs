namespace KapImmersive.Console.Record;

/// <summary>A line to add to the record; the record finds (or opens) the headset's session.</summary>
public sealed record NewEntry(string HeadsetId, DateTimeOffset At, string Kind, string Type, string Who, string Text)
{
    public string? Reference { get; init; }

    public double? Value { get; init; }
}
