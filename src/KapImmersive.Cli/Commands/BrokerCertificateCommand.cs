using System.Net;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap broker make-certificate`: a self-signed certificate for a clinic's broker, and the PEM its clients trust.</summary>
internal sealed class BrokerCertificateCommand : ICliCommand
{
    public string Name => "broker make-certificate";

    public string Usage => "--out FOLDER [--hosts NAME-OR-IP,...] [--days N]";

    public string Summary => "writes broker.pfx (for Kap:Broker:CertificatePath) and broker-ca.pem (for the clients' CaCertificatePath)";

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        var daysRead = args.TryNumber("days", out var error, out var days);
        if (args.Option("out") is not { } outFolder || !daysRead || days is <= 0)
        {
            await console.Error.WriteLineAsync($"kap broker make-certificate: {error ?? "--out FOLDER is required and --days is positive"}");
            return ExitCodes.Usage;
        }

        var hosts = (args.Option("hosts") ?? "localhost,127.0.0.1").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
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
