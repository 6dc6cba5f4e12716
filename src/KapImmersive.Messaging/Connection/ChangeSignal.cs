namespace KapImmersive.Messaging.Connection;

/// <summary>
/// A versioned wake-up: <see cref="Next"/> completes at the next <see cref="Pulse"/>. A waiter takes <see cref="Next"/>
/// first, then checks its condition, then awaits, so a change between the check and the await is never missed; every
/// pulse completes the task it replaces, so no waiter is ever left on a task nobody will complete.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = NewSource();

    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
