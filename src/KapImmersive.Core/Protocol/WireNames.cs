using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;

namespace KapImmersive.Core.Protocol;

/// <summary>The wire names of one enum, read once from its members' attributes; looking one up allocates nothing.</summary>
internal static class WireNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>
    where T : struct, Enum
{
    private static readonly T[] Values = [.. Members().Select(m => m.Value)];

    public static ImmutableArray<string> Names { get; } = [.. Members().Select(m => m.Name)];

    public static string Of(T value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0 ? Names[index] : value.ToString();
    }

    public static bool TryParse(string? text, out T value)
    {
        var index = Names.IndexOf(text ?? "", StringComparer.Ordinal);
        value = index >= 0 ? Values[index] : default;
        return index >= 0;
    }

    private static IEnumerable<(T Value, string Name)> Members() =>
        typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field =>
            ((T)field.GetValue(null)!, field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{typeof(T).Name}.{field.Name} has no [JsonStringEnumMemberName]: every enum on the wire names its members")));
}
