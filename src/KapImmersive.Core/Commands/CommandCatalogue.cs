using System.Collections.Frozen;
using System.Collections.Immutable;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Commands;

/// <summary>
/// Every command a session knows, each declared once as a <see cref="CommandEntry"/>. <see cref="Standard"/> is the
/// protocol's; <see cref="With"/> makes one with an extra entry (a test's), which the codec and the reducer then take
/// like any other.
/// </summary>
public sealed class CommandCatalogue
{
    private readonly FrozenDictionary<string, CommandEntry> _byName;
    private readonly FrozenDictionary<Type, CommandEntry> _byType;

    public CommandCatalogue(IEnumerable<CommandEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        var twice = Entries.GroupBy(e => e.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key
            ?? Entries.GroupBy(e => e.CommandType).FirstOrDefault(g => g.Count() > 1)?.Key.Name;
        if (twice is not null)
        {
            throw new ArgumentException($"'{twice}' is declared more than once; each command has one entry", nameof(entries));
        }

        _byName = Entries.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
        _byType = Entries.ToFrozenDictionary(e => e.CommandType);
    }

    public static CommandCatalogue Standard { get; } = new(StandardCommands.All);

    public ImmutableArray<CommandEntry> Entries { get; }

    public CommandCatalogue With(CommandEntry entry) => new(Entries.Add(entry));

    public CommandEntry? Find(string? name) => name is not null && _byName.TryGetValue(name, out var entry) ? entry : null;

    public CommandEntry? Find(SessionCommand command) =>
        command is not null && _byType.TryGetValue(command.GetType(), out var entry) ? entry : null;

    public string NameOf(SessionCommand command) => Find(command)?.Name
        ?? throw new ArgumentOutOfRangeException(nameof(command), command?.GetType().Name, "not a command of this catalogue");

    /// <summary>The entries <paramref name="from"/> may send: a clinician's, or also a console tool's.</summary>
    public IEnumerable<CommandEntry> SentBy(CommandSender from) => Entries.Where(e => MaySend(from, e));

    /// <summary>The names <paramref name="from"/> may send, for errors and help.</summary>
    public string Names(CommandSender from) => string.Join(", ", SentBy(from).Select(e => e.Name).Order(StringComparer.Ordinal));

    /// <summary>Checks a command given by name and values and builds it; never throws on what it was given.</summary>
    public CommandReadResult Create(string? type, CommandValues values, string id, string issuer, CommandSender from)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Find(type) is not { } entry)
        {
            return CommandReadResult.Refused(id, $"unknown command type '{ArgumentValue.Shorten(type ?? "")}'; known types: {Names(from)}");
        }

        if (!MaySend(from, entry))
        {
            return CommandReadResult.Refused(id, entry.Sender == CommandSender.Headset
                ? $"{entry.Name} comes from the headset itself, which alone knows it; a console cannot send it"
                : $"{entry.Name} is not a clinician's command; the dashboard sends {Names(from)}");
        }

        return entry.Problem(values) is { } problem
            ? CommandReadResult.Refused(id, problem)
            : new CommandReadResult(entry.Create(id, issuer, values), id, null);
    }

    /// <summary>Checks a command that came over the link, envelope first, then builds it.</summary>
    public CommandReadResult Read(CommandMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = message.Id;
        if (message.V != ProtocolLimits.Version)
        {
            return CommandReadResult.Refused(id, $"protocol version {message.V} is not supported; this headset speaks v{ProtocolLimits.Version}");
        }

        if (!IsToken(id))
        {
            return CommandReadResult.Refused(null, $"$.id: a command id is 1-{ProtocolLimits.MaxCommandIdLength} visible characters without spaces");
        }

        return IsToken(message.Issuer)
            ? Create(message.Type, message.Args, id, message.Issuer, CommandSender.Console)
            : CommandReadResult.Refused(id, $"$.issuer: an issuer is 1-{ProtocolLimits.MaxCommandIdLength} visible characters without spaces");
    }

    public CommandMessage ToMessage(SessionCommand command, DateTimeOffset issuedAt)
    {
        var entry = Find(command) ?? throw new ArgumentOutOfRangeException(nameof(command), command?.GetType().Name, "not a command of this catalogue");
        return new CommandMessage { Id = command.Id, IssuedAt = issuedAt, Issuer = command.Issuer, Type = entry.Name, Args = entry.ValuesOf(command) };
    }

    private static bool MaySend(CommandSender from, CommandEntry entry) => entry.Sender == CommandSender.Clinician
        || (from == CommandSender.Console && entry.Sender == CommandSender.Console);

    private static bool IsToken(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= ProtocolLimits.MaxCommandIdLength && text.All(c => c > ' ' && c < 127);
}
