using System.CommandLine;
using System.Net;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap broker make-certificate`: a self-signed certificate for a clinic's broker, and the PEM its clients trust.</summary>
internal sealed class BrokerCertificateCommand : ICliCommand
{
    public string Name => "broker make-certificate";

    public string Summary => "writes broker.pfx (for Kap:Broker:CertificatePath) and broker-ca.pem (for the clients' CaCertificatePath)";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var output = new Option<string>("--out") { HelpName = "FOLDER", Description = "where broker.pfx and broker-ca.pem are written", Required = true };
        var hosts = KapOptions.Text("--hosts", "NAME-OR-IP,...", "the names and addresses clients use to reach the broker (localhost,127.0.0.1)");
        var days = KapOptions.Number("--days", "N", "how long the certificate is valid (825)", d => d > 0 ? null : "use more than 0 days");
        command.Options.Add(output);
        command.Options.Add(hosts);
        command.Options.Add(days);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetRequiredValue(output), parse.GetValue(hosts), parse.GetValue(days), console, cancellationToken));
    }

    private static async Task<int> RunAsync(string outFolder, string? hostList, double? days, CliConsole console, CancellationToken cancellationToken)
    {
        var hosts = (hostList ?? "localhost,127.0.0.1").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0)
        {
            await console.Error.WriteLineAsync("kap broker make-certificate: --hosts names no host");
            return ExitCodes.Usage;
        }

        var addresses = hosts.Select(h => IPAddress.TryParse(h, out var ip) ? ip : null).OfType<IPAddress>().ToList();
        var names = hosts.Where(h => !IPAddress.TryParse(h, out _)).ToList();
        var folder = console.Resolve(outFolder);
        Directory.CreateDirectory(folder);
        using var certificate = SelfSignedCertificate.Create(hosts[0], names, addresses, TimeSpan.FromDays(days ?? 825), DateTimeOffset.UtcNow);
        await SelfSignedCertificate.SaveAsync(certificate, Path.Combine(folder, "broker.pfx"), Path.Combine(folder, "broker-ca.pem"), null, cancellationToken);
        await console.Out.WriteLineAsync($"kap broker make-certificate: wrote broker.pfx and broker-ca.pem to {folder} for {string.Join(", ", hosts)}");
        return ExitCodes.Ok;
    }
}
