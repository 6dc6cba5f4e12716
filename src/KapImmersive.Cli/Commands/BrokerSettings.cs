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
    public const string Usage = "[--config FILE]";

    public static HostApplicationBuilder Builder(CliArguments args, CliConsole console, IDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (args.Option("config") is { } file)
        {
            builder.Configuration.AddJsonFile(console.Resolve(file), optional: false);
        }

        builder.Configuration.AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

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
