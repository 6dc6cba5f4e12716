using System.Net;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Broker;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Messaging.Tests;

[Collection(BrokersGroup.Name)]
public sealed class SelfSignedTlsTests(BrokersFixture brokers)
{
    [Fact]
    public async Task A_clinic_made_self_signed_certificate_secures_the_embedded_broker_and_only_it_is_trusted()
    {
        var folder = brokers.NewFolder("self-signed");
        using (var certificate = SelfSignedCertificate.Create("kap-broker", ["localhost"], [IPAddress.Loopback], TimeSpan.FromDays(30), DateTimeOffset.UtcNow))
        {
            await SelfSignedCertificate.SaveAsync(certificate, Path.Combine(folder, "broker.pfx"), Path.Combine(folder, "broker-ca.pem"), null, CancellationToken.None);
        }

        var tlsPort = FreePort.Next();
        await using var broker = new KapBroker(new BrokerOptions
        {
            Port = 0, TlsPort = tlsPort, CertificatePath = Path.Combine(folder, "broker.pfx"), Users = brokers.Credentials.Users,
        }, TimeProvider.System);
        await broker.StartAsync(CancellationToken.None);
        var fixtureBroker = brokers[BrokerKind.Embedded];

        await using var trusting = new ConsoleLink(new ConsoleLinkOptions
        {
            Link = Links.For(fixtureBroker, TestCredentials.ConsoleUser) with { Port = tlsPort, UseTls = true, CaCertificatePath = Path.Combine(folder, "broker-ca.pem") },
        }, TimeProvider.System);
        await trusting.StartAsync(CancellationToken.None);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await trusting.WaitConnectedAsync(wait.Token);

        await using var wrongCa = new ConsoleLink(new ConsoleLinkOptions
        {
            Link = Links.For(fixtureBroker, TestCredentials.ConsoleUser) with { Port = tlsPort, UseTls = true, CaCertificatePath = brokers.Certificates.CaCertificate },
            CommandTimeoutSeconds = 0.5,
        }, TimeProvider.System);
        await wrongCa.StartAsync(CancellationToken.None);
        var refused = await wrongCa.SendAsync("h1", new ClearMessage("never", "dr-test"), CancellationToken.None);

        Assert.True(trusting.IsConnected);
        Assert.False(wrongCa.IsConnected);
        Assert.Equal(CommandOutcome.TimedOut, refused.Outcome);
    }
}
