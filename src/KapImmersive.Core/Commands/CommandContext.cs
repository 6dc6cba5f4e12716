using KapImmersive.Core.Presets;

namespace KapImmersive.Core.Commands;

/// <summary>What a command's handling may read besides the session: the instant it applies at, and the presets on this headset.</summary>
public readonly record struct CommandContext(double Now, PresetCatalog Presets);
