using MQTTnet;

namespace KapImmersive.Messaging.Connection;

/// <summary>
/// What anyone may read about a <see cref="LinkConnection"/>: ready or not, how many times it connected, the last
/// refusal. Only the connection writes it (atomically, field by field); every change pulses <see cref="Changes"/>.
/// </summary>
internal sealed class LinkStatus
{
    private const int NoRefusal = -1;

    private readonly ChangeSignal _changes = new();
    private int _ready;
    private int _lastRefusal = NoRefusal;
    private int _connections;

    public bool IsReady => Volatile.Read(ref _ready) == 1;

    public MqttClientConnectResultCode? LastRefusal => Volatile.Read(ref _lastRefusal) is var code and not NoRefusal ? (MqttClientConnectResultCode)code : null;

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Completes at the next change; take it before checking the condition you wait for, then await it.</summary>
    public Task Changes => _changes.Next;

    public void Connected()
    {
        Volatile.Write(ref _lastRefusal, NoRefusal);
        Interlocked.Increment(ref _connections);
        SetReady(true);
    }

    public void Refused(MqttClientConnectResultCode code)
    {
        Volatile.Write(ref _lastRefusal, (int)code);
        _changes.Pulse();
    }

    public void Lost() => SetReady(false);

    /// <summary>Wakes the waiters without a change of readiness (a reconnect was asked for).</summary>
    public void Nudge() => _changes.Pulse();

    private void SetReady(bool ready)
    {
        var value = ready ? 1 : 0;
        if (Interlocked.Exchange(ref _ready, value) != value)
        {
            _changes.Pulse();
        }
    }
}
