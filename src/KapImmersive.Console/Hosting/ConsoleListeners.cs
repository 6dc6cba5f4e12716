using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KapImmersive.Console.Hosting;

/// <summary>Where the console listens: plain HTTP on the clinic's address and port, and HTTPS beside it once the clinic gives a certificate.</summary>
internal static class ConsoleListeners
{
    /// <summary>
    /// The web application asks for its server while being built, before the settings are checked at start; a wrong
    /// address, port or certificate is left to that check, which names it.
    /// </summary>
    public static void Listen(KestrelServerOptions kestrel, ClinicOptions clinic)
    {
        if (!IPAddress.TryParse(clinic.Address, out var address) || clinic.Port is < 0 or > 65535)
        {
            return;
        }

        kestrel.Listen(address, clinic.Port);
        if (clinic.HttpsPort is >= 0 and <= 65535 && ClinicCertificate.TryLoad(clinic, out _) is { } certificate)
        {
            // Kestrel keeps the certificate for as long as it listens, which is the console's lifetime.
            kestrel.Listen(address, clinic.HttpsPort, listen => listen.UseHttps(certificate));
        }
    }
}
