using System.Diagnostics;
using System.Globalization;

namespace KapImmersive.Headset.Tests.Window;

/// <summary>
/// A real X server with no screen for one test: Xvfb picks a free display number itself and writes it when it is
/// ready (-displayfd), so tests running side by side never race for one. It never resets (-noreset): by default an X
/// server starts over when its last client leaves and refuses connections meanwhile, and a test's own checks (is there a
/// display?) are often that last client. Stopped when disposed.
/// </summary>
internal sealed class XvfbServer : IDisposable
{
    private readonly Process _process;

    private XvfbServer(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    /// <summary>The display name, as DISPLAY would hold it (":N").</summary>
    public string Name { get; }

    public static XvfbServer Start()
    {
        var start = new ProcessStartInfo("Xvfb") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-displayfd", "1", "-noreset", "-screen", "0", "1280x720x24", "-nolisten", "tcp" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Xvfb did not start: install xvfb");
        process.ErrorDataReceived += (_, _) => { }; // read and dropped, so Xvfb's warnings never fill the pipe and stall it
        process.BeginErrorReadLine();
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(10)) || ready.Result is not { } number)
        {
            process.Kill();
            throw new InvalidOperationException("Xvfb did not say which display it serves within 10 s");
        }

        return new XvfbServer(process, ":" + int.Parse(number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }
}
