using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Broker;

/// <summary>
/// The broker's ACL, the same rules as Mosquitto's `pattern readwrite kap/v1/headsets/%u/#`, `pattern read
/// kap/v1/presets/#` and `topic readwrite kap/v1/#` for console users: a headset reads and writes only below
/// kap/v1/headsets/{its user name}/, and reads (never writes) the presets the console publishes.
/// </summary>
public static class TopicAccess
{
    private const string Presets = Topics.Root + "/presets/";

    public static bool MayPublish(BrokerUser user, string topic)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(topic) || topic.Contains('+') || topic.Contains('#'))
        {
            return false;
        }

        return Allowed(user, topic);
    }

    public static bool MaySubscribe(BrokerUser user, string filter)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(filter))
        {
            return false;
        }

        return Allowed(user, filter) || (user.Role == BrokerRole.Headset && filter.Length > Presets.Length && filter.StartsWith(Presets, StringComparison.Ordinal));
    }

    private static bool Allowed(BrokerUser user, string topicOrFilter) => user.Role switch
    {
        BrokerRole.Console => topicOrFilter.StartsWith(Topics.Root + "/", StringComparison.Ordinal),
        BrokerRole.Headset => Topics.IsValidId(user.Name) && topicOrFilter.StartsWith(Topics.HeadsetPrefix(user.Name), StringComparison.Ordinal),
        _ => false,
    };
}
