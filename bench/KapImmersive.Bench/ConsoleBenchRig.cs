using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using KapImmersive.Console.Accounts;
using KapImmersive.Console.Hosting;
using KapImmersive.Messaging.Broker;
using KapImmersive.Messaging.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using LinkOptions = KapImmersive.Messaging.Connection.LinkOptions;

namespace KapImmersive.Bench;

/// <summary>One console (embedded broker, SQLite record on disk) with many simulated headsets, and a signed-in HTTP client.</summary>
internal sealed partial class ConsoleBenchRig : IAsyncDisposable
{
    public const string Clinician = "bench";
    public const string Password = "bench-password-1";

    private ConsoleBenchRig(WebApplication app, string folder)
    {
        App = app;
        Folder = folder;
    }

    public WebApplication App { get; }

    public string Folder { get; }

    /// <summary>The simulated patients: each the headset runtime with no display, on its own link.</summary>
    public List<HeadsetRig> Headsets { get; } = [];

    public string Database => Path.Combine(Folder, "record.db");

    public static async Task<ConsoleBenchRig> StartAsync(int headsets, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kap-console-bench", Guid.NewGuid().ToString("N"));
        var brokerPort = FreePort();
        var ids = Enumerable.Range(1, headsets).Select(i => string.Create(CultureInfo.InvariantCulture, $"bench-{i:00}")).ToList();
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Kap:Clinic:Port"] = "0",
            ["Kap:Clinic:Database"] = Path.Combine(folder, "record.db"),
            ["Kap:Clinic:PresetsFolder"] = "environments",
            ["Kap:Broker:Port"] = brokerPort.ToString(CultureInfo.InvariantCulture),
            ["Kap:Broker:ConnectionBurst"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        for (var i = 0; i < ids.Count; i++)
        {
            settings[$"Kap:Broker:Users:{i}:Name"] = ids[i];
            settings[$"Kap:Broker:Users:{i}:Role"] = nameof(BrokerRole.Headset);
            settings[$"Kap:Broker:Users:{i}:PasswordHash"] = PasswordHash.Create(ids[i] + "-pw", 1_000);
        }

        var app = ConsoleApp.Build([], settings);
        await app.StartAsync(cancellationToken);
        app.Services.GetRequiredService<ClinicianAccounts>().Add(Clinician, Password);
        var rig = new ConsoleBenchRig(app, folder);
        var outboxes = Directory.Exists("/dev/shm") ? Path.Combine("/dev/shm", "kap-console-bench", Guid.NewGuid().ToString("N")) : Path.Combine(folder, "outboxes");
        foreach (var id in ids)
        {
            var link = new LinkOptions { Port = brokerPort, UserName = id, Password = id + "-pw" };
            rig.Headsets.Add(await HeadsetRig.StartAsync(link, id, Path.Combine(outboxes, id), waitConnected: false));
        }

        foreach (var headset in rig.Headsets)
        {
            await headset.Link.WaitConnectedAsync(cancellationToken);
        }

        return rig;
    }

    public IReadOnlyList<string> HeadsetIds => [.. Headsets.Select(h => h.Link.HeadsetId)];

    public Task<HttpClient> SignedInClientAsync(CancellationToken cancellationToken) => SignedInClientAsync(App, cancellationToken);

    /// <summary>An HTTP client signed in to the console as the bench clinician (whom the caller added), sending the anti-forgery token.</summary>
    public static async Task<HttpClient> SignedInClientAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.Address()),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), cancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value),
            ["name"] = Clinician,
            ["password"] = Password,
        });
        using var signIn = await client.PostAsync(new Uri("/signin", UriKind.Relative), form, cancellationToken);
        var csrf = await client.GetStringAsync(new Uri("/api/csrf", UriKind.Relative), cancellationToken);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", CsrfField().Match(csrf).Groups[1].Value);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var headset in Headsets)
        {
            await headset.DisposeAsync();
        }

        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("\"token\":\"([^\"]*)\"")]
    private static partial Regex CsrfField();
}
