using System.CommandLine;
using System.Globalization;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// `kap console send --to H COMMAND --ARG VALUE...`: one command to one headset, then its outcome. The commands (one
/// subcommand each) and their --ARG options come from the command catalogue and are checked by it before connecting;
/// the headset checks them again (as it does every console's), so what this prints is exactly what a clinician's
/// console would see.
/// </summary>
internal sealed class ConsoleSendCommand(CommandCatalogue catalogue) : ICliCommand
{
    public ConsoleSendCommand()
        : this(CommandCatalogue.Standard)
    {
    }

    public string Name => "console send";

    public string Summary => "sends a command to a headset and prints its outcome (exit 1 unless carried out)";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);

        // Shared by every command below, so they may stand before or after its name.
        var to = new Option<string>("--to") { HelpName = "HEADSET", Description = "the headset's id", Required = true, Recursive = true };
        to.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !Topics.IsValidId(token.Value))
            {
                result.AddError($"--to: '{ArgumentValue.Shorten(token.Value)}' is not a headset id (lowercase letters, digits, '-' or '_')");
            }
        });
        var config = BrokerSettings.ConfigOption();
        var issuer = KapOptions.Text("--issuer", "NAME", "who the record names as the sender (your user name)");
        config.Recursive = issuer.Recursive = true;
        command.Options.Add(to);
        command.Options.Add(config);
        command.Options.Add(issuer);

        // A command only the headset sends is there but hidden, so naming it gets the catalogue's reason rather than "not a command".
        foreach (var entry in catalogue.Entries)
        {
            var options = CatalogueOptions.OptionsOf(entry);
            var sent = new Command(entry.Name, entry.Summary) { Hidden = !catalogue.SentBy(CommandSender.Console).Contains(entry) };
            foreach (var option in options)
            {
                sent.Options.Add(option);
            }

            sent.SetAction((parse, cancellationToken) =>
            {
                var given = options.ToDictionary(o => o.Name[2..], o => parse.GetValue(o), StringComparer.Ordinal);
                var read = Read(entry, given, parse.GetValue(issuer) ?? Environment.UserName.ToLowerInvariant());
                return read.Ok
                    ? SendAsync(parse.GetRequiredValue(to), read.Command, parse.GetValue(config), console, cancellationToken)
                    : UsageAsync(console, read.Error);
            });
            command.Subcommands.Add(sent);
        }
    }

    private async Task<int> SendAsync(string headsetId, SessionCommand command, string? config, CliConsole console, CancellationToken cancellationToken)
    {
        var builder = BrokerSettings.Builder(config, console);
        builder.AddConsoleLink();
        using var host = await BrokerSettings.BuildAsync(builder, console, Name, cancellationToken);
        if (host is null)
        {
            return ExitCodes.Failed;
        }

        // The host owns the link and disposes it (a headset says goodbye then).
        var link = host.Services.GetRequiredService<ConsoleLink>();
        await link.StartAsync(cancellationToken);
        var result = await link.SendPayloadAsync(headsetId, command.Id, CommandCodec.Write(command, DateTimeOffset.UtcNow, catalogue), cancellationToken);
        if (result.Outcome == CommandOutcome.TimedOut && link.LastRefusal is { } refusal)
        {
            await console.Error.WriteLineAsync($"kap console send: the broker refused the connection: {refusal}");
            return ExitCodes.Failed;
        }

        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{ProtocolNames.Of(result.Outcome)}: {result.Reason} (command {command.Id}, state {result.Sequence}, {result.Elapsed.TotalMilliseconds:0.0} ms)"));
        return result.Outcome is CommandOutcome.Applied or CommandOutcome.Slowed or CommandOutcome.Capped ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>The command as the headset will read it, checked the same way, envelope and all.</summary>
    private CommandReadResult Read(CommandEntry entry, Dictionary<string, string?> given, string issuer)
    {
        if (!CatalogueOptions.TryRead(entry, name => given.GetValueOrDefault(name), out var values, out var error))
        {
            return CommandReadResult.Refused(null, error);
        }

        var message = new CommandMessage { Id = $"cli-{Guid.NewGuid():N}", IssuedAt = DateTimeOffset.UtcNow, Issuer = issuer, Type = entry.Name, Args = values };
        return catalogue.Read(message);
    }

    private static async Task<int> UsageAsync(CliConsole console, string problem)
    {
        await console.Error.WriteLineAsync($"kap console send: {problem}");
        return ExitCodes.Usage;
    }
}
