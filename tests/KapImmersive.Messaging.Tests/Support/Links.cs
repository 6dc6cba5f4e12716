using KapImmersive.Messaging.Connection;
using KapImmersive.Messaging.Consoles;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>Link settings for a test client of a test broker: short keep-alive and quick reconnects.</summary>
internal static class Links
{
    public static LinkOptions For(TestBroker broker, string user, bool tls = false, int? port = null, double keepAliveSeconds = 5) => new()
    {
        Host = "127.0.0.1",
        Port = port ?? (tls ? broker.TlsPort : broker.Port),
        UseTls = tls,
        CaCertificatePath = tls ? broker.Certificates.CaCertificate : null,
        UserName = user,
        Password = broker.Credentials.Passwords.TryGetValue(user, out var password) ? password : "unknown",
        KeepAliveSeconds = keepAliveSeconds,
        ReconnectMinSeconds = 0.05,
        ReconnectMaxSeconds = 0.5,
    };

    public static async Task<ConsoleLink> ConsoleAsync(TestBroker broker, bool tls = false, string? clientId = null, double timeoutSeconds = 5, int? port = null)
    {
        var console = new ConsoleLink(new ConsoleLinkOptions
        {
            Link = For(broker, TestCredentials.ConsoleUser, tls, port),
            ClientId = clientId,
            CommandTimeoutSeconds = timeoutSeconds,
        }, TimeProvider.System);
        await console.StartAsync(CancellationToken.None);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await console.WaitConnectedAsync(wait.Token);
        return console;
    }
}
