using KapImmersive.Messaging.Broker;

namespace KapImmersive.Messaging.Tests.Support;

internal sealed class EmbeddedTestBroker(TestCredentials credentials, TestCertificates certificates) : TestBroker(credentials, certificates)
{
    private KapBroker? _broker;

    public override BrokerKind Kind => BrokerKind.Embedded;

    public BrokerOptions Options => new()
    {
        Port = Port,
        TlsPort = TlsPort,
        CertificatePath = Certificates.ServerPfx,
        CertificatePassword = "",
        Users = Credentials.Users,
    };

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _broker = new KapBroker(Options, TimeProvider.System);
        await _broker.StartAsync(cancellationToken);
        await WaitListeningAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_broker is { } broker)
        {
            _broker = null;
            await broker.DisposeAsync();
        }
    }
}
