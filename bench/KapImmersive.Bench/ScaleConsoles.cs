using System.Globalization;
using KapImmersive.Console.Accounts;
using KapImmersive.Console.Hosting;
using KapImmersive.Messaging.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KapImmersive.Bench;

/// <summary>Console servers on one record (a SQLite file, or a PostgreSQL database they share) and one external broker, in this process.</summary>
internal sealed class ScaleConsoles : IAsyncDisposable
{
    private readonly string _database;

    private ScaleConsoles(string database, List<WebApplication> apps)
    {
        _database = database;
        Apps = apps;
    }

    public IReadOnlyList<WebApplication> Apps { get; }

    public static async Task<ScaleConsoles> StartAsync(string database, int count, TestBroker broker, string folder, CancellationToken cancellationToken)
    {
        var apps = new List<WebApplication>();
        var user = TestCredentials.ConsoleUser;
        for (var i = 0; i < count; i++)
        {
            var name = $"{Guid.NewGuid():N}";
            var app = ConsoleApp.Build([], new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Kap:Clinic:Port"] = "0",
                ["Kap:Clinic:EmbeddedBroker"] = "false",
                ["Kap:Clinic:Database"] = database,
                ["Kap:Clinic:DataFolder"] = Path.Combine(folder, name),
                ["Kap:Clinic:RecordClientId"] = $"kap-bench-{name}",
                ["Kap:Clinic:PresetsFolder"] = "environments",
                ["Kap:Console:Link:Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
                ["Kap:Console:Link:UserName"] = user,
                ["Kap:Console:Link:Password"] = broker.Credentials.Passwords[user],
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            });
            await app.StartAsync(cancellationToken);
            app.Services.GetRequiredService<ClinicianAccounts>().Add(ConsoleBenchRig.Clinician, ConsoleBenchRig.Password);
            apps.Add(app);
        }

        return new ScaleConsoles(database, apps);
    }

    /// <summary>Help requests in the record (each once, whoever recorded it).</summary>
    public long HelpEvents()
    {
        const string Count = "SELECT COUNT(*) FROM entries WHERE kind = 'event' AND type = 'helpRequested'";
        if (_database.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            using var postgres = new NpgsqlConnection(_database);
            postgres.Open();
            using var query = new NpgsqlCommand(Count, postgres);
            return (long)query.ExecuteScalar()!;
        }

        using var sqlite = new SqliteConnection($"Data Source={_database};Mode=ReadOnly;Pooling=False");
        sqlite.Open();
        using var count = sqlite.CreateCommand();
        count.CommandText = Count;
        return (long)count.ExecuteScalar()!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in Apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
