using KapImmersive.Bench;

IBenchmark[] benchmarks =
[
    new ComposerBenchmark(),
    new RenderBenchmark(),
    new MessagingBenchmark(),
    new HeadsetBenchmark(),
    new AudioBenchmark(),
    new ConsoleBenchmark(),
    new PresetValidateBenchmark(),
    new WebHeadsetBenchmark(),
];

var chosen = args.Length == 0 ? benchmarks : benchmarks.Where(b => args.Contains(b.Name, StringComparer.Ordinal)).ToArray();
if (chosen.Length == 0)
{
    Console.Error.WriteLine($"bench: unknown benchmark; choose from {string.Join(", ", benchmarks.Select(b => b.Name))}");
    return 2;
}

foreach (var benchmark in chosen)
{
    Console.WriteLine($"== {benchmark.Name}: {benchmark.Summary}");
    await benchmark.RunAsync(Console.Out, CancellationToken.None);
}

return 0;
