namespace KapImmersive.Core.Presets;

/// <summary>One thing wrong with a preset file, where it is, and what to do about it, in plain words, on one line.</summary>
public sealed record PresetProblem(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Line}:{Column}: {Path}: {Message}";

    /// <summary>FILE:LINE:COLUMN: JSON-PATH: message, the file name kept to one line too.</summary>
    public string InFile(string file) => $"{PresetText.OneLine(file)}:{this}";
}
