using System.Diagnostics;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Bench;

/// <summary>
/// Takes command → ack apart on one broker: console to the headset's link (publish, broker, client), decoding and the
/// wait for the frame loop, the reducer, the hand-off to the sender, and the ack's way back (sender, broker, console).
/// </summary>
internal static class MessagingStages
{
    private const int Commands = 2_000;

    private static readonly string[] StageNames =
        ["to the headset's link", "decode + wait for the frame loop", "reducer", "hand-off to the sender", "ack back to the console"];

    public static async Task RunAsync(TestBroker broker, string folder, double bareP50, TextWriter output, CancellationToken cancellationToken)
    {
        await using var headset = await StagedHeadset.StartAsync(broker, "h2", Path.Combine(folder, $"{broker.Kind}-staged"), cancellationToken);
        await using var console = await Links.ConsoleAsync(broker);
        var stages = StageNames.Select(name => (Name: name, Milliseconds: new List<double>(Commands))).ToArray();
        var total = new List<double>(Commands);
        for (var i = 0; i < Commands + 200; i++)
        {
            var id = $"s-{i}-{Guid.NewGuid():N}";
            SessionCommand command = i % 2 == 0 ? new ShowMessage(id, "bench", "Breathe gently", 30) : new ClearMessage(id, "bench");
            var sent = DateTimeOffset.UtcNow;
            var result = await console.SendAsync("h2", command, cancellationToken);
            var back = DateTimeOffset.UtcNow;
            if (result.Outcome != CommandOutcome.Applied || !headset.Seen.TryRemove(id, out var seen))
            {
                throw new InvalidOperationException($"h2: {result.Outcome}: {result.Reason}");
            }

            if (i < 200)
            {
                continue;
            }

            var marks = new[] { sent, seen.Received, seen.Read, seen.Reduced, seen.Handed, back };
            for (var s = 0; s < stages.Length; s++)
            {
                stages[s].Milliseconds.Add((marks[s + 1] - marks[s]).TotalMilliseconds);
            }

            total.Add((back - sent).TotalMilliseconds);
        }

        var setup = $"{broker.Kind,-9} stages   ";
        foreach (var (name, milliseconds) in stages)
        {
            output.WriteLine(MessagingFigures.Line(setup, name, milliseconds));
        }

        output.WriteLine(MessagingFigures.Line(setup, $"command→ack, the same {Commands:N0} commands", total));
        output.WriteLine(MessagingFigures.Line(setup, "of which decoding alone (CommandCodec.Read)", DecodeTimes()));
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{setup}  command→ack p50 is {Median(total) / bareP50:0.0}x the bare QoS 1 round trip; the ack's way back is {Median(stages[4].Milliseconds) / bareP50:0.0}x, the way out {Median(stages[0].Milliseconds) / bareP50:0.0}x"));
    }

    private static List<double> DecodeTimes()
    {
        var payload = CommandCodec.Write(new ShowMessage("decode-1", "bench", "Breathe gently", 30), DateTimeOffset.UtcNow);
        var times = new List<double>(2_000);
        for (var i = 0; i < 2_200; i++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var j = 0; j < 10; j++)
            {
                _ = CommandCodec.Read(payload);
            }

            if (i >= 200)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds / 10);
            }
        }

        return times;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
