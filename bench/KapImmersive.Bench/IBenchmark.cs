namespace KapImmersive.Bench;

/// <summary>One benchmark: a name to pick it by, and a run that prints its own figures.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Summary { get; }

    Task RunAsync(TextWriter output, CancellationToken cancellationToken);
}
