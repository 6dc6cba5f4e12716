using System.Globalization;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// `kap console send --to H COMMAND --ARG VALUE...`: one command to one headset, then its outcome. The command and its
/// --ARG options come from the command catalogue and are checked by it before connecting; the headset checks them again
/// (as it does every console's), so what this prints is exactly what a clinician's console would see.
/// </summary>
internal sealed class ConsoleSendCommand : ICliCommand
{
    private static readonly string[] OwnOptions = ["to", "config", "issuer"];

    private static CommandCatalogue Catalogue => CommandCatalogue.Standard;

    public string Name => "console send";

    public string Usage => $"--to HEADSET COMMAND [--ARG VALUE]... {BrokerSettings.Usage} [--issuer NAME]";

    public string Summary => "sends a command and prints its outcome (exit 1 unless carried out)";

    public string Details => "commands and their --ARG options:\n" + string.Join('\n', CatalogueOptions.Help(Catalogue, CommandSender.Console).Select(line => "  " + line));

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Option("to") is not { } headsetId || !Topics.IsValidId(headsetId) || args.Positional.Count != 1)
        {
            return await UsageAsync(console, "--to HEADSET and one COMMAND are required");
        }

        var issuer = args.Option("issuer") ?? Environment.UserName.ToLowerInvariant();
        var read = Read(args, issuer);
        if (!read.Ok)
        {
            return await UsageAsync(console, read.Error);
        }

        var command = read.Command;
        var builder = BrokerSettings.Builder(args, console);
        builder.AddConsoleLink();
        using var host = await BrokerSettings.BuildAsync(builder, console, Name, cancellationToken);
        if (host is null)
        {
            return ExitCodes.Failed;
        }

        // The host owns the link and disposes it (a headset says goodbye then).
        var link = host.Services.GetRequiredService<ConsoleLink>();
        await link.StartAsync(cancellationToken);
        var result = await link.SendPayloadAsync(headsetId, command.Id, CommandCodec.Write(command, DateTimeOffset.UtcNow, Catalogue), cancellationToken);
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
    private static CommandReadResult Read(CliArguments args, string issuer)
    {
        var type = args.Positional[0];
        if (Catalogue.Find(type) is not { } entry)
        {
            return CommandReadResult.Refused(null, $"'{ArgumentValue.Shorten(type)}' is not a command; commands: {Catalogue.Names(CommandSender.Console)}");
        }

        if (!CatalogueOptions.TryRead(entry, args.Option, out var values, out var error))
        {
            return CommandReadResult.Refused(null, error);
        }

        if (args.Unread().Except(OwnOptions, StringComparer.Ordinal).FirstOrDefault() is { } unknown)
        {
            var takes = entry.Arguments.IsEmpty ? "it takes none" : "it takes " + string.Join(", ", entry.Arguments.Select(CatalogueOptions.OptionOf));
            return CommandReadResult.Refused(null, $"--{unknown} is not an option of {entry.Name}; {takes}");
        }

        var message = new CommandMessage { Id = $"cli-{Guid.NewGuid():N}", IssuedAt = DateTimeOffset.UtcNow, Issuer = issuer, Type = type, Args = values };
        return Catalogue.Read(message);
    }

    private static async Task<int> UsageAsync(CliConsole console, string problem)
    {
        await console.Error.WriteLineAsync($"kap console send: {problem}");
        return ExitCodes.Usage;
    }
}
