using System.Globalization;
using System.Net;
using KapImmersive.Console.Accounts;
using KapImmersive.Console.Record;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;
using Brokers = KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Console.Tests.Support;

/// <summary>
/// Console servers as a clinic with several runs them: each its own process (so a test can SIGKILL one), all on one
/// PostgreSQL record and one external broker, each with its own MQTT client id and its own folder for its files.
/// </summary>
internal sealed class SharedConsoles : IDisposable
{
    private readonly string _database;
    private readonly Brokers.TestBroker _broker;
    private readonly string _folder;
    private readonly List<ConsoleProcess> _started = [];

    public SharedConsoles(string database, Brokers.TestBroker broker, string folder)
    {
        _database = database;
        _broker = broker;
        _folder = folder;
        using var record = SessionRecord.Open(database);
        Assert.Null(new ClinicianAccounts(record, TimeProvider.System).Add(ConsoleRig.Clinician, ConsoleRig.Password));
    }

    public string Log(string name) => Path.Combine(_folder, $"console-{name}.log");

    public async Task<ConsoleProcess> StartAsync(string name)
    {
        var user = Brokers.TestCredentials.ConsoleUser;
        var console = await ConsoleProcess.StartAsync(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Kap:Clinic:EmbeddedBroker"] = "false",
            ["Kap:Clinic:Database"] = _database,
            ["Kap:Clinic:DataFolder"] = Path.Combine(_folder, name),
            ["Kap:Clinic:RecordClientId"] = $"kap-console-{name}",
            ["Kap:Clinic:PresetsFolder"] = TestPresets.Folder,
            ["Kap:Console:Link:Port"] = _broker.Port.ToString(CultureInfo.InvariantCulture),
            ["Kap:Console:Link:UserName"] = user,
            ["Kap:Console:Link:Password"] = _broker.Credentials.Passwords[user],
            ["Logging:LogLevel:Default"] = "Warning",
        }, Log(name));
        _started.Add(console);
        return console;
    }

    /// <summary>A chromium page signed in to the console, on its dashboard with the stream live.</summary>
    public static async Task<IPage> DashboardAsync(Browser browser, ConsoleProcess console)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(console);
        var context = await browser.Chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(console.Address.ToString());
        await page.FillAsync("input[name=name]", ConsoleRig.Clinician);
        await page.FillAsync("input[name=password]", ConsoleRig.Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#connection")).ToHaveTextAsync("live");
        return page;
    }

    /// <summary>An HTTP client signed in to the console, sending the anti-forgery token with every request.</summary>
    public static async Task<HttpClient> ClientAsync(ConsoleProcess console)
    {
        ArgumentNullException.ThrowIfNull(console);
#pragma warning disable CA2000 // The client owns its handler.
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = console.Address };
#pragma warning restore CA2000
        using (var signIn = await ConsoleRig.SignInAsync(client, ConsoleRig.Clinician, ConsoleRig.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await ConsoleRig.CsrfAsync(client));
        return client;
    }

    /// <summary>Every event line of the record: (headset, event id) → how many lines hold it.</summary>
    public Dictionary<(string Headset, string Id), long> EventCounts()
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT headset_id, reference, COUNT(*) FROM entries WHERE kind = 'event' GROUP BY headset_id, reference";
        using var reader = query.ExecuteReader();
        var counts = new Dictionary<(string, string), long>();
        while (reader.Read())
        {
            counts[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
        }

        return counts;
    }

    public void Dispose()
    {
        foreach (var console in _started)
        {
            console.Dispose();
        }
    }
}
