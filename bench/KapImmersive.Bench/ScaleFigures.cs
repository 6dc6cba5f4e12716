using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KapImmersive.Bench;

/// <summary>
/// Past one machine (docs/scale.md), on one Mosquitto and a durable PostgreSQL started here: events recorded per second
/// on SQLite and on PostgreSQL with one console and with two (and with one console whose commits do not wait for the
/// disk, as SQLite's synchronous=NORMAL does not); an alert acknowledged on console A until B's dashboard
/// stream says it is gone; command → ack with the headset behind a bridged site broker against the same on one broker.
/// </summary>
internal static class ScaleFigures
{
    private const int Headsets = 10;
    private const int PressesEach = 100;
    private const int Acknowledgements = 100;
    private const int Commands = 500;

    public static async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"kap-bench-scale-{Guid.NewGuid():N}")).FullName;
        var credentials = new TestCredentials(Headsets + 2);
        var certificates = await TestCertificates.CreateAsync(Path.Combine(folder, "certificates"), cancellationToken);
        await using var central = new MosquittoTestBroker(credentials, certificates, Path.Combine(folder, "central"));
        await central.StartAsync(cancellationToken);
        await using var postgres = await PostgresServer.StartAsync(durable: true);
        var headsets = new List<HeadsetRig>();
        try
        {
            foreach (var id in credentials.HeadsetIds.Take(Headsets))
            {
                headsets.Add(await HeadsetRig.StartAsync(Links.For(central, id), id, Path.Combine(folder, "outboxes", id), PatientScript.Idle));
            }

            (string Shape, string Database, int Consoles)[] shapes =
            [
                ("SQLite, 1 console", Path.Combine(folder, "record.db"), 1),
                ("PostgreSQL, 1 console", await postgres.CreateDatabaseAsync(), 1),
                ("PostgreSQL, 1 console, async commit", await postgres.CreateDatabaseAsync() + ";Options=-c synchronous_commit=off", 1),
                ("PostgreSQL, 2 consoles", await postgres.CreateDatabaseAsync(), 2),
            ];
            foreach (var (shape, database, count) in shapes)
            {
                await using var consoles = await ScaleConsoles.StartAsync(database, count, central, folder, cancellationToken);
                var (recorded, seconds) = await BurstAsync(consoles, headsets, cancellationToken);
                output.WriteLine(Invariant($"record  {shape,-36} {recorded} help requests (each with its alert) in {seconds:0.00} s = {recorded / seconds:0} events/s"));
                if (count == 2)
                {
                    var gone = await AcknowledgeAcrossAsync(consoles, cancellationToken);
                    output.WriteLine(MessagingFigures.Line("record  PostgreSQL, 2 consoles", $"acknowledged on A → gone from B's stream ({gone.Count})", gone));
                }
            }

            await BridgeAsync(central, credentials, certificates, folder, output, cancellationToken);
        }
        finally
        {
            foreach (var headset in headsets)
            {
                await headset.DisposeAsync();
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every headset presses help <see cref="PressesEach"/> times at once; the time until the record holds them all.</summary>
    private static async Task<(long Recorded, double Seconds)> BurstAsync(ScaleConsoles consoles, List<HeadsetRig> headsets, CancellationToken cancellationToken)
    {
        foreach (var app in consoles.Apps)
        {
            await app.Services.GetRequiredService<ConsoleLink>().WaitConnectedAsync(cancellationToken);
        }

        var total = headsets.Count * PressesEach;
        var clock = Stopwatch.StartNew();
        foreach (var headset in headsets)
        {
            for (var i = 0; i < PressesEach; i++)
            {
                headset.PressHelp("bench");
            }
        }

        while (consoles.HelpEvents() < total && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(20, cancellationToken);
        }

        return (consoles.HelpEvents(), clock.Elapsed.TotalSeconds);
    }

    private static async Task<List<double>> AcknowledgeAcrossAsync(ScaleConsoles consoles, CancellationToken cancellationToken)
    {
        using var onA = await ConsoleBenchRig.SignedInClientAsync(consoles.Apps[0], cancellationToken);
        using var onB = await ConsoleBenchRig.SignedInClientAsync(consoles.Apps[1], cancellationToken);
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var probe = new AlertClearedProbe();
        var stream = probe.ListenAsync(onB, listening.Token);
        var open = await onA.GetFromJsonAsync<List<Alert>>(new Uri("/api/alerts", UriKind.Relative), cancellationToken) ?? [];
        var gone = new List<double>();
        foreach (var alert in open.Take(Acknowledgements + 10))
        {
            var cleared = probe.ClearedAsync(alert.Id);
            var clock = Stopwatch.StartNew();
            using var acknowledged = await onA.PostAsync(new Uri($"/api/alerts/{alert.Id}/acknowledge", UriKind.Relative), null, cancellationToken);
            acknowledged.EnsureSuccessStatusCode();
            await cleared.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            gone.Add(clock.Elapsed.TotalMilliseconds);
        }

        await listening.CancelAsync();
        await stream;
        return gone.Skip(10).ToList();
    }

    /// <summary>The same console sends alternately to a headset on its own broker and to one behind a bridged site broker.</summary>
    private static async Task BridgeAsync(TestBroker central, TestCredentials credentials, TestCertificates certificates, string folder, TextWriter output,
        CancellationToken cancellationToken)
    {
        await using var site = new MosquittoTestBroker(credentials, certificates, Path.Combine(folder, "site"), bridgedTo: central);
        await site.StartAsync(cancellationToken);
        var (near, far) = (credentials.HeadsetIds[Headsets], credentials.HeadsetIds[Headsets + 1]);
        await using var onCentral = await HeadsetRig.StartAsync(Links.For(central, near), near, Path.Combine(folder, "outboxes", near), PatientScript.Idle);
        await using var onSite = await HeadsetRig.StartAsync(Links.For(site, far), far, Path.Combine(folder, "outboxes", far), PatientScript.Idle);
        await using var console = await Links.ConsoleAsync(central);
        var latencies = new Dictionary<string, List<double>>(StringComparer.Ordinal) { [near] = [], [far] = [] };
        for (var i = 0; i < Commands + 50; i++)
        {
            foreach (var (headset, times) in latencies)
            {
                var id = $"scale-{headset}-{i}";
                SessionCommand command = i % 2 == 0 ? new ShowMessage(id, "bench", "Breathe gently", 30) : new ClearMessage(id, "bench");
                var result = await console.SendAsync(headset, command, cancellationToken);
                if (result.Outcome != CommandOutcome.Applied)
                {
                    throw new InvalidOperationException($"{headset}: {result.Outcome}: {result.Reason}");
                }

                if (i >= 50)
                {
                    times.Add(result.Elapsed.TotalMilliseconds);
                }
            }
        }

        output.WriteLine(MessagingFigures.Line("bridge  one Mosquitto         ", $"command→ack ({Commands})", latencies[near]));
        output.WriteLine(MessagingFigures.Line("bridge  site → central bridged", $"command→ack ({Commands})", latencies[far]));
        output.WriteLine(Invariant($"bridge  command→ack across the bridge is {MessagingFigures.Percentile(latencies[far], 0.5) / MessagingFigures.Percentile(latencies[near], 0.5):0.0}x one broker at p50, ") +
            Invariant($"{MessagingFigures.Percentile(latencies[far], 0.99) / MessagingFigures.Percentile(latencies[near], 0.99):0.0}x at p99"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Alert(long Id);
}
