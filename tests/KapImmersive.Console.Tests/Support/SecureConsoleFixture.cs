using System.Net;
using System.Security.Cryptography.X509Certificates;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Console.Tests.Support;

/// <summary>
/// A console a clinic has given a certificate (self-signed, as `kap broker make-certificate` makes it), answering HTTPS on
/// a port of its own, and serving a stand-in for the web headset from a folder of its own.
/// </summary>
public sealed class SecureConsoleFixture : IAsyncLifetime
{
    private const string CertificatePassword = "clinic-certificate-1";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kap-console-tests", Guid.NewGuid().ToString("N"))).FullName;

    internal ConsoleRig Console { get; private set; } = null!;

    /// <summary>The clinic's certificate without its key: what a headset is told to trust.</summary>
    internal X509Certificate2 Certificate { get; private set; } = null!;

    internal string AppFolder { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var pfx = Path.Combine(_folder, "console.pfx");
        var pem = Path.Combine(_folder, "console-ca.pem");
        using (var made = SelfSignedCertificate.Create("kap-console", ["localhost"], [IPAddress.Loopback], TimeSpan.FromDays(30), DateTimeOffset.UtcNow))
        {
            await SelfSignedCertificate.SaveAsync(made, pfx, pem, CertificatePassword, CancellationToken.None);
        }

        Certificate = X509CertificateLoader.LoadCertificateFromFile(pem);
        AppFolder = HeadsetAppFolder.Create(_folder);
        Console = await ConsoleRig.StartAsync(["room-a"], new Dictionary<string, string?>
        {
            ["Kap:Clinic:CertificatePath"] = pfx,
            ["Kap:Clinic:CertificatePassword"] = CertificatePassword,
            ["Kap:Clinic:HttpsPort"] = "0",
            ["Kap:Clinic:HeadsetAppFolder"] = AppFolder,
        });
    }

    public async Task DisposeAsync()
    {
        await Console.DisposeAsync();
        Certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>An anonymous client of the console's HTTPS port that trusts only the clinic's certificate and notes the one it was shown.</summary>
    internal HttpClient SecureClient(out Func<X509Certificate2?> presented)
    {
        X509Certificate2? shown = null;
        presented = () => shown;
        var expected = Certificate.GetCertHashString();
        var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                shown = certificate is null ? null : X509CertificateLoader.LoadCertificate(certificate.RawData);
                return certificate?.GetCertHashString() == expected;
            },
        };
        return new HttpClient(handler) { BaseAddress = Console.SecureAddress };
    }
}
