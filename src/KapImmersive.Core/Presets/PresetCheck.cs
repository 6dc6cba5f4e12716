using System.Collections.Immutable;

namespace KapImmersive.Core.Presets;

/// <summary>Collects every problem of one preset file, each placed at its line and column.</summary>
internal sealed class PresetCheck(JsonPositions positions)
{
    private readonly List<PresetProblem> _problems = [];

    public ImmutableArray<PresetProblem> Problems =>
        [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    public void AtValue(string path, string message)
    {
        var (line, column) = positions.OfValue(path);
        _problems.Add(new PresetProblem(path, line, column, message));
    }

    public void AtName(string path, string message)
    {
        var (line, column) = positions.OfName(path);
        _problems.Add(new PresetProblem(path, line, column, message));
    }
}
