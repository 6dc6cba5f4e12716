using System.Diagnostics;
using System.Globalization;
using KapImmersive.Headset.Tests.Support;
using KapImmersive.Testing;

namespace KapImmersive.Headset.Tests;

/// <summary>What the device must keep (the outbox, the session logs) goes to one data folder, made when missing, never relative to where the app started.</summary>
public sealed class DataFolderTests
{
    [Fact]
    public async Task With_the_local_data_folder_missing_it_is_made_and_nothing_lands_beside_where_the_app_started()
    {
        var missing = Path.Combine(Directory.CreateTempSubdirectory("kap-xdg-").FullName, "not", "yet", "share");
        var besideStart = new[] { "outbox", "session-logs" }.Where(f => Directory.Exists(RepositoryRoot.Combine(f))).ToList();
        using var app = HeadsetProcess.Start(
        [
            "--id", "h1", "--password", "x", "--broker", "127.0.0.1", "--port", FreePort().ToString(CultureInfo.InvariantCulture),
            "--presets", "environments", "--audio", "Null", "--Rendering:EyeWidth=16", "--Rendering:EyeHeight=16", "--Kap:App:ShutdownReturnSeconds=30",
        ], display: null, new Dictionary<string, string?> { ["XDG_DATA_HOME"] = missing });

        var outbox = Path.Combine(missing, "kap", "outbox", "h1");
        var logs = Path.Combine(missing, "kap", "session-logs");
        await Eventually.TrueAsync(() => Directory.Exists(outbox) && Directory.Exists(logs) && Directory.GetFiles(logs, "h1-*.jsonl").Length == 1,
            $"the outbox and the session log under {missing}", 60);
        Assert.False(app.HasExited, "the app runs, its patient's session held calm while the broker is away");
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();

        Assert.True(File.Exists(RepositoryRoot.Combine("kap")), "the checkout's kap script is where the app started");
        Assert.Equal(besideStart, new[] { "outbox", "session-logs" }.Where(f => Directory.Exists(RepositoryRoot.Combine(f))));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
