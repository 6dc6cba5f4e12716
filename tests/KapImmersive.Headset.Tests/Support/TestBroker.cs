using System.Net;
using System.Net.Sockets;
using KapImmersive.Messaging.Broker;
using KapImmersive.Messaging.Connection;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>The embedded broker on a free loopback port, with one console user and a few headsets; stoppable and restartable.</summary>
internal sealed class TestBroker : IAsyncDisposable
{
    public const string ConsoleUser = "clinic";

    private KapBroker? _broker;

    public TestBroker(params string[] headsets)
    {
        Port = FreePort();
        Passwords = headsets.Append(ConsoleUser).ToDictionary(u => u, u => $"pw-{u}-{Guid.NewGuid():N}", StringComparer.Ordinal);
    }

    public int Port { get; }

    public IReadOnlyDictionary<string, string> Passwords { get; }

    public async Task StartAsync()
    {
        var users = Passwords.Select(p => new BrokerUser
        {
            Name = p.Key,
            Role = p.Key == ConsoleUser ? BrokerRole.Console : BrokerRole.Headset,
            PasswordHash = PasswordHash.Create(p.Value, iterations: 1_000),
        }).ToList();
        _broker = new KapBroker(new BrokerOptions { Address = "127.0.0.1", Port = Port, Users = users }, TimeProvider.System);
        await _broker.StartAsync(CancellationToken.None);
    }

    public async Task StopAsync()
    {
        if (_broker is { } broker)
        {
            _broker = null;
            await broker.DisposeAsync();
        }
    }

    public LinkOptions LinkFor(string user) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        UserName = user,
        Password = Passwords[user],
        KeepAliveSeconds = 5,
        ReconnectMinSeconds = 0.05,
        ReconnectMaxSeconds = 0.3,
    };

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
