namespace KapImmersive.Console.Tests.Support;

/// <summary>How a test client reaches the console's embedded broker: its TCP port, or MQTT over WebSockets at the console's /mqtt.</summary>
public enum Transport
{
    Tcp,
    WebSocket,
}
