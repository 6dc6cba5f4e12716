using System.Collections.Concurrent;

namespace KapImmersive.Rendering.Tests.Support;

/// <summary>
/// One thread that owns the GL context: an EGL context is current on one thread, and xunit may run each test on
/// another, so every GL call goes through here.
/// </summary>
internal sealed class GlThread : IDisposable
{
    private readonly BlockingCollection<Action> _work = [];
    private readonly Thread _thread;

    public GlThread()
    {
        _thread = new Thread(() =>
        {
            foreach (var item in _work.GetConsumingEnumerable())
            {
                item();
            }
        }) { IsBackground = true, Name = "gl" };
        _thread.Start();
    }

    public T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        using var done = new ManualResetEventSlim();
        _work.Add(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                done.Set();
            }
        });
        done.Wait();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result;
    }

    public void Dispose()
    {
        _work.CompleteAdding();
        _thread.Join();
        _work.Dispose();
    }
}
