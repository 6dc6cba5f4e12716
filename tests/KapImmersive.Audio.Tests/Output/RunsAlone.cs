namespace KapImmersive.Audio.Tests.Output;

/// <summary>Real-time tests run alone, after the rest, so the suite's own rendering never starves them of CPU.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "live audio";
}
