using System.Diagnostics;

namespace KapImmersive.Audio.Tests.Support;

/// <summary>A private PulseAudio server with only a null sink, started for a test and stopped after it.</summary>
internal sealed class PulseServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private PulseServer(Process process, string folder, string socket)
    {
        _process = process;
        _folder = folder;
        Address = $"unix:{socket}";
    }

    public string Address { get; }

    public static PulseServer Start()
    {
        var folder = Directory.CreateTempSubdirectory("kap-pulse-").FullName;
        var socket = Path.Combine(folder, "native");
        var start = new ProcessStartInfo("pulseaudio")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "--disable-shm=yes",
            "-L", $"module-native-protocol-unix auth-anonymous=1 socket={socket}", "-L", "module-null-sink",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Its own runtime and state folders, so it never meets another PulseAudio on the machine.
        start.Environment["XDG_RUNTIME_DIR"] = folder;
        start.Environment["HOME"] = folder;
        var process = Process.Start(start) ?? throw new InvalidOperationException("pulseaudio did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(socket))
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new InvalidOperationException("pulseaudio did not open its socket (is Debian's pulseaudio installed?)");
            }

            Thread.Sleep(50);
        }

        return new PulseServer(process, folder, socket);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
