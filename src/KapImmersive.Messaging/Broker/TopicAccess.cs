using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Broker;

/// <summary>
/// The broker's ACL, the same rule as Mosquitto's `pattern readwrite kap/v1/headsets/%u/#` plus `topic readwrite kap/v1/#`
/// for console users: a headset reads and writes only below kap/v1/headsets/{its user name}/.
/// </summary>
public static class TopicAccess
{
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
        return !string.IsNullOrEmpty(filter) && Allowed(user, filter);
    }

    private static bool Allowed(BrokerUser user, string topicOrFilter) => user.Role switch
    {
        BrokerRole.Console => topicOrFilter.StartsWith(Topics.Root + "/", StringComparison.Ordinal),
        BrokerRole.Headset => Topics.IsValidId(user.Name) && topicOrFilter.StartsWith(Topics.HeadsetPrefix(user.Name), StringComparison.Ordinal),
        _ => false,
    };
}
