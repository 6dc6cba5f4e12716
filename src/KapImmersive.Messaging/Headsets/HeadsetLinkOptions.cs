using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Connection;

namespace KapImmersive.Messaging.Headsets;

/// <summary>A headset's link settings, bound from the "Kap:Headset" configuration section.</summary>
public sealed record HeadsetLinkOptions
{
    public const string Section = "Kap:Headset";

    /// <summary>Pseudonymous id; also the headset's broker user name, which the ACL ties to its topics.</summary>
    public string HeadsetId { get; init; } = "";

    public LinkOptions Link { get; init; } = new();

    /// <summary>Where events wait until the broker has them; must survive a restart of the headset.</summary>
    public string OutboxFolder { get; init; } = "outbox";

    /// <summary>Commands waiting for the frame loop; when full, the link stops reading from the broker, never the frame loop.</summary>
    public int CommandQueueCapacity { get; init; } = 256;

    public string Software { get; init; } = "kap-headset";

    /// <summary>Also follow the presets the console publishes (kap/v1/presets/+): a web headset has no preset folder of its own.</summary>
    public bool FollowPresets { get; init; }

    /// <summary>How long an event the broker took may wait for the console's record to confirm it before it is sent again (doubling with each try).</summary>
    public double RecordWaitSeconds { get; init; } = 5;

    public IEnumerable<string> Problems()
    {
        if (!Topics.IsValidId(HeadsetId))
        {
            yield return $"HeadsetId: '{HeadsetId}' is not a valid id (lowercase letters, digits, '-' or '_')";
        }

        if (!string.Equals(Link.UserName, HeadsetId, StringComparison.Ordinal))
        {
            yield return "Link.UserName must be the headset id: the broker lets a headset use only the topics of its own user name";
        }

        if (string.IsNullOrWhiteSpace(OutboxFolder) || CommandQueueCapacity < 1)
        {
            yield return "OutboxFolder is required and CommandQueueCapacity is at least 1";
        }

        if (RecordWaitSeconds is < 0.1 or > 3600)
        {
            yield return "RecordWaitSeconds goes from 0.1 to 3600";
        }

        foreach (var problem in Link.Problems())
        {
            yield return "Link." + problem;
        }
    }
}
