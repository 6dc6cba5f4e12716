using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KapImmersive.Core.Breathing;

/// <summary>The built-in patterns, and parsing of names or "in-hold-out[-hold]" counts.</summary>
public static class BreathingPatterns
{
    /// <summary>Slowest comfortable stage; anything quicker reads as panting, not calm breathing.</summary>
    public const double MinBreathSeconds = 2.0;

    public const double MaxStageSeconds = 20.0;

    /// <summary>The longest name or count text a pattern is given by ("extended-exhale", "4.5-2-6.5-2").</summary>
    public const int MaxNameLength = 40;

    /// <summary>Resonance ("coherent") breathing at 5.5 breaths a minute, equal in and out.</summary>
    public static BreathingPattern Coherent { get; } =
        BreathingPattern.FromCounts("coherent", 60.0 / 5.5 / 2, 0, 60.0 / 5.5 / 2, 0);

    public static BreathingPattern Box { get; } = BreathingPattern.FromCounts("box", 4, 4, 4, 4);

    public static BreathingPattern FourSevenEight { get; } = BreathingPattern.FromCounts("4-7-8", 4, 7, 8, 0);

    public static BreathingPattern ExtendedExhale { get; } = BreathingPattern.FromCounts("extended-exhale", 4, 0, 6, 0);

    public static FrozenDictionary<string, BreathingPattern> BuiltIn { get; } =
        new[] { Coherent, Box, FourSevenEight, ExtendedExhale }.ToFrozenDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public static string BuiltInNames => string.Join(", ", BuiltIn.Keys.Order(StringComparer.Ordinal));

    /// <summary>Parses a built-in name ("box") or counts ("4-7-8", "4-2-6-2"); the error says what is accepted.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BreathingPattern? pattern, [NotNullWhen(false)] out string? error)
    {
        pattern = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"no breathing pattern given; use one of {BuiltInNames} or counts such as 4-2-6";
            return false;
        }

        if (BuiltIn.TryGetValue(text.Trim(), out pattern))
        {
            error = null;
            return true;
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 3 or > 4)
        {
            error = $"'{text}' is not a breathing pattern; use one of {BuiltInNames} or counts such as 4-2-6";
            return false;
        }

        Span<double> counts = stackalloc double[4];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out counts[i]))
            {
                error = $"'{text}' is not a breathing pattern; '{parts[i]}' is not a number of seconds";
                return false;
            }
        }

        return TryCreate(text.Trim(), counts[0], counts[1], counts[2], parts.Length == 4 ? counts[3] : 0, out pattern, out error);
    }

    /// <summary>Checks counts against the bounds that keep breathing slow and unforced.</summary>
    public static bool TryCreate(string name, double inhale, double holdIn, double exhale, double holdOut,
        [NotNullWhen(true)] out BreathingPattern? pattern, [NotNullWhen(false)] out string? error)
    {
        pattern = null;
        if (inhale < MinBreathSeconds || exhale < MinBreathSeconds)
        {
            error = $"inhale and exhale must each last at least {MinBreathSeconds} s";
            return false;
        }

        if (inhale > MaxStageSeconds || exhale > MaxStageSeconds || holdIn > MaxStageSeconds || holdOut > MaxStageSeconds
            || holdIn < 0 || holdOut < 0)
        {
            error = $"each stage must last between 0 and {MaxStageSeconds} s";
            return false;
        }

        pattern = BreathingPattern.FromCounts(name, inhale, holdIn, exhale, holdOut);
        error = null;
        return true;
    }
}
