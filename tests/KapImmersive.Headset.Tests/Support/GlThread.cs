using System.Collections.Concurrent;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>
/// Runs an async test body on one thread of its own, every continuation included. A GL context is current on the
/// thread that made it, as in the headset app's frame loop, so a test that awaits the network between frames must
/// come back to that same thread.
/// </summary>
internal static class GlThread
{
    public static Task RunAsync(Func<Task> body)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            using var context = new PumpContext();
            SynchronizationContext.SetSynchronizationContext(context);
            var task = body();
            task.ContinueWith(_ => context.Complete(), TaskScheduler.Default);
            context.Pump();
            if (task.Exception is { } failure)
            {
                done.SetException(failure.InnerExceptions);
            }
            else
            {
                done.SetResult();
            }
        })
        { IsBackground = true, Name = "test frame loop" };
        thread.Start();
        return done.Task;
    }

    private sealed class PumpContext : SynchronizationContext, IDisposable
    {
        private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _work = [];

        public override void Post(SendOrPostCallback d, object? state) => _work.Add((d, state));

        public void Complete() => _work.CompleteAdding();

        public void Pump()
        {
            foreach (var (callback, state) in _work.GetConsumingEnumerable())
            {
                callback(state);
            }
        }

        public void Dispose() => _work.Dispose();
    }
}
