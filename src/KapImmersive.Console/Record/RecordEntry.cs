namespace KapImmersive.Console.Record;

/// <summary>
/// One line of the session record. <see cref="Reference"/> is the command, event or alert id it concerns;
/// <see cref="Value"/> the number a plot draws (heart rate, head motion), when there is one.
/// </summary>
public sealed record RecordEntry(
    long Id,
    long SessionId,
    string HeadsetId,
    DateTimeOffset At,
    string Kind,
    string Type,
    string Who,
    string Text,
    string? Reference = null,
    double? Value = null);
