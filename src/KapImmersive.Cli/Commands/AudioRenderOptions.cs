using KapImmersive.Core.Session;

namespace KapImmersive.Cli.Commands;

/// <summary>The options of `kap audio render` as read, or the first one that could not be.</summary>
internal sealed record AudioRenderOptions
{
    public string? Error { get; init; }

    public double Minutes { get; init; }

    public string? Out { get; init; }

    public SessionPhase? Phase { get; init; }

    public int? Seed { get; init; }

    public string? Plot { get; init; }
}
