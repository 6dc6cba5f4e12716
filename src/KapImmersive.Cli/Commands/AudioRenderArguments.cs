using KapImmersive.Core.Session;

namespace KapImmersive.Cli.Commands;

/// <summary>What `kap audio render` was asked for, as read by <see cref="AudioRenderOptions"/>.</summary>
internal sealed record AudioRenderArguments(double Minutes, string Out, SessionPhase? Phase, int? Seed, string? Plot);
