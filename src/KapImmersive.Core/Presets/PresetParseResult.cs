using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace KapImmersive.Core.Presets;

public sealed record PresetParseResult(EnvironmentPreset? Preset, ImmutableArray<PresetProblem> Problems)
{
    [MemberNotNullWhen(true, nameof(Preset))]
    public bool IsValid => Preset is not null && Problems.IsEmpty;
}
