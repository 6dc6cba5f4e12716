using System.Net;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Broker;

/// <summary>The embedded broker's settings, bound from the "Kap:Broker" configuration section.</summary>
public sealed record BrokerOptions
{
    public const string Section = "Kap:Broker";

    /// <summary>Loopback by default: a clinic opens the broker to its network on purpose, never by accident.</summary>
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>Plain MQTT port; 0 turns the plain listener off (TLS only).</summary>
    public int Port { get; init; } = 1883;

    public int TlsPort { get; init; } = 8883;

    /// <summary>A PKCS#12 file with the broker's certificate and key; when set, the TLS listener runs.</summary>
    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    public IReadOnlyList<BrokerUser> Users { get; init; } = [];

    public int MaxPayloadBytes { get; init; } = ProtocolLimits.MaxPayloadBytes;

    /// <summary>Messages queued for one client (an offline console's events, a busy headset's commands) before the oldest are dropped; Mosquitto's default.</summary>
    public int MaxQueuedMessagesPerClient { get; init; } = 1000;

    public int ConnectionsPerSecond { get; init; } = 20;

    public int ConnectionBurst { get; init; } = 200;

    /// <summary>Wrong passwords one address may give before each further wrong answer is held back.</summary>
    public int WrongPasswordsBeforeDelay { get; init; } = 3;

    /// <summary>How long the first held-back wrong answer waits; each next one waits twice as long.</summary>
    public double WrongPasswordDelaySeconds { get; init; } = 1;

    public double MaxWrongPasswordDelaySeconds { get; init; } = 30;

    public IEnumerable<string> Problems()
    {
        if (!IPAddress.TryParse(Address, out _))
        {
            yield return $"Address: '{Address}' is not an IP address";
        }

        if (Port is < 0 or > 65535 || TlsPort is < 1 or > 65535)
        {
            yield return "Port and TlsPort go from 1 to 65535 (Port 0 turns plain MQTT off)";
        }

        if (Port == 0 && CertificatePath is null)
        {
            yield return "Port 0 turns plain MQTT off, so CertificatePath is required";
        }

        if (CertificatePath is not null && !File.Exists(CertificatePath))
        {
            yield return $"CertificatePath: '{CertificatePath}' does not exist";
        }

        if (MaxPayloadBytes < 1024 || MaxQueuedMessagesPerClient < 1 || ConnectionsPerSecond < 1 || ConnectionBurst < 1)
        {
            yield return "MaxPayloadBytes is at least 1024; MaxQueuedMessagesPerClient, ConnectionsPerSecond and ConnectionBurst at least 1";
        }

        if (WrongPasswordsBeforeDelay < 0 || !(WrongPasswordDelaySeconds > 0) || !(MaxWrongPasswordDelaySeconds >= WrongPasswordDelaySeconds)
            || MaxWrongPasswordDelaySeconds > 600)
        {
            yield return "WrongPasswordsBeforeDelay is 0 or more, WrongPasswordDelaySeconds above 0, MaxWrongPasswordDelaySeconds from it to 600";
        }

        foreach (var problem in UserProblems())
        {
            yield return problem;
        }
    }

    private IEnumerable<string> UserProblems()
    {
        if (Users.Count == 0)
        {
            yield return "Users: no users, so nobody could connect; add a console user and one user per headset";
        }

        foreach (var duplicate in Users.GroupBy(u => u.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"Users: '{duplicate.Key}' is listed more than once";
        }

        foreach (var user in Users)
        {
            if (!Topics.IsValidId(user.Name))
            {
                yield return $"Users: '{user.Name}' is not a valid user name (lowercase letters, digits, '-' or '_')";
            }

            if (!PasswordHash.IsWellFormed(user.PasswordHash))
            {
                yield return $"Users: '{user.Name}' has no valid PasswordHash (make one with `kap broker hash-password`)";
            }
        }
    }
}
