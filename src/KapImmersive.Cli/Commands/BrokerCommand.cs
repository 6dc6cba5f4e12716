using System.CommandLine;
using KapImmersive.Messaging.Broker;
using KapImmersive.Messaging.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap broker`: the embedded broker on its own, until Ctrl+C.</summary>
internal sealed class BrokerCommand : ICliCommand
{
    public string Name => "broker";

    public string Summary => "runs the embedded MQTT broker (users, ACLs, TLS from the Kap:Broker settings) until Ctrl+C";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var config = BrokerSettings.ConfigOption();
        command.Options.Add(config);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(config), console, cancellationToken));
    }

    private async Task<int> RunAsync(string? config, CliConsole console, CancellationToken cancellationToken)
    {
        var builder = BrokerSettings.Builder(config, console);
        builder.AddKapBroker();
        using var host = await BrokerSettings.BuildAsync(builder, console, Name, cancellationToken);
        if (host is null)
        {
            return ExitCodes.Failed;
        }

        var options = host.Services.GetRequiredService<IOptions<BrokerOptions>>().Value;
        var listeners = new List<string>();
        if (options.Port > 0)
        {
            listeners.Add($"mqtt://{options.Address}:{options.Port}");
        }

        if (options.CertificatePath is not null)
        {
            listeners.Add($"mqtts://{options.Address}:{options.TlsPort}");
        }

        await console.Out.WriteLineAsync($"kap broker: listening on {string.Join(" and ", listeners)} for {options.Users.Count} users; Ctrl+C stops");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop below.
        }

        await host.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}
