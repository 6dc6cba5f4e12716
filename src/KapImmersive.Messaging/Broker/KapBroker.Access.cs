using MQTTnet.Protocol;
using MQTTnet.Server;

namespace KapImmersive.Messaging.Broker;

/// <summary>
/// What a connected client may do, asked of the account its connection carries now (one removed since may do nothing):
/// publish within the payload limit and its topic rules, and subscribe within them.
/// </summary>
public sealed partial class KapBroker
{
    private Task InterceptPublishAsync(InterceptingPublishEventArgs e)
    {
        var message = e.ApplicationMessage;
        if (message.Payload.Length > _options.MaxPayloadBytes)
        {
            e.ProcessPublish = false;
            e.Response.ReasonCode = MqttPubAckReasonCode.QuotaExceeded;
            e.Response.ReasonString = $"payload is {message.Payload.Length} bytes; the limit is {_options.MaxPayloadBytes}";
        }
        else if (CurrentUser(e.SessionItems) is not { } user || !TopicAccess.MayPublish(user, message.Topic))
        {
            e.ProcessPublish = false;
            e.Response.ReasonCode = MqttPubAckReasonCode.NotAuthorized;
            e.Response.ReasonString = $"not allowed to publish to '{message.Topic}'";
        }

        return Task.CompletedTask;
    }

    private Task InterceptSubscriptionAsync(InterceptingSubscriptionEventArgs e)
    {
        if (CurrentUser(e.SessionItems) is not { } user || !TopicAccess.MaySubscribe(user, e.TopicFilter.Topic))
        {
            e.ProcessSubscription = false;
            e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
        }

        return Task.CompletedTask;
    }
}
