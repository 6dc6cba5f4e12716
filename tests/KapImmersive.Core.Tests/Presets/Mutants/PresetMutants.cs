using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KapImmersive.Core.Tests.Presets.Mutants;

/// <summary>
/// Mutated copies of the shipped presets, the same for the same seed: values swapped for other types, numbers at and
/// past their bounds, fields deleted, repeated, added or misspelt, odd strings, lists emptied, text cut short.
/// </summary>
internal static class PresetMutants
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[][] Targets =
    [
        ["music", "soundscape", "seed"], ["music", "soundscape", "layers", "*", "octave"], ["breathing", "pattern"], ["$schema"],
        ["id"], ["name"], ["version"], ["music", "soundscape", "layers", "*", "name"], ["checkIn", "prompt"], ["checkIn", "okLabel"],
        ["music", "phases", "*", "source"], ["music", "soundscape", "layers", "*", "kind"], ["sky", "zenith"], ["darkness", "min"],
        ["music", "volume"], ["music", "soundscape", "layers", "*", "texture"], ["music", "phases", "*", "layers", "*"],
    ];

    public static IEnumerable<PresetMutant> Generate(string environmentsFolder, int count, int seed)
    {
        var bases = Directory.EnumerateFiles(environmentsFolder, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => (Stem: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f))).ToList();
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (stem, text) = bases[random.Next(bases.Count)];
            // Named after its id, as a preset file must be, so a mutant that keeps its id can be valid in a folder too.
            var name = $"m{i:D4}-{stem}";
            var root = JsonNode.Parse(text)!;
            root["id"] = name;
            var raws = new Dictionary<string, string>(StringComparer.Ordinal);
            var changes = new List<string>();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                changes.Add(Mutate(root, random, raws));
            }

            var output = root.ToJsonString(Indented);
            foreach (var (marker, raw) in raws)
            {
                output = output.Replace($"\"{marker}\"", raw, StringComparison.Ordinal);
            }

            if (random.Next(25) == 0)
            {
                (output, var change) = CutOrSpoil(output, random);
                changes.Add(change);
            }

            yield return new PresetMutant($"{name}.json", string.Join("; ", changes), output);
        }
    }

    private static string Mutate(JsonNode root, Random random, Dictionary<string, string> raws)
    {
        var slots = JsonSlots.All(root).ToList();
        var (parent, key, index, path) = slots[random.Next(slots.Count)];
        string Raw(string literal)
        {
            var marker = $"@@raw{raws.Count}@@";
            raws[marker] = literal;
            return marker;
        }

        switch (random.Next(100))
        {
            case < 30:
                var literal = Pick(random, OddValues.Types.Concat(OddValues.Numbers).Concat(OddValues.Strings).ToArray());
                JsonSlots.Set(parent, key, index, Raw(literal));
                return $"{path} = {literal}";
            case < 50:
                var current = JsonSlots.Get(parent, key, index);
                var fitting = current?.GetValueKind() == JsonValueKind.Number ? OddValues.Numbers : OddValues.Strings;
                var value = Pick(random, fitting);
                JsonSlots.Set(parent, key, index, Raw(value));
                return $"{path} = {value}";
            case < 62:
                JsonSlots.Remove(parent, key, index);
                return $"{path} deleted";
            case < 70 when key is not null:
                parent.AsObject()[Raw(JsonSerializer.Serialize(key))] = random.Next(2) == 0 ? parent[key]?.DeepClone() : Raw(Pick(random, OddValues.Types));
                return $"{path} written twice";
            case < 78:
                var group = JsonSlots.All(root).Select(s => s.Parent).Prepend(root).OfType<JsonObject>().ToList();
                var name = Pick(random, OddValues.FieldNames);
                group[random.Next(group.Count)][Raw($"\"{name}\"")] = Raw(Pick(random, OddValues.Types));
                return $"unknown field {name}";
            case < 84 when JsonSlots.Get(parent, key, index) is JsonObject or JsonArray:
                JsonSlots.Set(parent, key, index, Raw(JsonSlots.Get(parent, key, index) is JsonObject ? "{}" : "[]"));
                return $"{path} emptied";
            default:
                return Targeted(root, random, Raw);
        }
    }

    private static string Targeted(JsonNode root, Random random, Func<string, string> raw)
    {
        var target = Pick(random, Targets);
        if (target[0] == "music" && random.Next(4) == 0 && root["music"] is JsonObject music)
        {
            var files = string.Join(", ", Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick(random, OddValues.Strings)));
            music["files"] = raw($"[{files}]");
            return $"$.music.files = [{files}]";
        }

        var node = root;
        for (var i = 0; i < target.Length - 1 && node is not null; i++)
        {
            node = node switch
            {
                JsonArray list when target[i] == "*" => list.FirstOrDefault(),
                JsonObject group when target[i] == "*" => group.FirstOrDefault().Value,
                JsonObject group => group[target[i]],
                _ => null,
            };
        }

        var literal = Pick(random, random.Next(3) == 0 ? OddValues.Numbers : OddValues.Strings);
        switch (node)
        {
            case JsonObject group:
                group[target[^1] == "*" ? "preparation" : target[^1]] = raw(literal);
                break;
            case JsonArray list when list.Count > 0:
                list[0] = raw(literal);
                break;
            default:
                return $"{string.Join('.', target)}: nothing to change";
        }

        return $"{string.Join('.', target)} = {literal}";
    }

    private static (string Text, string Change) CutOrSpoil(string text, Random random) => random.Next(5) switch
    {
        0 => (text[..random.Next(text.Length)], "cut short"),
        1 => (text.Insert(random.Next(text.Length), Pick(random, ["{", "}", ",", "\"", "'", ":", "//", "]", "\\", "\n", "x"])), "a character inserted"),
        2 => ("\ufeff" + text, "a byte-order mark first"),
        3 => (Pick(random, ["", "  \n", "hello", "[]", "null", "{", "\"text\"", "{}"]), "replaced whole"),
        _ => (text + Pick(random, ["{}", ",", "x", "\n\n"]), "something after the end"),
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
