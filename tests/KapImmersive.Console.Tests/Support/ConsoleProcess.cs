using System.Diagnostics;
using System.Net;

namespace KapImmersive.Console.Tests.Support;

/// <summary>The console as a child process (`dotnet KapImmersive.Console.dll`), so a test can kill it with SIGKILL.</summary>
internal sealed class ConsoleProcess : IDisposable
{
    private readonly Process _process;

    private ConsoleProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public bool HasExited => _process.HasExited;

    public static async Task<ConsoleProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string logFile)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ConsoleDll());
        start.ArgumentList.Add($"--Kap:Clinic:Port={port}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _ = CopyAsync(process, logFile);
        var console = new ConsoleProcess(process, port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/signin", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return console;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        console.Dispose();
        throw new InvalidOperationException($"the console did not start within 30 s (exited: {process.HasExited}); see {logFile}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, nothing the process could still do.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static async Task CopyAsync(Process process, string logFile)
    {
        await using var log = File.AppendText(logFile);
        await Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(log.BaseStream), process.StandardError.BaseStream.CopyToAsync(log.BaseStream));
    }

    /// <summary>The build copies the console with its runtime configuration next to the tests.</summary>
    private static string ConsoleDll() => Path.Combine(AppContext.BaseDirectory, "KapImmersive.Console.dll");
}
