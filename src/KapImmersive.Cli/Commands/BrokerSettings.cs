using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// Where the messaging commands read their settings: a JSON file (--config FILE, sections Kap:Broker, Kap:Headset,
/// Kap:Console) and then environment variables (Kap__Console__Link__Password=...), so passwords stay out of commands.
/// </summary>
internal static class BrokerSettings
{
    /// <summary>--config FILE, for a command's own option list (each command gets its own instance).</summary>
    public static Option<string> ConfigOption() =>
        KapOptions.Text("--config", "FILE", "a JSON settings file (sections Kap:Broker, Kap:Headset, Kap:Console); environment variables override it");

    public static HostApplicationBuilder Builder(string? configFile, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (configFile is { } file)
        {
            builder.Configuration.AddJsonFile(console.Resolve(file), optional: false);
        }

        builder.Configuration.AddEnvironmentVariables();
        return builder;
    }

    /// <summary>Builds the host, or prints every configuration problem and returns null.</summary>
    public static async Task<IHost?> BuildAsync(HostApplicationBuilder builder, CliConsole console, string command, CancellationToken cancellationToken)
    {
        try
        {
            var host = builder.Build();
            await host.StartAsync(cancellationToken);
            return host;
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidDataException or FileNotFoundException or InvalidOperationException
            or System.Net.Sockets.SocketException or System.Security.Cryptography.CryptographicException)
        {
            var problems = ex is OptionsValidationException validation ? validation.Failures : [ex.Message];
            foreach (var problem in problems)
            {
                await console.Error.WriteLineAsync($"kap {command}: {problem}");
            }

            return null;
        }
    }
}
