namespace KapImmersive.Messaging.Tests.Support;

/// <summary>A broker a test starts, stops (and starts again, for fault tests) on free 127.0.0.1 ports.</summary>
internal abstract class TestBroker : IAsyncDisposable
{
    protected TestBroker(TestCredentials credentials, TestCertificates certificates)
    {
        Credentials = credentials;
        Certificates = certificates;
    }

    public abstract BrokerKind Kind { get; }

    public int Port { get; } = FreePort.Next();

    public int TlsPort { get; } = FreePort.Next();

    public TestCredentials Credentials { get; }

    public TestCertificates Certificates { get; }

    public static async Task<TestBroker> StartAsync(BrokerKind kind, TestCredentials credentials, TestCertificates certificates, string folder, CancellationToken cancellationToken)
    {
        TestBroker broker = kind == BrokerKind.Embedded
            ? new EmbeddedTestBroker(credentials, certificates)
            : new MosquittoTestBroker(credentials, certificates, folder);
        await broker.StartAsync(cancellationToken);
        return broker;
    }

    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task StopAsync(CancellationToken cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        GC.SuppressFinalize(this);
    }

    /// <summary>Waits until the broker accepts TCP connections on its ports.</summary>
    protected async Task WaitListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        foreach (var port in new[] { Port, TlsPort })
        {
            while (true)
            {
                try
                {
                    using var client = new System.Net.Sockets.TcpClient();
                    await client.ConnectAsync(System.Net.IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(20, cancellationToken);
                }
            }
        }
    }
}
