namespace KapImmersive.Core.Protocol;

/// <summary>
/// A ramping level as the console shows it: where it is, where it is going, and, while it moves, where and when it
/// started and when it gets there, so a viewer can tell where it is at any instant (along the same smoothstep curve).
/// </summary>
public sealed record RampView(double Current, double Target, DateTimeOffset? ReachedAt)
{
    /// <summary>The level the moving ramp started from; absent when it is still.</summary>
    public double? From { get; init; }

    /// <summary>When the moving ramp started; absent when it is still.</summary>
    public DateTimeOffset? StartedAt { get; init; }
}
