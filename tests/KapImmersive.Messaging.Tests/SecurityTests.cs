using System.Text;
using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Tests.Support;
using MQTTnet;

namespace KapImmersive.Messaging.Tests;

[Collection(BrokersGroup.Name)]
public sealed class SecurityTests(BrokersFixture brokers)
{
    [Theory]
    [InlineData(BrokerKind.Embedded, MqttClientConnectResultCode.BadUserNameOrPassword)]
    [InlineData(BrokerKind.Mosquitto, MqttClientConnectResultCode.NotAuthorized)]
    public async Task A_wrong_password_is_refused_with_its_reason_code(BrokerKind kind, MqttClientConnectResultCode expected)
    {
        await using var client = await RawClient.ConnectAsync(brokers[kind], "h3", "not-the-password");
        Assert.Equal(expected, client.Result.ResultCode);
        Assert.False(client.Client.IsConnected);
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task An_anonymous_client_is_refused_as_not_authorised(BrokerKind kind)
    {
        await using var client = await RawClient.ConnectAsync(brokers[kind], null, null);
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, client.Result.ResultCode);
        Assert.False(client.Client.IsConnected);
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task A_headset_cannot_command_another_headset(BrokerKind kind)
    {
        var broker = brokers[kind];
        await using var console = await RawClient.ConnectAsAsync(broker, TestCredentials.ConsoleUser);
        await using var intruder = await RawClient.ConnectAsAsync(broker, "h3");
        await console.SubscribeAsync(Topics.Commands("h4"));

        var result = await intruder.PublishAsync(Topics.Commands("h4"), Encoding.UTF8.GetBytes("{\"intruder\":true}"));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, result.ReasonCode);
        Assert.True(intruder.Client.IsConnected);

        await console.PublishAsync(Topics.Commands("h4"), Encoding.UTF8.GetBytes("marker"));
        await Eventually.HoldsAsync(() => console.Received.Any(m => m.Payload == "marker"), TimeSpan.FromSeconds(5), "the marker arrives");
        Assert.DoesNotContain(console.Received, m => m.Payload.Contains("intruder", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task A_headset_cannot_read_another_headsets_topics(BrokerKind kind)
    {
        var broker = brokers[kind];
        await using var console = await RawClient.ConnectAsAsync(broker, TestCredentials.ConsoleUser);
        await using var eavesdropper = await RawClient.ConnectAsAsync(broker, "h3");
        var subscription = await eavesdropper.SubscribeAsync("kap/v1/headsets/h4/#");
        await eavesdropper.SubscribeAsync(Topics.Commands("h3"));

        // Mosquitto grants a denied subscription in the SUBACK and then delivers nothing, so delivery is what counts.
        if (kind == BrokerKind.Embedded)
        {
            Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, subscription.Items.Single().ResultCode);
        }

        await console.PublishAsync(Topics.Commands("h4"), Encoding.UTF8.GetBytes("secret"));
        await console.PublishAsync(Topics.Commands("h3"), Encoding.UTF8.GetBytes("marker"));
        await Eventually.HoldsAsync(() => eavesdropper.Received.Any(m => m.Payload == "marker"), TimeSpan.FromSeconds(5), "the marker arrives");
        Assert.DoesNotContain(eavesdropper.Received, m => m.Payload == "secret");
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task An_oversized_payload_is_refused_with_its_reason_code(BrokerKind kind)
    {
        var broker = brokers[kind];
        await using var console = await RawClient.ConnectAsAsync(broker, TestCredentials.ConsoleUser);
        await using var headset = await RawClient.ConnectAsAsync(broker, "h4");
        await headset.SubscribeAsync(Topics.Commands("h4"));

        var result = await console.PublishAsync(Topics.Commands("h4"), new byte[ProtocolLimits.MaxPayloadBytes + 1]);
        Assert.Equal(kind == BrokerKind.Embedded ? MqttClientPublishReasonCode.QuotaExceeded : (MqttClientPublishReasonCode)0x95, result.ReasonCode);

        await console.PublishAsync(Topics.Commands("h4"), Encoding.UTF8.GetBytes("marker"));
        await Eventually.HoldsAsync(() => headset.Received.Any(m => m.Payload == "marker"), TimeSpan.FromSeconds(5), "the marker arrives");
        Assert.Single(headset.Received);
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task A_headset_reads_the_retained_presets_and_cannot_change_them(BrokerKind kind)
    {
        var broker = brokers[kind];
        var topic = Topics.Preset($"calm-{Guid.NewGuid():N}");
        await using var console = await RawClient.ConnectAsAsync(broker, TestCredentials.ConsoleUser);
        await console.Client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload("the preset").WithRetainFlag()
            .WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce).Build(), CancellationToken.None);
        try
        {
            await using var headset = await RawClient.ConnectAsAsync(broker, "h12");
            await headset.SubscribeAsync(Topics.AllPresets);
            await Eventually.HoldsAsync(() => headset.Received.Any(m => m.Topic == topic && m.Payload == "the preset"), TimeSpan.FromSeconds(5),
                "the headset receives the retained preset");

            var overwrite = await headset.PublishAsync(topic, Encoding.UTF8.GetBytes("the headset's version"));
            Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, overwrite.ReasonCode);

            await using var later = await RawClient.ConnectAsAsync(broker, "h13");
            await later.SubscribeAsync(topic);
            await Eventually.HoldsAsync(() => !later.Received.IsEmpty, TimeSpan.FromSeconds(5), "a later subscriber receives the retained preset");
            Assert.Equal("the preset", later.Received.Single().Payload);
        }
        finally
        {
            await console.Client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithRetainFlag().Build(), CancellationToken.None);
        }
    }
}
