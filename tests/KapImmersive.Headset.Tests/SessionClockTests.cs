using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Protocol;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Tests;

/// <summary>The app stamps everything with one session clock, so what it says happened never comes before what caused it.</summary>
public sealed class SessionClockTests(ITestOutputHelper output)
{
    private const int Commands = 40;

    [Fact]
    public async Task An_ack_and_the_state_it_brings_are_never_dated_before_the_command_that_caused_them()
    {
        await using var broker = new TestBroker("h6");
        await broker.StartAsync();
        var acks = new ConcurrentDictionary<string, AckMessage>(StringComparer.Ordinal);
        var states = new ConcurrentQueue<StateMessage>();
        using var console = await ConnectRawAsync(broker, acks, states);
        var logs = Directory.CreateTempSubdirectory("kap-clock-").FullName;
        using var host = HeadsetHost.Build(broker, "h6", logs, new Dictionary<string, string?>
        {
            ["Kap:App:AudioSink"] = "Null", ["Kap:App:FrameRate"] = "60", ["Rendering:EyeWidth"] = "16", ["Rendering:EyeHeight"] = "16",
        });
        await host.StartAsync();
        await Eventually.TrueAsync(() => !states.IsEmpty, "the headset's first state");

        var earliest = TimeSpan.MaxValue;
        for (var i = 0; i < Commands; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"clock-{i}");
            var level = i % 2 == 0 ? "0.6" : "0.3";
            var sent = DateTimeOffset.UtcNow;
            await console.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Commands("h6"))
                .WithPayload(Encoding.UTF8.GetBytes($$"""{"v": 1, "id": "{{id}}", "issuedAt": "{{sent:O}}", "issuer": "dr-lee", "type": "setDarkness", "args": {"level": {{level}} } }"""))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
            await Eventually.TrueAsync(() => acks.ContainsKey(id), $"the ack of {id}");
            var ack = acks[id];
            await Eventually.TrueAsync(() => states.Any(s => s.Sequence >= ack.Sequence), $"the state after {id}");
            var state = states.First(s => s.Sequence == ack.Sequence);

            Assert.True(ack.At >= sent, $"{id}: acked at {ack.At:O}, {(sent - ack.At).TotalMilliseconds:0.0} ms before it was sent at {sent:O}");
            Assert.True(state.At >= sent, $"{id}: the state it brought is dated {state.At:O}, {(sent - state.At).TotalMilliseconds:0.0} ms before it was sent at {sent:O}");
            earliest = ack.At - sent < earliest ? ack.At - sent : earliest;
        }

        output.WriteLine($"{Commands} commands: the nearest ack came {earliest.TotalMilliseconds:0.00} ms after its command was sent");
        host.Services.GetRequiredService<HeadsetService>().StopWithoutReturn();
        await host.StopAsync();
    }

    private static async Task<IMqttClient> ConnectRawAsync(TestBroker broker, ConcurrentDictionary<string, AckMessage> acks, ConcurrentQueue<StateMessage> states)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e =>
        {
            var payload = e.ApplicationMessage.Payload.ToArray();
            if (e.ApplicationMessage.Topic == Topics.Acks("h6"))
            {
                var ack = JsonSerializer.Deserialize(payload, ProtocolJsonContext.Default.AckMessage)!;
                acks[ack.CommandId ?? ""] = ack;
            }
            else
            {
                states.Enqueue(JsonSerializer.Deserialize(payload, ProtocolJsonContext.Default.StateMessage)!);
            }

            return Task.CompletedTask;
        };
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port)
            .WithCredentials(TestBroker.ConsoleUser, broker.Passwords[TestBroker.ConsoleUser]).WithClientId($"raw-console-{Guid.NewGuid():N}")
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build());
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(Topics.Acks("h6"), MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter(Topics.State("h6"), MqttQualityOfServiceLevel.AtLeastOnce).Build());
        return client;
    }
}
