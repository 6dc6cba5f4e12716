using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KapImmersive.Console.Hosting;

/// <summary>The clinic's certificate for HTTPS: loaded once for Kestrel, and checked at start with the reason when it will not do.</summary>
public static class ClinicCertificate
{
    /// <summary>The certificate with its key, or null and the reason (missing file, wrong password, no key in it).</summary>
    public static X509Certificate2? TryLoad(ClinicOptions clinic, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        problem = null;
        if (clinic.CertificatePath is not { } path)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            problem = $"CertificatePath: '{path}' does not exist";
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, clinic.CertificatePassword);
        }
        catch (CryptographicException ex)
        {
            problem = $"CertificatePath: '{path}' cannot be opened as PKCS#12 with CertificatePassword ({ex.Message.TrimEnd('.')})";
            return null;
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            problem = $"CertificatePath: '{path}' holds no private key; HTTPS needs the certificate with its key (a .pfx)";
            return null;
        }

        return certificate;
    }
}
