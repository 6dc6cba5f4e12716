using Microsoft.Extensions.Time.Testing;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>
/// A fake clock that counts the one-shot waits of a second or more started on it (the broker's holding back of a wrong
/// password is one), so a test moves time on only once the wait it means to end has begun, however busy the machine.
/// </summary>
internal sealed class HoldWatchingTime(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _holds;

    public int Holds => Volatile.Read(ref _holds);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime >= TimeSpan.FromSeconds(1) && period == Timeout.InfiniteTimeSpan)
        {
            Interlocked.Increment(ref _holds);
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }
}
