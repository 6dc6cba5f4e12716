using System.Text;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Console.Presets;

/// <summary>
/// The presets the console offers: the clinic's folder plus uploads, checked by Core's validator (problems by line and
/// column), and published as retained messages so headsets find them (see <see cref="SyncAsync"/>).
/// </summary>
public sealed partial class PresetLibrary(string folder, string uploadFolder, ConsoleLink link)
{
    public const int MaxUploadBytes = ProtocolLimits.MaxPayloadBytes;

    public async Task<IReadOnlyList<PresetSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<PresetSummary>();
        foreach (var (file, uploaded) in Files())
        {
            var result = await ParseFileAsync(file, cancellationToken);
            var stem = Path.GetFileNameWithoutExtension(file);
            list.Add(new PresetSummary(result.Preset?.Id ?? stem, result.Preset?.Name ?? stem, Path.GetFileName(file), uploaded, result.Problems));
        }

        return list;
    }

    /// <summary>The preset file's text by id (the file is named after its id), or null.</summary>
    public async Task<string?> ReadAsync(string id, CancellationToken cancellationToken) =>
        Find(id) is { } file ? await File.ReadAllTextAsync(file, cancellationToken) : null;

    public PresetParseResult Validate(string json) => Parse(json, null);

    /// <summary>
    /// Saves a valid preset among the uploads and publishes it; an invalid one is refused with its problems. The file
    /// is written beside its place and then moved there in one step, so a failed or abandoned upload leaves the
    /// preset as it was, never half written.
    /// </summary>
    public async Task<PresetParseResult> UploadAsync(string json, CancellationToken cancellationToken)
    {
        var result = Parse(json, null);
        if (!result.IsValid)
        {
            return result;
        }

        Directory.CreateDirectory(uploadFolder);
        var target = Path.Combine(uploadFolder, result.Preset.Id + ".json");
        var partial = Path.Combine(uploadFolder, $".{result.Preset.Id}.{Guid.NewGuid():N}.partial");
        try
        {
            await File.WriteAllTextAsync(partial, json, cancellationToken);
            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        await PublishAsync(result.Preset.Id, cancellationToken);
        return result;
    }

    /// <summary>Publishes the preset retained on kap/v1/presets/{id}; the reason when it cannot.</summary>
    public async Task<string?> PublishAsync(string id, CancellationToken cancellationToken)
    {
        if (await ReadAsync(id, cancellationToken) is not { } json)
        {
            return $"no preset '{id}'";
        }

        var result = Parse(json, id);
        if (!result.IsValid)
        {
            return $"'{id}' has {result.Problems.Length} problem(s); fix them first";
        }

        var problem = await link.PublishRetainedAsync(Topics.Preset(id), Encoding.UTF8.GetBytes(json), cancellationToken);
        if (problem is null)
        {
            _published[id] = Fingerprint(json);
        }

        return problem;
    }

    private string? Find(string id) =>
        Topics.IsValidId(id) ? Files().Select(f => f.File).LastOrDefault(f => Path.GetFileNameWithoutExtension(f) == id) : null;

    private IEnumerable<(string File, bool Uploaded)> Files()
    {
        foreach (var (dir, uploaded) in new[] { (folder, false), (uploadFolder, true) })
        {
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                yield return (file, uploaded);
            }
        }
    }

    private async Task<PresetParseResult> ParseFileAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return Parse(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileNameWithoutExtension(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PresetParseResult.Unreadable(ex.Message);
        }
    }

    /// <summary>Checked against the clinic's folder: its audio folder holds the sounds every preset, uploaded or not, may name.</summary>
    private PresetParseResult Parse(string json, string? stem) =>
        PresetParser.Parse(json, new PresetSource(stem, audio => File.Exists(PresetAudio.PathOf(folder, audio))));
}
