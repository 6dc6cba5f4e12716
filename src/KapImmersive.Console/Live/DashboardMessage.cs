namespace KapImmersive.Console.Live;

/// <summary>One server-sent event: its name (card, alert, alertCleared, outcome) and JSON data.</summary>
public sealed record DashboardMessage(string Name, string Data);
