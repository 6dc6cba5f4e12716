using System.Collections.Concurrent;
using System.Threading.Channels;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Connection;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Consoles;

/// <summary>
/// The clinician console's side of the session channel: watches every headset (presence, state, acks, events), sends
/// commands and tells each one's outcome (applied, slowed, capped, rejected or timed out), keeps each event once, and
/// raises help requests and missed check-ins as alerts in <see cref="Notices"/>. With an <see cref="IReportRecorder"/>
/// it records what headsets report before acknowledging it, and confirms each recorded event to its headset.
/// </summary>
/// <remarks>
/// Threading contract. The MQTT client's delivery task runs the receiving side, one message at a time: it awaits the
/// recorder, updates the <see cref="HeadsetView"/>s (each behind its own lock) and writes <see cref="Notices"/> (a
/// channel; any number of readers). The connection loop alone connects and disconnects; the receiving side asks it to
/// reconnect when a report could not be recorded. Commands may be sent from any thread at once: each waits on its
/// own task source, found by command id in a concurrent dictionary. Confirmations go out on a loop of their own, and
/// the liveness check runs on a timer; both only read the concurrent collections and write channels.
/// </remarks>
public sealed partial class ConsoleLink : IAsyncDisposable
{
    private readonly ConsoleLinkOptions _options;
    private readonly TimeProvider _time;
    private readonly LinkConnection _connection;
    private readonly ConcurrentDictionary<string, HeadsetView> _headsets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<AckMessage>> _awaiting = new(StringComparer.Ordinal);
    private readonly Channel<ConsoleNotice> _notices = Channel.CreateBounded<ConsoleNotice>(
        new BoundedChannelOptions(4096) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = false });

    private readonly IReportRecorder? _recorder;
    private readonly RecordConfirmations _confirmations;
    private readonly CancellationTokenSource _stop = new();
    private Task _confirming = Task.CompletedTask;

    public ConsoleLink(ConsoleLinkOptions options, TimeProvider time, IReportRecorder? recorder = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("console link options: " + string.Join("; ", problems), nameof(options));
        }

        _options = options;
        _time = time;
        var persistent = options.ClientId is not null;
        var builder = new MqttClientOptionsBuilder()
            .WithClientId(options.ClientId ?? $"kap-console-{options.Link.UserName}-{Guid.NewGuid():N}")
            .WithCleanStart(!persistent)
            .WithSessionExpiryInterval(persistent ? options.Link.SessionExpirySeconds : 0);
        _connection = new LinkConnection(options.Link, builder, ReceiveAsync, OnConnectedAsync, time);
        _recorder = recorder;
        _confirmations = new RecordConfirmations(_connection, time);
    }

    /// <summary>Everything as it arrives, alerts included; the oldest are dropped if nobody reads.</summary>
    public ChannelReader<ConsoleNotice> Notices => _notices.Reader;

    public bool IsConnected => _connection.IsReady;

    public int Connections => _connection.Connections;

    public MqttClientConnectResultCode? LastRefusal => _connection.LastRefusal;

    public IReadOnlyCollection<HeadsetView> Headsets => [.. _headsets.Values];

    public long DuplicatesDropped => _headsets.Values.Sum(h => h.DuplicatesDropped);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _connection.Start();
        var stopping = _stop.Token;
        _confirming = Task.Run(() => _confirmations.RunAsync(stopping), CancellationToken.None);
        StartLivenessChecks();
        return Task.CompletedTask;
    }

    public Task WaitConnectedAsync(CancellationToken cancellationToken) => _connection.WaitReadyAsync(cancellationToken);

    public HeadsetView? Find(string headsetId) => _headsets.TryGetValue(headsetId, out var view) ? view : null;

    public Task<CommandResult> SendAsync(string headsetId, SessionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return SendPayloadAsync(headsetId, command.Id, CommandCodec.Write(command, _time.GetUtcNow()), cancellationToken);
    }

    /// <summary>Sends any payload as a command and waits for the ack with <paramref name="commandId"/> (null: the next ack without an id).</summary>
    public async Task<CommandResult> SendPayloadAsync(string headsetId, string? commandId, byte[] payload, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var key = commandId ?? NoId(headsetId);
        var answer = new TaskCompletionSource<AckMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_awaiting.TryAdd(key, answer))
        {
            return new CommandResult(commandId, CommandOutcome.Rejected, $"command '{key}' is already waiting for its ack", -1, TimeSpan.Zero)
            {
                DecidedBy = CommandDecider.Console,
            };
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.CommandTimeoutSeconds));
        try
        {
            var refusal = await PublishCommandAsync(headsetId, payload, timeout.Token);
            if (refusal is not null)
            {
                return new CommandResult(commandId, CommandOutcome.Rejected, refusal, -1, _time.GetElapsedTime(started)) { DecidedBy = CommandDecider.Broker };
            }

            var ack = await answer.Task.WaitAsync(timeout.Token);
            var outcome = ProtocolNames.TryParse<CommandOutcome>(ack.Outcome, out var parsed) ? parsed : CommandOutcome.Rejected;
            return new CommandResult(commandId, outcome, ack.Reason, ack.Sequence, _time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CommandResult(commandId, CommandOutcome.TimedOut,
                $"no ack from '{headsetId}' within {_options.CommandTimeoutSeconds:0.#} s", -1, _time.GetElapsedTime(started))
            {
                DecidedBy = CommandDecider.Console,
            };
        }
        finally
        {
            _awaiting.TryRemove(new KeyValuePair<string, TaskCompletionSource<AckMessage>>(key, answer));
        }
    }

    /// <summary>Publishes a retained document (a preset) on the console's connection; the reason when it cannot.</summary>
    public async Task<string?> PublishRetainedAsync(string topic, byte[] payload, CancellationToken cancellationToken)
    {
        if (!_connection.IsReady)
        {
            return "not connected to the broker";
        }

        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithRetainFlag()
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
        return await _connection.TryPublishAsync(message, cancellationToken) switch
        {
            null => "the connection to the broker dropped",
            MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers => null,
            var code => $"the broker refused it: {code}",
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_livenessChecks is not null)
        {
            await _livenessChecks.DisposeAsync();
        }

        await _stop.CancelAsync();
        await _confirming;
        await _connection.DisposeAsync();
        _notices.Writer.TryComplete();
        _stop.Dispose();
    }

    /// <summary>The broker's refusal of the command, or null once the broker has it.</summary>
    private async Task<string?> PublishCommandAsync(string headsetId, byte[] payload, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder().WithTopic(Topics.Commands(headsetId)).WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
        while (true)
        {
            await _connection.WaitReadyAsync(cancellationToken);
            MqttClientPublishResult result;
            try
            {
                result = await _connection.Client.PublishAsync(message, cancellationToken);
            }
            catch (MQTTnet.Exceptions.MqttCommunicationException)
            {
                // The link dropped under the publish; it comes back by itself, and the timeout bounds the wait.
                await Task.Delay(TimeSpan.FromMilliseconds(50), _time, cancellationToken);
                continue;
            }

            return result.ReasonCode switch
            {
                MqttClientPublishReasonCode.Success => null,
                MqttClientPublishReasonCode.NoMatchingSubscribers => $"no headset '{headsetId}' is listening (the broker has no session for it)",
                var code => $"the broker refused the command: {code} (0x{(int)code:x2}) {result.ReasonString}".TrimEnd(),
            };
        }
    }

    private static string NoId(string headsetId) => "\0" + headsetId;
}
