using System.Net;
using System.Net.Sockets;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>
/// A TCP relay on 127.0.0.1 that can freeze: it stops passing bytes and accepting connections but keeps its sockets
/// open, like a headset whose battery died or whose Wi-Fi vanished, with no FIN and no MQTT DISCONNECT.
/// </summary>
internal sealed class FreezableProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _target;
    private readonly CancellationTokenSource _frozen = new();
    private readonly List<TcpClient> _sockets = [];
    private readonly Task _accepting;

    public FreezableProxy(int target)
    {
        _target = target;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    public async Task FreezeAsync()
    {
        await _frozen.CancelAsync();
        _listener.Stop();
    }

    public async ValueTask DisposeAsync()
    {
        await FreezeAsync();
        await _accepting;
        lock (_sockets)
        {
            foreach (var socket in _sockets)
            {
                socket.Dispose();
            }
        }

        _frozen.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_frozen.IsCancellationRequested)
            {
                var inbound = await _listener.AcceptTcpClientAsync(_frozen.Token);
                var outbound = new TcpClient { NoDelay = true };
                await outbound.ConnectAsync(IPAddress.Loopback, _target, _frozen.Token);
                inbound.NoDelay = true;
                lock (_sockets)
                {
                    _sockets.Add(inbound);
                    _sockets.Add(outbound);
                }

                _ = RelayAsync(inbound.GetStream(), outbound.GetStream());
                _ = RelayAsync(outbound.GetStream(), inbound.GetStream());
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Frozen or disposed: nothing more is accepted.
        }
    }

    private async Task RelayAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _frozen.Token)) > 0)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), _frozen.Token);
            }

            to.Socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Frozen, or one side went away.
        }
    }
}
