namespace KapImmersive.Cli;

/// <summary>Where a command writes, and the folder relative paths start from; tests pass their own.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
