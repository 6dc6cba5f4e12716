using System.Globalization;
using KapImmersive.Console.Record;

namespace KapImmersive.Cli.Commands;

/// <summary>The few `kap console` and `kap demo` options, as the console's configuration keys; the rest comes from appsettings or KAP__ variables.</summary>
internal static class ConsoleSettings
{
    public const string Usage = "[--address IP] [--port N] [--broker-port N] [--db FILE|POSTGRESQL] [--presets FOLDER]";

    public static bool TryRead(CliArguments args, CliConsole console, out Dictionary<string, string?> settings, out string? error)
    {
        settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        error = null;
        foreach (var (option, key) in new[] { ("port", "Kap:Clinic:Port"), ("broker-port", "Kap:Broker:Port") })
        {
            if (args.Option(option) is { } text)
            {
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
                {
                    error = $"--{option}: '{text}' is not a port number";
                    return false;
                }

                settings[key] = port.ToString(CultureInfo.InvariantCulture);
            }
        }

        if (args.Option("address") is { } address)
        {
            settings["Kap:Clinic:Address"] = address;
        }

        if (args.Option("db") is { } db)
        {
            settings["Kap:Clinic:Database"] = Database(db, console);
        }

        settings["Kap:Clinic:PresetsFolder"] = console.Resolve(args.Option("presets") ?? "environments");
        return true;
    }

    /// <summary>--db as given: a SQLite file's path, resolved against the working folder, or a PostgreSQL connection string as it is.</summary>
    public static string Database(string db, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return RecordLocation.TryParse(db, out var location, out _) && location.Kind == RecordStoreKind.PostgreSql ? db : console.Resolve(db);
    }
}
