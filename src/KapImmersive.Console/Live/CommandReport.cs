namespace KapImmersive.Console.Live;

/// <summary>What became of one clinician's command, as the card shows it.</summary>
public sealed record CommandReport(string HeadsetId, string CommandId, string Type, string Summary, string Outcome, string Reason, string Who,
    DateTimeOffset At, double Milliseconds);
