namespace KapImmersive.Console.Live;

/// <summary>One server-sent event: its name (card, alert, alertCleared, outcome; "ready" opens a stream) and JSON data.</summary>
public sealed record DashboardMessage(string Name, string Data);
