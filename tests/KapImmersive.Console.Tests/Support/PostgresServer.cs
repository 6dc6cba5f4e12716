using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace KapImmersive.Console.Tests.Support;

/// <summary>
/// Debian's PostgreSQL (package postgresql) in a fresh folder on a free 127.0.0.1 port: initdb, then pg_ctl start,
/// stopped and deleted on dispose. PostgreSQL refuses to run as root, so as root it runs as the postgres user the
/// package made. Tests ask for speed (no fsync: the console is what they kill, never the server); the benchmark asks
/// for a durable server, as a clinic runs it.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    public const string User = "kap";

    private readonly string _bin;
    private readonly string _folder;

    private PostgresServer(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<PostgresServer> StartAsync(bool durable = false)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), CultureInfo.InvariantCulture, out var v) ? v : 0).FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL's server is not installed: ./test.sh installs Debian's postgresql package (listed in .ci/debian-packages)");
        }

        // /tmp, so the postgres user can make its folder there; its socket goes there too.
        var folder = Path.Combine("/tmp", $"kap-pg-{Guid.NewGuid():N}");
        var server = new PostgresServer(bin, folder, FreePort.Next());
        await server.RunAsync("initdb", "-D", folder, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions");
        var settings = string.Create(CultureInfo.InvariantCulture, $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200")
            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await server.RunAsync("pg_ctl", "-D", folder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", settings, "start");
        return server;
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = User, Database = database, Pooling = true }.ToString();

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        var database = name ?? $"kap_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = connection.CreateCommand();
#pragma warning disable CA2100 // The name is made here, from a GUID.
        create.CommandText = $"CREATE DATABASE \"{database}\"";
#pragma warning restore CA2100
        await create.ExecuteNonQueryAsync();
        return ConnectionString(database);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync("pg_ctl", "-D", _folder, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }

    private async Task RunAsync(string tool, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(_bin, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        if (asRoot)
        {
            foreach (var part in new[] { "-u", "postgres", "--", Path.Combine(_bin, tool) })
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_folder, "server.log");
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log) : "";
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await output} {await errors} {serverLog}".Trim());
        }
    }
}
