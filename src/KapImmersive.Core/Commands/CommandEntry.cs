using System.Collections.Immutable;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Commands;

/// <summary>
/// One command, declared once: its wire name, who may send it, its arguments with their checks, how its values become
/// the session command and back, how the reducer carries it out, and how people read it. Everything that handles
/// commands (the codec, the reducer, the console, `kap console send`, the protocol document's test) reads it from here.
/// </summary>
public abstract class CommandEntry
{
    public required string Name { get; init; }

    /// <summary>What it does, in one line for people.</summary>
    public required string Summary { get; init; }

    public CommandSender Sender { get; init; } = CommandSender.Clinician;

    public ImmutableArray<CommandArgument> Arguments { get; init; } = [];

    public abstract Type CommandType { get; }

    /// <summary>"setDarkness level (0..1) [seconds (0..3600)]".</summary>
    public string Usage => string.Join(' ', Arguments.Select(a => a.Usage).Prepend(Name));

    public CommandArgument? Argument(string name) => Arguments.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));

    /// <summary>Every argument's problem, joined; null when the values make a command. Names no argument takes are ignored here.</summary>
    public string? Problem(CommandValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = Arguments.Select(a => a.Problem(values.TryGet(a.Name, out var value) ? value : null)).OfType<string>().ToList();
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    /// <summary>The same check for a command made in code (the patient's own, a script's), so no command escapes it.</summary>
    public string? Problem(SessionCommand command) => Problem(ValuesOf(command));

    /// <summary>Names given that this command does not take.</summary>
    public IEnumerable<string> Unknown(CommandValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Names.Where(name => Argument(name) is null);
    }

    /// <summary>The session command from values <see cref="Problem(CommandValues)"/> accepted.</summary>
    public abstract SessionCommand Create(string id, string issuer, CommandValues values);

    public abstract CommandValues ValuesOf(SessionCommand command);

    /// <summary>Carries out a checked command: the reducer calls this after <see cref="Problem(SessionCommand)"/> found nothing.</summary>
    public abstract Decision Apply(SessionState state, SessionCommand command, CommandContext context);

    /// <summary>A short line for the session record: "darkness to 0.8 over 30 s".</summary>
    public abstract string Summarize(SessionCommand command);
}
