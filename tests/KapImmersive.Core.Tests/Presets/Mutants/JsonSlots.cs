using System.Text.Json.Nodes;

namespace KapImmersive.Core.Tests.Presets.Mutants;

/// <summary>Every place in a JSON tree a value stands (a field of a group, an item of a list), to read, replace or remove.</summary>
internal static class JsonSlots
{
    public static IEnumerable<(JsonNode Parent, string? Key, int Index, string Path)> All(JsonNode node, string path = "$")
    {
        switch (node)
        {
            case JsonObject group:
                foreach (var (key, child) in group.ToList())
                {
                    yield return (group, key, -1, $"{path}.{key}");
                    if (child is not null)
                    {
                        foreach (var slot in All(child, $"{path}.{key}"))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    yield return (list, null, i, $"{path}[{i}]");
                    if (list[i] is { } child)
                    {
                        foreach (var slot in All(child, $"{path}[{i}]"))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
        }
    }

    public static JsonNode? Get(JsonNode parent, string? key, int index) => key is not null ? parent[key] : parent[index];

    public static void Set(JsonNode parent, string? key, int index, string marker)
    {
        if (key is not null)
        {
            parent[key] = marker;
        }
        else
        {
            parent[index] = marker;
        }
    }

    public static void Remove(JsonNode parent, string? key, int index)
    {
        if (key is not null)
        {
            parent.AsObject().Remove(key);
        }
        else
        {
            parent.AsArray().RemoveAt(index);
        }
    }
}
