namespace KapImmersive.Core.Presets;

/// <summary>
/// What the caller knows about where a preset text came from, so the parser can check it against its file:
/// the file's name (the id must match it) and whether a sound file is in the audio folder. That question is asked
/// only of plain file names (<see cref="PresetAudio"/>), never of a path, so its answer reveals nothing elsewhere.
/// </summary>
public sealed record PresetSource(string? FileStem = null, Func<string, bool>? AudioFileExists = null);
