using System.CommandLine;
using System.Globalization;
using KapImmersive.Console.Record;

namespace KapImmersive.Cli.Commands;

/// <summary>The few `kap console` and `kap demo` options, as the console's configuration keys; the rest comes from appsettings or KAP__ variables.</summary>
internal sealed class ConsoleSettings
{
    private readonly Option<string> _address = KapOptions.Text("--address", "IP", "the address the console listens on (127.0.0.1)");
    private readonly Option<int?> _port = KapOptions.Port("--port", "the console's web port (5080)");
    private readonly Option<int?> _brokerPort = KapOptions.Port("--broker-port", "the embedded broker's MQTT port (1883)");
    private readonly Option<string> _database = KapOptions.Text("--db", "FILE|POSTGRESQL", "the session record: a SQLite file (kap-console.db) or a PostgreSQL connection string");
    private readonly Option<string> _presets = KapOptions.Text("--presets", "FOLDER", "the preset folder (environments)");

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_address);
        command.Options.Add(_port);
        command.Options.Add(_brokerPort);
        command.Options.Add(_database);
        command.Options.Add(_presets);
    }

    public Dictionary<string, string?> Read(ParseResult parse, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(console);
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (parse.GetValue(_port) is { } port)
        {
            settings["Kap:Clinic:Port"] = port.ToString(CultureInfo.InvariantCulture);
        }

        if (parse.GetValue(_brokerPort) is { } brokerPort)
        {
            settings["Kap:Broker:Port"] = brokerPort.ToString(CultureInfo.InvariantCulture);
        }

        if (parse.GetValue(_address) is { } address)
        {
            settings["Kap:Clinic:Address"] = address;
        }

        if (parse.GetValue(_database) is { } db)
        {
            settings["Kap:Clinic:Database"] = Database(db, console);
        }

        settings["Kap:Clinic:PresetsFolder"] = console.Resolve(parse.GetValue(_presets) ?? "environments");
        return settings;
    }

    /// <summary>--db as given: a SQLite file's path, resolved against the working folder, or a PostgreSQL connection string as it is.</summary>
    public static string Database(string db, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return RecordLocation.TryParse(db, out var location, out _) && location.Kind == RecordStoreKind.PostgreSql ? db : console.Resolve(db);
    }
}
