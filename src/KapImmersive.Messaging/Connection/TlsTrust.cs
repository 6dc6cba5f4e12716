using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using MQTTnet;

namespace KapImmersive.Messaging.Connection;

/// <summary>Checks the broker's certificate against one configured root, or the system's roots when none is configured.</summary>
public static class TlsTrust
{
    public static MqttClientTlsOptions Options(string host, string? caCertificatePath)
    {
        var builder = new MqttClientTlsOptionsBuilder().UseTls(true).WithTargetHost(host);
        if (caCertificatePath is null)
        {
            return builder.Build();
        }

        var root = X509CertificateLoader.LoadCertificateFromFile(caCertificatePath);
        return builder.WithCertificateValidationHandler(args => IsTrusted(args.Certificate, args.SslPolicyErrors, root)).Build();
    }

    private static bool IsTrusted(X509Certificate? presented, SslPolicyErrors errors, X509Certificate2 root)
    {
        if (presented is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var certificate = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
