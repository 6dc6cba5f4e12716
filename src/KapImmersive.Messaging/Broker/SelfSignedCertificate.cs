using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KapImmersive.Messaging.Broker;

/// <summary>
/// A certificate a clinic can make for its own broker: self-signed, so the headsets and the console trust exactly this
/// certificate (configured as their CA) and nothing else.
/// </summary>
public static class SelfSignedCertificate
{
    public static X509Certificate2 Create(string commonName, IEnumerable<string> dnsNames, IEnumerable<IPAddress> addresses, TimeSpan validFor, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(commonName);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var dns in dnsNames)
        {
            names.AddDnsName(dns);
        }

        foreach (var address in addresses)
        {
            names.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(now.AddMinutes(-5), now + validFor);
    }

    /// <summary>Writes the certificate with its key (PKCS#12, for the broker) and without it (PEM, for the clients to trust).</summary>
    public static async Task SaveAsync(X509Certificate2 certificate, string pfxPath, string pemPath, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        await File.WriteAllBytesAsync(pfxPath, certificate.Export(X509ContentType.Pkcs12, password), cancellationToken);
        await File.WriteAllTextAsync(pemPath, certificate.ExportCertificatePem() + "\n", cancellationToken);
    }
}
