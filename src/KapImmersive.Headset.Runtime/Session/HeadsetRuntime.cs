using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Sound;

namespace KapImmersive.Headset.Runtime.Session;

/// <summary>
/// Runs one session on a thread of its own, as every native headset and every simulated patient does: the display is
/// opened on that thread (a GL context belongs to the thread that made it), the display's pacer runs the frames, and a
/// stop brings the patient back gently before the thread ends. A browser has no threads to spare: there the page's
/// frame callback drives <see cref="HeadsetSession.Frame"/> itself.
/// </summary>
public sealed class HeadsetRuntime : IAsyncDisposable
{
    private readonly HeadsetSessionParts _parts;
    private readonly Func<IPacedDisplay> _openDisplay;
    private readonly Func<SceneFrame, IHeadsetSound?>? _openSound;
    // Never disposed: it holds no timer, and a stop may still be asked for after the session is gone.
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<HeadsetSession> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _starts;
    private int _disposed;

    /// <param name="openDisplay">Opens the display, on the session's thread.</param>
    /// <param name="openSound">Opens the sound for the first frame; null for a silent session.</param>
    public HeadsetRuntime(HeadsetSessionParts parts, Func<IPacedDisplay> openDisplay, Func<SceneFrame, IHeadsetSound?>? openSound = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(openDisplay);
        _parts = parts;
        _openDisplay = openDisplay;
        _openSound = openSound;
    }

    /// <summary>The session once its display is open and its first state is out.</summary>
    public Task<HeadsetSession> Started => _started.Task;

    /// <summary>Completes when the session's thread has ended (after the gentle return), or faults with what stopped it.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Starts the session's thread; <paramref name="stopping"/> (like <see cref="StopAsync"/>) begins the gentle return.</summary>
    public void Start(CancellationToken stopping = default)
    {
        if (Interlocked.Exchange(ref _starts, 1) != 0)
        {
            throw new InvalidOperationException("the session is already running");
        }

        var token = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, stopping);
        new Thread(() => Run(token)) { Name = "frame loop", IsBackground = true }.Start();
    }

    /// <summary>Asks for the gentle return and waits until the session has ended.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (Volatile.Read(ref _starts) != 0)
        {
            await _ended.Task.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Stops the session at once, without the gentle return (<see cref="HeadsetSession.Halt"/>): for simulated patients
    /// and tests. A session with a patient is stopped with <see cref="StopAsync"/> first.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_started.Task.IsCompletedSuccessfully)
        {
            (await _started.Task).Halt();
        }

        try
        {
            await StopAsync();
        }
        catch (Exception) when (_ended.Task.IsFaulted)
        {
            // What stopped the session was reported to whoever waited on Ended; disposing adds nothing to it.
        }
    }

    private void Run(CancellationTokenSource stopping)
    {
        try
        {
            using var display = _openDisplay();
            using var session = new HeadsetSession(_parts, display, _openSound);
            _started.TrySetResult(session);
            display.Pacer.Run(session, stopping.Token);
            _ended.TrySetResult();
        }
#pragma warning disable CA1031 // Whatever ends the session thread is handed to whoever waits on it, which reports it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _started.TrySetException(ex);
            _ended.TrySetException(ex);
        }
        finally
        {
            stopping.Dispose();
        }
    }
}
