using System.Net;
using System.Net.Sockets;

namespace KapImmersive.Headset.Web.Tests.Support;

/// <summary>
/// A TCP relay on 127.0.0.1 between the headset's browser and the console, whose line can be cut (every connection
/// closed, new ones refused, as when the clinic's Wi-Fi goes down) and restored on the same port.
/// </summary>
internal sealed class CuttableRelay : IAsyncDisposable
{
    private readonly int _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _accepting = new();

    public CuttableRelay(int target)
    {
        _target = target;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public void Restore()
    {
        _accepting.Dispose();
        _accepting = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _accepting.Token);
    }

    public async Task CutAsync()
    {
        await _accepting.CancelAsync();
        _listener?.Stop();
        lock (_open)
        {
            foreach (var client in _open)
            {
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CutAsync();
        _accepting.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient browser;
            try
            {
                browser = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var console = new TcpClient();
            try
            {
                await console.ConnectAsync(IPAddress.Loopback, _target, cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException)
            {
                browser.Dispose();
                console.Dispose();
                continue;
            }

            lock (_open)
            {
                _open.Add(browser);
                _open.Add(console);
            }

            _ = PumpAsync(browser, console);
            _ = PumpAsync(console, browser);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
            to.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The line was cut: both ends are closed by CutAsync.
        }
    }
}
