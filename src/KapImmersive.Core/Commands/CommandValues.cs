using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Core.Commands;

/// <summary>
/// A command's arguments by name, in the order given: what "args" holds on the wire. Immutable; a name given twice
/// keeps its last value. The typed getters are for values their <see cref="CommandEntry"/> has already checked.
/// </summary>
[JsonConverter(typeof(CommandValuesConverter))]
public sealed class CommandValues
{
    private readonly ImmutableArray<KeyValuePair<string, ArgumentValue>> _values;

    private CommandValues(ImmutableArray<KeyValuePair<string, ArgumentValue>> values) => _values = values;

    public static CommandValues Empty { get; } = new([]);

    public int Count => _values.Length;

    public IEnumerable<string> Names => _values.Select(v => v.Key);

    public IEnumerable<KeyValuePair<string, ArgumentValue>> Pairs => _values;

    /// <summary>Builds values from pairs read in order; a later pair of the same name replaces the earlier one.</summary>
    public static CommandValues From(IEnumerable<KeyValuePair<string, ArgumentValue>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var order = new List<KeyValuePair<string, ArgumentValue>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (index.TryGetValue(pair.Key, out var at))
            {
                order[at] = pair;
            }
            else
            {
                index[pair.Key] = order.Count;
                order.Add(pair);
            }
        }

        return new CommandValues([.. order]);
    }

    public bool TryGet(string name, out ArgumentValue value)
    {
        foreach (var pair in _values)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public CommandValues With(string name, ArgumentValue value) => From(_values.Append(new(name, value)));

    /// <summary>Adds a number; null leaves the argument out.</summary>
    public CommandValues With(string name, double? number) => number is { } n ? With(name, ArgumentValue.Of(n)) : this;

    /// <summary>Adds a text; null leaves the argument out.</summary>
    public CommandValues With(string name, string? text) => text is null ? this : With(name, ArgumentValue.Of(text));

    public CommandValues With(string name, bool flag) => With(name, ArgumentValue.Of(flag));

    /// <summary>Adds a choice by its wire name.</summary>
    public CommandValues With<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(string name, T choice)
        where T : struct, Enum => With(name, ArgumentValue.Of(ProtocolNames.Of(choice)));

    public double Number(string name) => OptionalNumber(name) ?? throw Missing(name);

    public double? OptionalNumber(string name) => TryGet(name, out var value) ? value.Number : null;

    public string Text(string name) => OptionalText(name) ?? throw Missing(name);

    public string? OptionalText(string name) => TryGet(name, out var value) ? value.Text : null;

    public bool Flag(string name) => TryGet(name, out var value) && value.Flag is { } flag ? flag : throw Missing(name);

    public T Choice<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(string name)
        where T : struct, Enum => ProtocolNames.TryParse<T>(OptionalText(name), out var choice) ? choice : throw Missing(name);

    private static InvalidOperationException Missing(string name) =>
        new($"args.{name} was not checked before use: a command is built only from values its catalogue entry accepted");
}
