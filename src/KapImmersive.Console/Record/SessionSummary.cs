namespace KapImmersive.Console.Record;

/// <summary>One headset's session as the record holds it: from the first thing heard to the end (null while open).</summary>
public sealed record SessionSummary(long Id, string HeadsetId, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, long Entries);
