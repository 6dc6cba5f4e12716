namespace KapImmersive.Console.Record;

/// <summary>An alert no clinician has acknowledged yet: it stays on every dashboard until one does.</summary>
public sealed record OpenAlert(long Id, string HeadsetId, string Type, string Text, DateTimeOffset RaisedAt);
