namespace KapImmersive.Core.Presets;

/// <summary>One thing wrong with a preset file, where it is, and what to do about it, in plain words.</summary>
public sealed record PresetProblem(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Line}:{Column}: {Path}: {Message}";
}
