using KapImmersive.Core.Session;

namespace KapImmersive.Core.Commands;

/// <summary>A catalogue entry for the session command <typeparamref name="TCommand"/>, its conversions and handling given as functions.</summary>
public sealed class CommandEntry<TCommand> : CommandEntry
    where TCommand : SessionCommand
{
    /// <summary>Builds the command from checked values, with its id and issuer.</summary>
    public required Func<string, string, CommandValues, TCommand> FromValues { get; init; }

    public required Func<TCommand, CommandValues> ToValues { get; init; }

    /// <summary>The reducer's handling of a checked command.</summary>
    public required Func<SessionState, TCommand, CommandContext, Decision> Handle { get; init; }

    /// <summary>A short line for people; without one the record shows the name and the arguments.</summary>
    public Func<TCommand, string>? Describe { get; init; }

    public override Type CommandType => typeof(TCommand);

    public override SessionCommand Create(string id, string issuer, CommandValues values) => FromValues(id, issuer, values);

    public override CommandValues ValuesOf(SessionCommand command) => ToValues(Cast(command));

    public override Decision Apply(SessionState state, SessionCommand command, CommandContext context) => Handle(state, Cast(command), context);

    public override string Summarize(SessionCommand command) =>
        Describe?.Invoke(Cast(command)) ?? string.Join(' ', ValuesOf(command).Pairs.Select(p => $"{p.Key} {p.Value.Echo()}").Prepend(Name));

    private TCommand Cast(SessionCommand command) => command as TCommand
        ?? throw new ArgumentException($"{Name} handles {typeof(TCommand).Name}, not {command?.GetType().Name ?? "null"}", nameof(command));
}
