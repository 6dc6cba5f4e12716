namespace KapImmersive.Core.Protocol;

/// <summary>A ramping level as the console shows it: where it is, where it is going, and when it gets there.</summary>
public sealed record RampView(double Current, double Target, DateTimeOffset? ReachedAt);
