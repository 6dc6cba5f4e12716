using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using KapImmersive.Console.Accounts;
using KapImmersive.Console.Hosting;
using KapImmersive.Headset.Runtime.Patient;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KapImmersive.Console.Tests.Support;

/// <summary>A real console in this process: embedded broker on a free port, its own database folder, one clinician.</summary>
internal sealed partial class ConsoleRig : IAsyncDisposable
{
    public const string Clinician = "clara";
    public const string Password = "quiet-harbour-7";

    private readonly List<HeadsetRig> _headsets = [];
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<WebApplication>? _alsoMap;

    private ConsoleRig(WebApplication app, int brokerPort, string folder, Dictionary<string, string?> settings, Action<WebApplication>? alsoMap)
    {
        App = app;
        BrokerPort = brokerPort;
        Folder = folder;
        _settings = settings;
        _alsoMap = alsoMap;
    }

    public WebApplication App { get; private set; }

    public int BrokerPort { get; private set; }

    public string Folder { get; }

    public Uri Address => new(App.Address());

    /// <summary>The HTTPS address, when the rig was given a certificate.</summary>
    public Uri SecureAddress => new(App.SecureAddress() ?? throw new InvalidOperationException("the console has no certificate"));

    /// <summary>Starts a console; <paramref name="alsoMap"/> lets a test add endpoints of its own to the real pipeline before it starts.</summary>
    public static async Task<ConsoleRig> StartAsync(IEnumerable<string> headsetIds, IEnumerable<KeyValuePair<string, string?>>? extra = null,
        Action<WebApplication>? alsoMap = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kap-console-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var brokerPort = FreePort.Next();
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Kap:Clinic:Port"] = "0",
            ["Kap:Clinic:Database"] = Path.Combine(folder, "record.db"),
            ["Kap:Clinic:PresetsFolder"] = TestPresets.Folder,
            ["Kap:Clinic:LostLinkAlertSeconds"] = "0.5",
            ["Kap:Broker:Port"] = brokerPort.ToString(CultureInfo.InvariantCulture),
            ["Kap:Console:CommandTimeoutSeconds"] = "3",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in BrokerUsers.Headsets(headsetIds).Concat(extra ?? []))
        {
            settings[key] = value;
        }

        var app = ConsoleApp.Build([], settings);
        alsoMap?.Invoke(app);
        await app.StartAsync();
        Assert.Null(app.Services.GetRequiredService<ClinicianAccounts>().Add(Clinician, Password));
        return new ConsoleRig(app, brokerPort, folder, settings, alsoMap);
    }

    /// <summary>
    /// Stops the console and starts it again on the same record and settings (a fresh broker port, since the old one
    /// may linger in TIME_WAIT); headsets started before are not moved over.
    /// </summary>
    public async Task RestartAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        BrokerPort = FreePort.Next();
        _settings["Kap:Broker:Port"] = BrokerPort.ToString(CultureInfo.InvariantCulture);
        App = ConsoleApp.Build([], _settings);
        _alsoMap?.Invoke(App);
        await App.StartAsync();
    }

    /// <summary>Another clinician, so a test that locks one name out leaves the others free.</summary>
    public void AddClinician(string name, string password) => Assert.Null(Service<ClinicianAccounts>().Add(name, password));

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async Task<HeadsetRig> StartHeadsetAsync(string headsetId, PatientScript? script = null, TimeProvider? patientTime = null)
    {
        var rig = await HeadsetRig.StartAsync(BrokerPort, headsetId, BrokerUsers.PasswordOf(headsetId), FastFolder.Create("outbox-" + headsetId),
            script ?? HeadsetRig.Answering(0.3), patientTime);
        _headsets.Add(rig);
        return rig;
    }

    /// <summary>
    /// An HTTP client with its own cookies, signed in unless told otherwise, connecting from <paramref name="from"/>: any
    /// address of the loopback network (127.x.y.z), so a test can be a different address from the others.
    /// </summary>
    public async Task<(HttpClient Client, CookieContainer Cookies)> ClientAsync(bool signIn = true, string from = "127.0.0.1",
        string clinician = Clinician, string password = Password)
    {
        var cookies = new CookieContainer();
        var source = IPAddress.Parse(from);
        var handler = new SocketsHttpHandler
        {
            CookieContainer = cookies,
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var client = new HttpClient(handler) { BaseAddress = Address };
        if (signIn)
        {
            using var response = await SignInAsync(client, clinician, password);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }

        return (client, cookies);
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative));
        var token = TokenField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["name"] = name,
            ["password"] = password,
        });
        return await client.PostAsync(new Uri("/signin", UriKind.Relative), form);
    }

    /// <summary>The anti-forgery token a signed-in page would send.</summary>
    public static async Task<string> CsrfAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri("/api/csrf", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return CsrfField().Match(body).Groups[1].Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var headset in _headsets)
        {
            await headset.DisposeAsync();
        }

        await App.StopAsync();
        await App.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("\"token\":\"([^\"]*)\"")]
    private static partial Regex CsrfField();
}
