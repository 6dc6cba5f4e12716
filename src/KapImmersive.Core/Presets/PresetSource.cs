namespace KapImmersive.Core.Presets;

/// <summary>
/// What the caller knows about where a preset text came from, so the parser can check it against its file:
/// the file's name (the id must match it) and whether each audio file it names exists.
/// </summary>
public sealed record PresetSource(string? FileStem = null, Func<string, bool>? AudioFileExists = null);
