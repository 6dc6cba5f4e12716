using System.Net;
using System.Net.Sockets;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Cli.Tests.Support;

/// <summary>The embedded broker on a free loopback port with a console user and headset users, each with a fresh password.</summary>
internal sealed class TestBroker : IAsyncDisposable
{
    public const string ConsoleUser = "clinic";

    private readonly KapBroker _broker;

    private TestBroker(KapBroker broker, int port, Dictionary<string, string> passwords)
    {
        _broker = broker;
        Port = port;
        Passwords = passwords;
    }

    public int Port { get; }

    public IReadOnlyDictionary<string, string> Passwords { get; }

    public static async Task<TestBroker> StartAsync(params string[] headsets)
    {
        var passwords = headsets.Append(ConsoleUser).ToDictionary(u => u, u => $"pw-{u}-{Guid.NewGuid():N}", StringComparer.Ordinal);
        var users = passwords.Select(p => new BrokerUser
        {
            Name = p.Key,
            Role = p.Key == ConsoleUser ? BrokerRole.Console : BrokerRole.Headset,
            PasswordHash = PasswordHash.Create(p.Value, iterations: 1_000),
        }).ToList();
        var port = FreePort();
        var broker = new KapBroker(new BrokerOptions { Address = "127.0.0.1", Port = port, Users = users }, TimeProvider.System);
        await broker.StartAsync(CancellationToken.None);
        return new TestBroker(broker, port, passwords);
    }

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
