namespace KapImmersive.Core.Session;

/// <summary>A command to apply at a given second of a scripted session.</summary>
public sealed record TimedCommand(double At, SessionCommand Command);
