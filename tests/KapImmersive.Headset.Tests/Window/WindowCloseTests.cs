using System.Globalization;
using KapImmersive.Headset.Tests.Support;

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
        using var app = HeadsetProcess.Start(
        [
            "--id", "h7", "--password", broker.Passwords["h7"], "--broker", "127.0.0.1", "--port", broker.Port.ToString(CultureInfo.InvariantCulture),
            "--presets", "environments", "--display", "Window", "--audio", "Null", "--Kap:App:FrameRate=30",
            $"--Kap:App:SessionLogFolder={folder}", $"--Kap:Headset:OutboxFolder={Path.Combine(folder, "outbox")}",
        ], xvfb.Name);
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
}
