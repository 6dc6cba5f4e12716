using System.Collections.Immutable;

namespace KapImmersive.Core.Presets;

/// <summary>Collects every problem of one preset file, each placed at its line and column and kept to one line.</summary>
internal sealed class PresetCheck(JsonPositions positions)
{
    private readonly List<PresetProblem> _problems = [];

    public ImmutableArray<PresetProblem> Problems =>
        [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    public void AtValue(string path, string message)
    {
        var (line, column) = positions.OfValue(path);
        At(path, line, column, message);
    }

    public void AtName(string path, string message)
    {
        var (line, column) = positions.OfName(path);
        At(path, line, column, message);
    }

    public void At(string path, int line, int column, string message) =>
        _problems.Add(new PresetProblem(PresetText.OneLine(path), line, column, PresetText.OneLine(message)));
}
