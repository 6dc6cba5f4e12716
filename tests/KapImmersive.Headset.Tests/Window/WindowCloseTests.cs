using System.Diagnostics;
using System.Globalization;
using KapImmersive.Headset.Tests.Support;
using KapImmersive.Testing;

namespace KapImmersive.Headset.Tests.Window;

/// <summary>Closing the preview window is a stop like any other: the patient is brought back gently, the window stays meanwhile.</summary>
public sealed class WindowCloseTests
{
    [Fact]
    public async Task Closing_the_window_starts_the_gentle_return_and_keeps_showing_it()
    {
        using var xvfb = XvfbServer.Start();
        await using var broker = new TestBroker("h7");
        await broker.StartAsync();
        await using var console = await Consoles.ConnectAsync(broker);
        var folder = Directory.CreateTempSubdirectory("kap-window-close-").FullName;
        using var app = StartApp(xvfb.Name, broker, folder);
        try
        {
            await Eventually.TrueAsync(() => console.Find("h7")?.State?.Phase == "idle", "the headset's first state", 30);
            using var desk = new XClient(xvfb.Name);
            var window = Assert.Single(desk.TopLevelWindows());

            desk.Close(window);

            await Eventually.TrueAsync(() => console.Find("h7")?.State?.Phase == "return", "the gentle return after the window closed", 10);
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(app.HasExited, "the app vanished instead of bringing the patient back");
            Assert.Equal([window], desk.TopLevelWindows());
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process StartApp(string display, TestBroker broker, string folder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepositoryRoot.Path };
        start.Environment["DISPLAY"] = display;
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "kap-headset.dll"), "--id", "h7", "--password", broker.Passwords["h7"], "--broker", "127.0.0.1",
            "--port", broker.Port.ToString(CultureInfo.InvariantCulture), "--presets", "environments", "--display", "Window", "--audio", "Null",
            $"--Kap:App:SessionLogFolder={folder}", $"--Kap:Headset:OutboxFolder={Path.Combine(folder, "outbox")}", "--Kap:App:FrameRate=30",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
