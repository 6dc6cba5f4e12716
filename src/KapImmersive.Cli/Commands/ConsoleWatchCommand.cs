using System.CommandLine;
using System.Globalization;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap console watch`: one line per presence, state, ack and event of every headset; alerts stand out.</summary>
internal sealed class ConsoleWatchCommand : ICliCommand
{
    public string Name => "console watch";

    public string Summary => "prints what every headset reports, as it arrives, until Ctrl+C (or --for SECONDS)";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var config = BrokerSettings.ConfigOption();
        var duration = KapOptions.Number("--for", "SECONDS", "stop after this long", s => s > 0 ? null : "use more than 0 seconds");
        command.Options.Add(config);
        command.Options.Add(duration);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(config), parse.GetValue(duration), console, cancellationToken));
    }

    private async Task<int> RunAsync(string? config, double? seconds, CliConsole console, CancellationToken cancellationToken)
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
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (seconds is { } limit)
        {
            stop.CancelAfter(TimeSpan.FromSeconds(limit));
        }

        await link.StartAsync(stop.Token);
        try
        {
            await foreach (var notice in link.Notices.ReadAllAsync(stop.Token))
            {
                await console.Out.WriteLineAsync(Describe(notice));
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or --for elapsed.
        }

        foreach (var view in link.Headsets.OrderBy(h => h.HeadsetId, StringComparer.Ordinal))
        {
            var events = view.Events;
            await console.Out.WriteLineAsync($"{view.HeadsetId}: {view.Presence?.Status ?? "presence unknown"}, {view.State?.Phase ?? "no state"}, " +
                $"{events.Count} events ({events.Count(e => Core.Protocol.EventTypes.IsAlert(e.Type))} alerts), {view.DuplicatesDropped} duplicates dropped");
        }

        return ExitCodes.Ok;
    }

    private static string Describe(ConsoleNotice n)
    {
        var at = n.ReceivedAt.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
        return n switch
        {
            { Problem: { } problem } => $"{at} {n.HeadsetId} unreadable {problem}",
            { Presence: { } p, PresenceFromSilence: true } => $"{at} {n.HeadsetId} presence {p.Status} (nothing heard for {p.KeepAliveSeconds:0.#} s)",
            { Presence: { } p } => $"{at} {n.HeadsetId} presence {p.Status}",
            { State: { } s } => string.Create(CultureInfo.InvariantCulture,
                $"{at} {n.HeadsetId} state #{s.Sequence} {s.Phase} preset={s.PresetId} darkness={s.Darkness.Current:0.##}->{s.Darkness.Target:0.##} volume={s.Volume.Current:0.##}->{s.Volume.Target:0.##}{(s.CheckInId is null ? "" : $" check-in {s.CheckInId} waiting")}"),
            { Ack: { } a } => $"{at} {n.HeadsetId} ack {a.CommandId ?? "(no id)"} {a.Outcome}: {a.Reason}",
            { Event: { } e, IsAlert: true } => $"{at} {n.HeadsetId} ALERT {e.Type} {e.Source ?? e.CheckInId} ({e.Id})",
            { Event: { } e } => $"{at} {n.HeadsetId} event {e.Type} {e.Answer ?? e.To ?? e.Prompt ?? e.Source} ({e.Id})",
            _ => $"{at} {n.HeadsetId} ?",
        };
    }
}
