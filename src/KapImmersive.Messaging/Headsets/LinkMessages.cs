using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>The two kinds of message a headset sends: reliable (QoS 1) and momentary (QoS 0, never retained).</summary>
internal static class LinkMessages
{
    public static MqttApplicationMessage Reliable(string topic, byte[] payload, bool retain) => new MqttApplicationMessageBuilder()
        .WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag(retain).Build();

    public static MqttApplicationMessage Momentary(string topic, byte[] payload) => new MqttApplicationMessageBuilder()
        .WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce).Build();
}
