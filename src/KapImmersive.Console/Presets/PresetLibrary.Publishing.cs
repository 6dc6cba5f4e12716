using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Console.Presets;

/// <summary>
/// Keeping the broker's retained presets the same as the folders: every valid preset published, a changed one again,
/// and one whose file is gone cleared (an empty retained message), so a headset subscribing to kap/v1/presets/+ finds
/// exactly what the console offers. A preset that turns invalid keeps its last valid copy until it is fixed or removed.
/// </summary>
public sealed partial class PresetLibrary
{
    private readonly ConcurrentDictionary<string, string> _published = new(StringComparer.Ordinal);

    /// <summary>What the folders hold now, cheaply (names, sizes, times): a change of it means a sync is due.</summary>
    public string FolderSignature() =>
        string.Join('\n', Files().Select(f => new FileInfo(f.File)).Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"{f.FullName}|{(f.Exists ? f.Length : -1)}|{(f.Exists ? f.LastWriteTimeUtc.Ticks : 0)}")));

    /// <summary>
    /// Publishes each valid preset not yet published as it is now (every one when <paramref name="all"/>: a broker that
    /// restarted may have forgotten them) and clears the ones this console published whose file is gone. True when
    /// the broker took everything.
    /// </summary>
    public async Task<bool> SyncAsync(bool all, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var done = true;
        foreach (var (file, _) in Files())
        {
            var id = Path.GetFileNameWithoutExtension(file);
            present.Add(id);
            if (await ReadAsync(id, cancellationToken) is not { } json || !Parse(json, id).IsValid)
            {
                continue;
            }

            if (all || !_published.TryGetValue(id, out var fingerprint) || fingerprint != Fingerprint(json))
            {
                done &= await PublishAsync(id, cancellationToken) is null;
            }
        }

        foreach (var gone in _published.Keys.Where(id => !present.Contains(id)).ToList())
        {
            var problem = await link.PublishRetainedAsync(Topics.Preset(gone), [], cancellationToken);
            done &= problem is null;
            if (problem is null)
            {
                _published.TryRemove(gone, out _);
            }
        }

        return done;
    }

    private static string Fingerprint(string json) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
