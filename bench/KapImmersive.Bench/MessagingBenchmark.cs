using System.Diagnostics;
using System.Globalization;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Bench;

/// <summary>
/// The session channel on loopback: command → ack latency and check-in delivery latency, on the embedded broker and on
/// Mosquitto side by side, each against a bare QoS 1 round trip on the same broker and taken apart stage by stage;
/// then 50 simulated headsets on one console. Starts and stops its own brokers.
/// </summary>
internal sealed class MessagingBenchmark : IBenchmark
{
    private const int Commands = 5_000;
    private const int CheckIns = 200;
    private const int Headsets = 50;

    public string Name => "messaging";

    public string Summary => $"command→ack p50/p99 over {Commands:N0} commands against a bare QoS 1 round trip, its stages, and check-in delivery, embedded vs Mosquitto; then {Headsets} headsets on one console";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"kap-bench-messaging-{Guid.NewGuid():N}")).FullName;
        try
        {
            var credentials = new TestCredentials(Headsets);
            var certificates = await TestCertificates.CreateAsync(Path.Combine(folder, "certificates"), cancellationToken);
            output.WriteLine($"messaging: 127.0.0.1, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
            foreach (var kind in Enum.GetValues<BrokerKind>())
            {
                await using var broker = await TestBroker.StartAsync(kind, credentials, certificates, Path.Combine(folder, kind.ToString()), cancellationToken);
                var bare = await BareRoundTrip.MeasureAsync(broker, Commands, cancellationToken);
                output.WriteLine(MessagingFigures.Line($"{kind,-9} bare     ", $"QoS 1 publish → echo → back ({Commands:N0}, raw MQTTnet)", bare));
                var commandToAck = await OneHeadsetAsync(broker, folder, output, cancellationToken);
                var bareP50 = bare.Order().ElementAt(bare.Count / 2);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{kind,-9} 1 headset   command→ack is {commandToAck.Order().ElementAt(commandToAck.Count / 2) / bareP50:0.0}x the bare round trip at p50, {Percentile99(commandToAck) / Percentile99(bare):0.0}x at p99"));
                await MessagingStages.RunAsync(broker, folder, bareP50, output, cancellationToken);
                await ManyHeadsetsAsync(broker, folder, output, cancellationToken);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<double>> OneHeadsetAsync(TestBroker broker, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        await using var headset = await HeadsetRig.StartAsync(Links.For(broker, "h1"), "h1", Path.Combine(folder, $"{broker.Kind}-h1"), new() { AnswerAfterSeconds = 0 });
        await using var console = await Links.ConsoleAsync(broker);
        var checkIns = new CheckInWatch(console);
        await SendManyAsync(console, "h1", 200, cancellationToken);
        var clock = Stopwatch.StartNew();
        var latencies = await SendManyAsync(console, "h1", Commands, cancellationToken);
        clock.Stop();
        output.WriteLine(MessagingFigures.Line($"{broker.Kind,-9} 1 headset ", $"command→ack ({Commands:N0}, {Commands / clock.Elapsed.TotalSeconds:0}/s)", latencies));

        var delivery = new List<double>();
        var loop = new List<double>();
        for (var i = 0; i < CheckIns; i++)
        {
            var (answerToConsole, askToAnswer) = await checkIns.RoundAsync(console, "h1", cancellationToken);
            delivery.Add(answerToConsole);
            loop.Add(askToAnswer);
        }

        output.WriteLine(MessagingFigures.Line($"{broker.Kind,-9} 1 headset ", $"check-in answer→console ({CheckIns})", delivery));
        output.WriteLine(MessagingFigures.Line($"{broker.Kind,-9} 1 headset ", $"check-in ask→answer at console ({CheckIns})", loop));
        await checkIns.DisposeAsync();
        return latencies;
    }

    private static async Task ManyHeadsetsAsync(TestBroker broker, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        var ids = broker.Credentials.HeadsetIds.Take(Headsets).ToList();
        var clock = Stopwatch.StartNew();
        var rigs = await Task.WhenAll(ids.Select(id => HeadsetRig.StartAsync(Links.For(broker, id), id, Path.Combine(folder, $"{broker.Kind}-many-{id}"), new() { AnswerAfterSeconds = 0 })));
        var connected = clock.Elapsed;
        await using var console = await Links.ConsoleAsync(broker);
        var checkIns = new CheckInWatch(console);
        try
        {
            clock.Restart();
            var perHeadset = await Task.WhenAll(ids.Select(id => SendManyAsync(console, id, Commands / Headsets, cancellationToken)));
            clock.Stop();
            var all = perHeadset.SelectMany(l => l).ToList();
            output.WriteLine($"{broker.Kind,-9} {Headsets} headsets: all connected in {connected.TotalMilliseconds:0} ms");
            output.WriteLine(MessagingFigures.Line($"{broker.Kind,-9} {Headsets} headsets", $"command→ack ({all.Count:N0} concurrently, {all.Count / clock.Elapsed.TotalSeconds:0}/s)", all));

            var rounds = await Task.WhenAll(ids.Select(id => checkIns.RoundAsync(console, id, cancellationToken)));
            output.WriteLine(MessagingFigures.Line($"{broker.Kind,-9} {Headsets} headsets", $"check-in answer→console ({Headsets} at once)", [.. rounds.Select(r => r.AnswerToConsole)]));
        }
        finally
        {
            await checkIns.DisposeAsync();
            foreach (var rig in rigs)
            {
                await rig.DisposeAsync();
            }
        }
    }

    private static async Task<List<double>> SendManyAsync(ConsoleLink console, string headsetId, int count, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var id = $"b-{headsetId}-{i}-{Guid.NewGuid():N}";
            SessionCommand command = i % 2 == 0 ? new ShowMessage(id, "bench", "Breathe gently", 30) : new ClearMessage(id, "bench");
            var result = await console.SendAsync(headsetId, command, cancellationToken);
            if (result.Outcome != CommandOutcome.Applied)
            {
                throw new InvalidOperationException($"{headsetId}: {result.Outcome}: {result.Reason}");
            }

            latencies.Add(result.Elapsed.TotalMilliseconds);
        }

        return latencies;
    }

    private static double Percentile99(List<double> values) => values.Order().ElementAt(Math.Max(0, (int)Math.Ceiling(0.99 * values.Count) - 1));

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
