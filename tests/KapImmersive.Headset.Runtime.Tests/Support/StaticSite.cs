using System.Net;
using System.Net.Sockets;

namespace KapImmersive.Headset.Runtime.Tests.Support;

/// <summary>A small web server on 127.0.0.1 serving files from a few folders, with the types a WebAssembly app needs.</summary>
internal sealed class StaticSite : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript", [".mjs"] = "text/javascript", [".json"] = "application/json",
        [".wasm"] = "application/wasm", [".dat"] = "application/octet-stream", [".pdb"] = "application/octet-stream",
    };

    private readonly HttpListener _listener = new();
    private readonly IReadOnlyList<string> _roots;
    private readonly Task _serving;

    private StaticSite(IReadOnlyList<string> roots, int port)
    {
        _roots = roots;
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    /// <param name="roots">Folders searched in order for each path.</param>
    public static StaticSite Start(params string[] roots)
    {
        foreach (var root in roots)
        {
            Assert.True(Directory.Exists(root), $"{root} is missing: build the solution first (dotnet build KapImmersive.sln)");
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new StaticSite(roots, port);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            await RespondAsync(context);
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
        var file = _roots.Select(root => Path.GetFullPath(Path.Combine(root, path)))
            .FirstOrDefault(f => _roots.Any(r => f.StartsWith(Path.GetFullPath(r), StringComparison.Ordinal)) && File.Exists(f));
        using var response = context.Response;
        if (file is null)
        {
            response.StatusCode = 404;
            return;
        }

        response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        var bytes = await File.ReadAllBytesAsync(file);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }
}
