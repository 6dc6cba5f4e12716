using System.Buffers;
using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Connection;
using LinkOptions = KapImmersive.Messaging.Connection.LinkOptions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Console.Live;

/// <summary>
/// The console's recording subscription: a persistent MQTT session on every headset's events, vitals, telemetry and
/// preview. MQTTnet sends the PUBACK only after this handler returns, and the handler returns only once the record
/// has committed the message, so nothing the console acknowledges can be lost by killing it; what it never
/// acknowledged the broker delivers again, and the record keeps each event id once.
/// </summary>
public sealed class RecordFeed(LinkOptions link, string clientId, EventIntake intake, HeadsetBoard board, TimeProvider time, ILogger<RecordFeed> log)
    : BackgroundService
{
    private static readonly string[] Channels = [Core.Protocol.Channels.Events, Core.Protocol.Channels.Vitals, Core.Protocol.Channels.Telemetry, Core.Protocol.Channels.Preview];
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsConnected => _client.IsConnected;

    public Task WaitConnectedAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>Publishes a retained document (a preset) on the console's connection.</summary>
    public async Task<string?> PublishRetainedAsync(string topic, byte[] payload, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithRetainFlag()
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
        var result = await _client.PublishAsync(message, cancellationToken);
        return result.ReasonCode is MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers
            ? null
            : $"the broker refused it: {result.ReasonCode}";
    }

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = new MqttClientOptionsBuilder().WithClientId(clientId).WithCleanStart(false)
            .WithSessionExpiryInterval(link.SessionExpirySeconds).WithTcpServer(link.Host, link.Port)
            .WithCredentials(link.UserName, link.Password).WithKeepAlivePeriod(TimeSpan.FromSeconds(link.KeepAliveSeconds))
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500);
        if (link.UseTls)
        {
            options.WithTlsOptions(TlsTrust.Options(link.Host, link.CaCertificatePath));
        }

        _client.ApplicationMessageReceivedAsync += ReceiveAsync;
        var built = options.Build();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!_client.IsConnected)
                {
                    await _client.ConnectAsync(built, stoppingToken);
                    var subscribe = new MqttClientSubscribeOptionsBuilder();
                    foreach (var channel in Channels)
                    {
                        subscribe.WithTopicFilter($"{Topics.Root}/headsets/+/{channel}", MqttQualityOfServiceLevel.AtLeastOnce);
                    }

                    await _client.SubscribeAsync(subscribe.Build(), stoppingToken);
                    _ready.TrySetResult();
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The broker may be away for a while; keep trying, as the headsets do.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                log.BrokerUnreachable(link.Host, link.Port, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
        }
    }

    private Task ReceiveAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var message = e.ApplicationMessage;
        if (!Topics.TryParseHeadsetTopic(message.Topic, out var headsetId, out var channel))
        {
            return Task.CompletedTask;
        }

        var payload = message.Payload.ToArray();
        try
        {
            Take(headsetId, channel, payload);
        }
        catch (SqliteException ex)
        {
            // Not recorded, so not acknowledged: the broker keeps it and delivers it again after the reconnect.
            log.NotRecorded(ex, message.Topic);
            e.AutoAcknowledge = false;
            _ = _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    private void Take(string headsetId, string channel, byte[] payload)
    {
        string? error = null;
        switch (channel)
        {
            case Core.Protocol.Channels.Events when MessageReader.TryRead(payload, ProtocolJsonContext.Default.EventMessage, out var evt, out error):
                intake.TakeEvent(headsetId, evt);
                break;
            case Core.Protocol.Channels.Vitals when MessageReader.TryRead(payload, ProtocolJsonContext.Default.VitalsMessage, out var vitals, out error):
                intake.TakeVitals(headsetId, vitals, vitals.Source ?? "sensor");
                break;
            case Core.Protocol.Channels.Telemetry when MessageReader.TryRead(payload, ProtocolJsonContext.Default.TelemetryMessage, out var telemetry, out error):
                intake.TakeTelemetry(headsetId, telemetry);
                break;
            case Core.Protocol.Channels.Preview:
                board.SetPreview(headsetId, payload);
                break;
        }

        if (error is not null)
        {
            log.HeadsetProblem(headsetId, $"unreadable {channel}: {error}");
        }
    }
}
