using KapImmersive.Messaging.Connection;

namespace KapImmersive.Messaging.Consoles;

/// <summary>The clinician console's link settings, bound from the "Kap:Console" configuration section.</summary>
public sealed record ConsoleLinkOptions
{
    public const string Section = "Kap:Console";

    public LinkOptions Link { get; init; } = new();

    /// <summary>A stable client id gives the console a persistent session (nothing missed while it restarts); null makes a one-off client.</summary>
    public string? ClientId { get; init; }

    /// <summary>A command with no ack by then is reported as timed out.</summary>
    public double CommandTimeoutSeconds { get; init; } = 5;

    public IEnumerable<string> Problems()
    {
        if (CommandTimeoutSeconds is <= 0 or > 600)
        {
            yield return "CommandTimeoutSeconds goes from 0 to 600";
        }

        foreach (var problem in Link.Problems())
        {
            yield return "Link." + problem;
        }
    }
}
