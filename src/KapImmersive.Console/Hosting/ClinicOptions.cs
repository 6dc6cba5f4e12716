namespace KapImmersive.Console.Hosting;

/// <summary>The console app's own settings, bound from "Kap:Clinic" and checked at start (<see cref="ClinicOptionsCheck"/>).</summary>
public sealed record ClinicOptions
{
    public const string Section = "Kap:Clinic";

    /// <summary>Loopback by default: a clinic opens the console to its network on purpose, never by accident.</summary>
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests); the address is printed at start.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>The HTTPS port, open when <see cref="CertificatePath"/> is set (0 picks a free port).</summary>
    public int HttpsPort { get; init; } = 5443;

    /// <summary>
    /// A PKCS#12 file with the console's certificate and key (`kap broker make-certificate` makes one): with it the
    /// console also answers HTTPS, which a headset's browser needs for VR anywhere but on localhost.
    /// </summary>
    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary>The web headset's files, served at /headset; by default the "headset" folder beside the console's assembly.</summary>
    public string? HeadsetAppFolder { get; init; }

    /// <summary>Run the embedded broker (one clinic room); false connects to the broker named in "Kap:Console:Link".</summary>
    public bool EmbeddedBroker { get; init; } = true;

    /// <summary>
    /// The record: a SQLite file's path (one console), or a PostgreSQL connection string, Host=...;Database=...;Username=...
    /// (any number of consoles sharing one record). Unset: <see cref="DatabasePath"/> if that is set, else kap-console.db.
    /// </summary>
    public string? Database { get; init; }

    /// <summary>The setting's old name, still read: a SQLite file's path. Setting both is refused, so nobody wonders which one counts.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>Where this console keeps its own files (sign-in keys, uploaded presets): beside a SQLite record unless set; "kap-console-data" with PostgreSQL.</summary>
    public string? DataFolder { get; init; }

    /// <summary>SQLite: an fsync per write, which survives power loss, not only a killed process, at some cost in throughput (PostgreSQL follows its own synchronous_commit).</summary>
    public bool FullSync { get; init; }

    /// <summary>The record's location as configured (<see cref="Database"/>, its old name, or the default).</summary>
    public string RecordDatabase => Database ?? DatabasePath ?? "kap-console.db";

    public string PresetsFolder { get; init; } = "environments";

    /// <summary>Where uploaded presets are kept (next to the database unless set).</summary>
    public string? UploadFolder { get; init; }

    /// <summary>
    /// The client id of the console's link (unless Kap:Console:ClientId sets one): a persistent session, so the broker
    /// keeps what arrives while the console restarts. Two consoles on one broker need two ids.
    /// </summary>
    public string RecordClientId { get; init; } = "kap-console-record";

    /// <summary>Minutes after dosing starts when blood pressure and heart rate are due (the KAP monitoring rhythm).</summary>
    public IReadOnlyList<double> VitalsMinutes { get; init; } = [0, 15, 30, 45, 60, 90];

    public int WrongPasswordsAllowed { get; init; } = 5;

    public double WrongPasswordWindowSeconds { get; init; } = 60;

    /// <summary>How long a headset may stay offline before the clinician is alerted (a brief reconnect is not worth one).</summary>
    public double LostLinkAlertSeconds { get; init; } = 5;

    /// <summary>Start simulated headsets with scripted patients and a demo clinician (`kap demo`).</summary>
    public bool Demo { get; init; }

    public int DemoHeadsets { get; init; } = 3;
}
