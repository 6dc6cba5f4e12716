using System.Net;

namespace KapImmersive.Console.Hosting;

/// <summary>The console app's own settings, bound from "Kap:Clinic" and checked at start.</summary>
public sealed record ClinicOptions
{
    public const string Section = "Kap:Clinic";

    /// <summary>Loopback by default: a clinic opens the console to its network on purpose, never by accident.</summary>
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests); the address is printed at start.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Run the embedded broker (one clinic room); false connects to the broker named in "Kap:Console:Link".</summary>
    public bool EmbeddedBroker { get; init; } = true;

    public string DatabasePath { get; init; } = "kap-console.db";

    /// <summary>An fsync per write: survives power loss, not only a killed process, at some cost in throughput.</summary>
    public bool FullSync { get; init; }

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

    public IEnumerable<string> Problems()
    {
        if (!IPAddress.TryParse(Address, out _))
        {
            yield return $"Address: '{Address}' is not an IP address";
        }

        if (Port is < 0 or > 65535)
        {
            yield return "Port goes from 0 (any free port) to 65535";
        }

        if (string.IsNullOrWhiteSpace(DatabasePath) || string.IsNullOrWhiteSpace(PresetsFolder))
        {
            yield return "DatabasePath and PresetsFolder are required";
        }

        if (string.IsNullOrWhiteSpace(RecordClientId) || RecordClientId.Length > 64)
        {
            yield return "RecordClientId is 1-64 characters";
        }

        if (VitalsMinutes.Any(m => m < 0 || !double.IsFinite(m)))
        {
            yield return "VitalsMinutes are minutes after dosing starts, 0 or more";
        }

        if (WrongPasswordsAllowed < 1 || WrongPasswordWindowSeconds <= 0 || LostLinkAlertSeconds < 0)
        {
            yield return "WrongPasswordsAllowed is at least 1, WrongPasswordWindowSeconds above 0, LostLinkAlertSeconds 0 or more";
        }

        if (DemoHeadsets is < 1 or > 50)
        {
            yield return "DemoHeadsets goes from 1 to 50";
        }
    }
}
