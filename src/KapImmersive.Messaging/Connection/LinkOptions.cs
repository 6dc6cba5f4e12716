namespace KapImmersive.Messaging.Connection;

/// <summary>How a headset or a console reaches the broker. Bound from configuration; the password never appears in code.</summary>
public sealed record LinkOptions
{
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 1883;

    public bool UseTls { get; init; }

    /// <summary>
    /// MQTT over WebSockets instead of TCP to Host and Port: ws:// or wss://, e.g. wss://console.clinic/mqtt. A web
    /// headset's only way out of its browser (which does the TLS of wss itself); also any broker with a WebSocket listener.
    /// </summary>
    public string? WebSocketUri { get; init; }

    /// <summary>A PEM certificate to trust as the only root (a clinic's own CA or its self-signed broker certificate).</summary>
    public string? CaCertificatePath { get; init; }

    public string UserName { get; init; } = "";

    public string Password { get; init; } = "";

    public double KeepAliveSeconds { get; init; } = 10;

    /// <summary>How long the broker keeps this client's subscriptions and queued messages while it is away.</summary>
    public uint SessionExpirySeconds { get; init; } = 3600;

    public double ReconnectMinSeconds { get; init; } = 0.1;

    public double ReconnectMaxSeconds { get; init; } = 5;

    public IEnumerable<string> Problems()
    {
        if (WebSocketUri is not null && !(Uri.TryCreate(WebSocketUri, UriKind.Absolute, out var uri) && uri.Scheme is "ws" or "wss"))
        {
            yield return $"WebSocketUri: '{WebSocketUri}' is not a ws:// or wss:// address";
        }

        if (string.IsNullOrWhiteSpace(Host) || Port is < 1 or > 65535)
        {
            yield return "Host is required and Port goes from 1 to 65535";
        }

        // Name exactly what is missing: a headset's user name is usually set for it, so mostly it is the password alone.
        var missing = new[] { (Name: nameof(UserName), Value: UserName), (Name: nameof(Password), Value: Password) }
            .Where(setting => string.IsNullOrEmpty(setting.Value)).Select(setting => setting.Name).ToList();
        if (missing.Count > 0)
        {
            yield return $"{string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} required: the broker refuses anonymous clients";
        }

        if (CaCertificatePath is not null && !File.Exists(CaCertificatePath))
        {
            yield return $"CaCertificatePath: '{CaCertificatePath}' does not exist";
        }

        if (KeepAliveSeconds is < 1 or > 600 || ReconnectMinSeconds <= 0 || ReconnectMaxSeconds < ReconnectMinSeconds)
        {
            yield return "KeepAliveSeconds goes from 1 to 600; 0 < ReconnectMinSeconds <= ReconnectMaxSeconds";
        }
    }
}
