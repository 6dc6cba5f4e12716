using System.Diagnostics;
using KapImmersive.Testing;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>The kap-headset app in a process of its own, started from the checkout as a technician would start it.</summary>
internal static class HeadsetProcess
{
    /// <summary>Starts the app; its output is read and dropped so it never blocks on a full pipe.</summary>
    /// <param name="display">The X display it may use; null: none at all.</param>
    /// <param name="environment">Variables to set (or, with a null value, to remove) for the app.</param>
    public static Process Start(IEnumerable<string> args, string? display, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var process = Process.Start(StartInfo(args, display, environment))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the app to its end; what it said on both outputs, and its exit code.</summary>
    public static async Task<(int ExitCode, string Said)> RunAsync(IEnumerable<string> args, string? display = null)
    {
        using var process = Process.Start(StartInfo(args, display))!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await errors + output);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args, string? display, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepositoryRoot.Path };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kap-headset.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("DISPLAY");
        if (display is not null)
        {
            start.Environment["DISPLAY"] = display;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
