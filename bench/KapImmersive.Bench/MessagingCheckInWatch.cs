using System.Collections.Concurrent;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;

namespace KapImmersive.Bench;

/// <summary>
/// Asks a headset for a check-in and times it: from the patient's answer (stamped by the headset) to the console
/// receiving the event, and from asking to the answer arriving. Reads the console's notices in the background.
/// </summary>
internal sealed class CheckInWatch : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ConsoleNotice>> _answers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    public CheckInWatch(ConsoleLink console) => _reading = Task.Run(() => ReadAsync(console, _stop.Token));

    public async Task<(double AnswerToConsole, double AskToAnswer)> RoundAsync(ConsoleLink console, string headsetId, CancellationToken cancellationToken)
    {
        var answered = new TaskCompletionSource<ConsoleNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        _answers[headsetId] = answered;
        var asked = DateTimeOffset.UtcNow;
        var result = await console.SendAsync(headsetId, new RequestCheckIn($"ci-{Guid.NewGuid():N}", "bench", "Okay?", 30), cancellationToken);
        if (result.Outcome != CommandOutcome.Applied)
        {
            throw new InvalidOperationException($"{headsetId}: check-in {result.Outcome}: {result.Reason}");
        }

        var notice = await answered.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        return ((notice.ReceivedAt - notice.Event!.At).TotalMilliseconds, (notice.ReceivedAt - asked).TotalMilliseconds);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }

    private async Task ReadAsync(ConsoleLink console, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var notice in console.Notices.ReadAllAsync(cancellationToken))
            {
                if (notice.Event?.Type == EventTypes.CheckInAnswered && _answers.TryRemove(notice.HeadsetId, out var waiting))
                {
                    waiting.TrySetResult(notice);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }
}
