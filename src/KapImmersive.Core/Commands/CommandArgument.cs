using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Core.Commands;

/// <summary>
/// One argument of a command, declared once: its name on the wire (and as --NAME on a command line), its kind, whether
/// it is required, its range, length or allowed names, and what it means. <see cref="Problem"/> is the only check of it.
/// </summary>
public sealed record CommandArgument
{
    private CommandArgument(string name, ArgumentKind kind, string description)
    {
        Name = name;
        Kind = kind;
        Description = description;
    }

    public string Name { get; }

    public ArgumentKind Kind { get; }

    /// <summary>What it means, for people: help texts, forms and the protocol document.</summary>
    public string Description { get; }

    public bool Required { get; private init; }

    public double Minimum { get; private init; }

    public double Maximum { get; private init; }

    /// <summary>The most characters (Unicode scalar values) a text may have.</summary>
    public int MaxLength { get; private init; }

    public ImmutableArray<string> Choices { get; private init; } = [];

    /// <summary>A further check of a text (a preset id's characters, a breathing pattern's counts): why it is wrong, or null.</summary>
    public Func<string, string?>? Rule { get; private init; }

    public static CommandArgument Number(string name, double minimum, double maximum, string description, bool required = false) =>
        new(name, ArgumentKind.Number, description) { Minimum = minimum, Maximum = maximum, Required = required };

    public static CommandArgument Text(string name, int maxLength, string description, bool required = false, Func<string, string?>? rule = null) =>
        new(name, ArgumentKind.Text, description) { MaxLength = maxLength, Required = required, Rule = rule };

    public static CommandArgument Choice<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(string name, string description)
        where T : struct, Enum => new(name, ArgumentKind.Choice, description) { Choices = ProtocolNames.All<T>(), Required = true };

    public static CommandArgument Flag(string name, string description) => new(name, ArgumentKind.Flag, description) { Required = true };

    /// <summary>What it takes, for help texts and forms: "0..1", "up to 80 characters", "okay|notOkay", "true|false".</summary>
    public string Accepts => Kind switch
    {
        ArgumentKind.Number => Invariant($"{Minimum:0.##}..{Maximum:0.##}"),
        ArgumentKind.Text => Invariant($"up to {MaxLength} characters"),
        ArgumentKind.Choice => string.Join('|', Choices),
        _ => "true|false",
    };

    /// <summary>How help texts show it: "level (0..1)", "[prompt (up to 80 characters)]".</summary>
    public string Usage => Required ? $"{Name} ({Accepts})" : $"[{Name} ({Accepts})]";

    /// <summary>Why this value cannot be used, naming the argument and what it takes; null when it can. Null means not given.</summary>
    public string? Problem(ArgumentValue? given)
    {
        if (given is not { } value)
        {
            return Required ? $"args.{Name} is required: {Description}" : null;
        }

        return Kind switch
        {
            ArgumentKind.Number => NumberProblem(value),
            ArgumentKind.Text => TextProblem(value),
            ArgumentKind.Choice => value.Text is { } name && Choices.Contains(name, StringComparer.Ordinal)
                ? null
                : $"args.{Name}: {value.Echo()} is not one of {string.Join(", ", Choices)}",
            _ => value.Flag is null ? $"args.{Name}: wrong type of value: {value.Echo()} is not true or false" : null,
        };
    }

    /// <summary>Reads a value typed as text (a command line, a form field) as this argument's kind; the checks come after.</summary>
    public bool TryParse(string text, out ArgumentValue value, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        value = default;
        switch (Kind)
        {
            case ArgumentKind.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                value = double.IsFinite(number) ? ArgumentValue.Of(number) : ArgumentValue.NonFinite(text);
                return true;
            case ArgumentKind.Number:
                error = $"{Name}: '{ArgumentValue.Shorten(text)}' is not a number";
                return false;
            case ArgumentKind.Flag when bool.TryParse(text, out var flag):
                value = ArgumentValue.Of(flag);
                return true;
            case ArgumentKind.Flag:
                error = $"{Name}: '{ArgumentValue.Shorten(text)}' is not true or false";
                return false;
            default:
                value = ArgumentValue.Of(text);
                return true;
        }
    }

    private string? NumberProblem(ArgumentValue value)
    {
        var range = Invariant($"use {Minimum:0.##} to {Maximum:0.##} ({Description})");
        return value.Number switch
        {
            null when value.IsNonFiniteNumber => $"args.{Name}: {value.Echo()} is not a finite number; {range}",
            null => $"args.{Name}: wrong type of value: {value.Echo()} is not a number; {range}",
            { } n when !double.IsFinite(n) => $"args.{Name}: {value.Echo()} is not a finite number; {range}",
            { } n when n < Minimum || n > Maximum => $"args.{Name}: {value.Echo()} is out of range; {range}",
            _ => null,
        };
    }

    private string? TextProblem(ArgumentValue value)
    {
        if (value.Text is not { } text)
        {
            return $"args.{Name}: wrong type of value: {value.Echo()} is not text ({Description})";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return $"args.{Name} is empty; {(Required ? "it is required" : "leave it out instead")} ({Description})";
        }

        var length = Characters(text);
        if (length > MaxLength)
        {
            return Invariant($"args.{Name} is {length} characters long; at most {MaxLength} are allowed ({Description})");
        }

        if (text.Any(char.IsControl))
        {
            return $"args.{Name} contains control characters (such as a line break or a tab); send plain text on one line";
        }

        return Rule?.Invoke(text) is { } broken ? $"args.{Name}: {broken}" : null;
    }

    /// <summary>Characters as a reader counts them: an emoji is one, not the two UTF-16 units it takes.</summary>
    private static int Characters(string text) => text.EnumerateRunes().Count();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
