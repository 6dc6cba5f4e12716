namespace KapImmersive.Core.Session;

/// <summary>A check-in prompt on screen, waiting for the patient.</summary>
public sealed record PendingCheckIn(string Id, string Prompt, string OkLabel, string NotOkLabel, double AskedAt, double DeadlineAt);
