namespace KapImmersive.Console.Web;

/// <summary>A headset's name as the dashboard sends it, to pair or rename it.</summary>
public sealed record NameRequest(string? Name);
