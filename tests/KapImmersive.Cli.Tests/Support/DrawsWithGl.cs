namespace KapImmersive.Cli.Tests.Support;

/// <summary>
/// Tests that draw through EGL (kap render, kap headset simulate) run alone: Debian 12's Mesa llvmpipe can crash when
/// two EGL contexts draw at once in one process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DrawsWithGl
{
    public const string Name = "draws with GL";
}
