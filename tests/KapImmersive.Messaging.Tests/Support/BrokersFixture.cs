namespace KapImmersive.Messaging.Tests.Support;

/// <summary>Certificates, accounts and one running broker of each kind, shared by the tests that do not restart them.</summary>
public sealed class BrokersFixture : IAsyncLifetime
{
    private readonly Dictionary<BrokerKind, TestBroker> _brokers = [];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"kap-messaging-tests-{Guid.NewGuid():N}");

    internal TestCredentials Credentials { get; } = new(headsets: 14);

    internal TestCertificates Certificates { get; private set; } = null!;

    internal TestBroker this[BrokerKind kind] => _brokers[kind];

    public async Task InitializeAsync()
    {
        Certificates = await TestCertificates.CreateAsync(Path.Combine(Folder, "certificates"), CancellationToken.None);
        foreach (var kind in Enum.GetValues<BrokerKind>())
        {
            _brokers[kind] = await TestBroker.StartAsync(kind, Credentials, Certificates, Path.Combine(Folder, kind.ToString()), CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var broker in _brokers.Values)
        {
            await broker.DisposeAsync();
        }

        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>A fresh folder for one test's outboxes.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(Folder, $"{name}-{Guid.NewGuid():N}")).FullName;
}
