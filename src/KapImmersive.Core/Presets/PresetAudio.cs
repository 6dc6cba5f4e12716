using System.Text.RegularExpressions;

namespace KapImmersive.Core.Presets;

/// <summary>
/// Where the sound files a preset lists live: the folder "audio" beside the presets' folder (environments/ and audio/
/// are siblings in the checkout, on a headset and in a clinic's folder). A preset names a file there by its plain
/// name, "rain.ogg", never by a path, so no preset can reach any other file on the machine, and checking one
/// never tells whether a file elsewhere exists.
/// </summary>
public static partial class PresetAudio
{
    public const string FolderName = "audio";

    public const int MaxFileNameLength = 100;

    /// <summary>
    /// A plain file name: no folder separator, no drive colon, no control character, not starting with a dot (so
    /// neither ".." nor a hidden file), ending in .wav, .mp3 or .ogg. The schema states the same pattern.
    /// </summary>
    public const string FileNamePattern = @"^[^./\\:\u0000-\u001f\u007f][^/\\:\u0000-\u001f\u007f]*\.(?:[Ww][Aa][Vv]|[Mm][Pp]3|[Oo][Gg][Gg])$";

    /// <summary>The audio folder for presets kept in <paramref name="presetFolder"/>.</summary>
    public static string FolderBeside(string presetFolder)
    {
        ArgumentNullException.ThrowIfNull(presetFolder);
        return Path.Combine(presetFolder, "..", FolderName);
    }

    /// <summary>Where a plain file name of a preset's music.files is found; refuses anything else.</summary>
    public static string PathOf(string presetFolder, string fileName) =>
        IsPlainFileName(fileName)
            ? Path.Combine(FolderBeside(presetFolder), fileName)
            : throw new ArgumentException($"'{fileName}' is not a plain file name of the audio folder", nameof(fileName));

    public static bool IsPlainFileName(string? fileName) =>
        fileName is not null && PresetPatterns.Matches(FileName(), fileName) && PresetText.Length(fileName) <= MaxFileNameLength;

    [GeneratedRegex(FileNamePattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
