namespace KapImmersive.Core.Tests.Presets.Mutants;

/// <summary>One mutated copy of a shipped preset: a file name, what was changed, and the text.</summary>
internal sealed record PresetMutant(string Name, string Changes, string Text);
