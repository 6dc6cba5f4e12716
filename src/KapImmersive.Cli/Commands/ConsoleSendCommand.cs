using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// `kap console send --to H COMMAND --ARG VALUE...`: one command to one headset, then its outcome. The headset checks the
/// arguments (as it does every console's), so what this prints is exactly what a clinician's console would see.
/// </summary>
internal sealed class ConsoleSendCommand : ICliCommand
{
    private static readonly string[] TextArgs = ["presetId", "pattern", "prompt", "checkInId", "answer", "source", "text", "phase"];
    private static readonly string[] NumberArgs = ["level", "seconds", "timeoutSeconds", "minutes"];

    public string Name => "console send";

    public string Usage => $"--to HEADSET COMMAND [--ARG VALUE]... {BrokerSettings.Usage} [--issuer NAME]";

    public string Summary => $"sends a command and prints its outcome (exit 1 unless carried out); commands: {CommandTypes.Names}";

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Option("to") is not { } headsetId || !Topics.IsValidId(headsetId) || args.Positional.Count != 1)
        {
            await console.Error.WriteLineAsync("kap console send: --to HEADSET and one COMMAND are required");
            return ExitCodes.Usage;
        }

        if (ReadArgs(args, out var error) is not { } commandArgs)
        {
            await console.Error.WriteLineAsync($"kap console send: {error}");
            return ExitCodes.Usage;
        }

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
        var message = new CommandMessage
        {
            Id = $"cli-{Guid.NewGuid():N}",
            IssuedAt = DateTimeOffset.UtcNow,
            Issuer = args.Option("issuer") ?? Environment.UserName.ToLowerInvariant(),
            Type = args.Positional[0],
            Args = commandArgs,
        };
        var result = await link.SendPayloadAsync(headsetId, message.Id, JsonSerializer.SerializeToUtf8Bytes(message, ProtocolJsonContext.Default.CommandMessage), cancellationToken);
        if (result.Outcome == CommandOutcome.TimedOut && link.LastRefusal is { } refusal)
        {
            await console.Error.WriteLineAsync($"kap console send: the broker refused the connection: {refusal}");
            return ExitCodes.Failed;
        }

        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{ProtocolNames.Of(result.Outcome)}: {result.Reason} (command {message.Id}, state {result.Sequence}, {result.Elapsed.TotalMilliseconds:0.0} ms)"));
        return result.Outcome is CommandOutcome.Applied or CommandOutcome.Slowed or CommandOutcome.Capped ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static CommandArgs? ReadArgs(CliArguments args, out string? error)
    {
        var numbers = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var name in NumberArgs)
        {
            if (!args.TryNumber(name, out error, out var value))
            {
                return null;
            }

            numbers[name] = value;
        }

        var texts = TextArgs.ToDictionary(n => n, args.Option, StringComparer.Ordinal);
        error = args.Unread().Except(["to", "config", "issuer"], StringComparer.Ordinal).Select(u => $"--{u} is not an argument of any command").FirstOrDefault();
        return error is not null ? null : new CommandArgs
        {
            PresetId = texts["presetId"], Pattern = texts["pattern"], Prompt = texts["prompt"], CheckInId = texts["checkInId"],
            Answer = texts["answer"], Source = texts["source"], Text = texts["text"], Phase = texts["phase"],
            Level = numbers["level"], Seconds = numbers["seconds"], TimeoutSeconds = numbers["timeoutSeconds"], Minutes = numbers["minutes"],
        };
    }
}
