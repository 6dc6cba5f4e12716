using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace KapImmersive.Core.Presets;

public sealed record PresetParseResult(EnvironmentPreset? Preset, ImmutableArray<PresetProblem> Problems)
{
    [MemberNotNullWhen(true, nameof(Preset))]
    public bool IsValid => Preset is not null && Problems.IsEmpty;

    /// <summary>A preset file that could not be read at all: one problem, so the files beside it are still checked.</summary>
    public static PresetParseResult Unreadable(string reason) =>
        new(null, [new PresetProblem(JsonPath.Root, 1, 1, PresetText.OneLine($"the file cannot be read: {reason}"))]);
}
