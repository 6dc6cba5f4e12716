using KapImmersive.Core.Presets;

namespace KapImmersive.Console.Presets;

/// <summary>One preset file as the presets page lists it, with its problems when it has any.</summary>
public sealed record PresetSummary(string Id, string Name, string File, bool Uploaded, IReadOnlyList<PresetProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
