using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;

namespace KapImmersive.Bench;

/// <summary>
/// 50 simulated headsets on one console: the clinician's command-to-outcome latency through the web API, how many
/// events per second the record takes, and how long a headset's new state takes to reach a dashboard.
/// </summary>
internal sealed class ConsoleBenchmark : IBenchmark
{
    private const int Headsets = 50;
    private const int CommandRounds = 10;
    private const int HelpPressesPerHeadset = 40;

    public string Name => "console";

    public string Summary => $"{Headsets} simulated headsets on one console: command-to-outcome latency, events recorded per second, dashboard update delay; then past one machine: SQLite and PostgreSQL with one console and two, an acknowledgement across consoles, command→ack across a bridge";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await ManyHeadsetsAsync(output, cancellationToken);
        await ScaleFigures.RunAsync(output, cancellationToken);
    }

    private static async Task ManyHeadsetsAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await using var rig = await ConsoleBenchRig.StartAsync(Headsets, cancellationToken);
        output.WriteLine(Invariant($"started the console, broker and {Headsets} headsets in {started.Elapsed.TotalSeconds:0.0} s"));
        using var client = await rig.SignedInClientAsync(cancellationToken);
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var probe = new ConsoleDashboardProbe();
        var dashboard = probe.ListenAsync(await rig.SignedInClientAsync(cancellationToken), listening.Token);

        await CommandRoundAsync(client, rig.HeadsetIds, 0, cancellationToken);
        var alone = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            var (milliseconds, _) = (await CommandRoundAsync(client, [rig.HeadsetIds[i % Headsets]], i, cancellationToken))[0];
            alone.Add(milliseconds);
        }

        output.WriteLine(Invariant($"command to outcome, one at a time (100 commands): p50 {Percentile(alone, 0.50):0.0} ms, p99 {Percentile(alone, 0.99):0.0} ms"));
        probe.Clear();
        var latencies = new List<double>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        for (var round = 1; round <= CommandRounds; round++)
        {
            foreach (var (milliseconds, outcome) in await CommandRoundAsync(client, rig.HeadsetIds, round, cancellationToken))
            {
                latencies.Add(milliseconds);
                outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            }
        }

        output.WriteLine(Invariant($"command to outcome (HTTP POST to ack recorded, {latencies.Count} commands, {Headsets} at a time): ") +
            Invariant($"p50 {Percentile(latencies, 0.50):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms; ") +
            string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        var delays = probe.DelaysMilliseconds.ToList();
        output.WriteLine(Invariant($"dashboard update delay (headset state stamped to card received over SSE, {delays.Count} updates): ") +
            Invariant($"p50 {Percentile(delays, 0.50):0.0} ms, p99 {Percentile(delays, 0.99):0.0} ms"));

        var total = Headsets * HelpPressesPerHeadset;
        var before = HelpEvents(rig.Database);
        var clock = Stopwatch.StartNew();
        foreach (var headset in rig.Headsets)
        {
            for (var i = 0; i < HelpPressesPerHeadset; i++)
            {
                headset.PressHelp("bench");
            }
        }

        while (HelpEvents(rig.Database) - before < total && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(50, cancellationToken);
        }

        var recorded = HelpEvents(rig.Database) - before;
        output.WriteLine(Invariant($"events recorded: {recorded} of {total} help requests (each with its alert) in {clock.Elapsed.TotalSeconds:0.00} s = ") +
            Invariant($"{recorded / clock.Elapsed.TotalSeconds:0} events/s, written to SQLite before each MQTT ack"));
        await listening.CancelAsync();
        await dashboard;
    }

    private static async Task<List<(double Milliseconds, string Outcome)>> CommandRoundAsync(HttpClient client, IReadOnlyList<string> ids, int round,
        CancellationToken cancellationToken)
    {
        var level = round % 2 == 0 ? 0.35 : 0.55;
        var sends = ids.Select(async id =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsJsonAsync(new Uri($"/api/headsets/{id}/commands", UriKind.Relative),
                new { type = "setDarkness", args = new { level, seconds = 20 } }, cancellationToken);
            var report = await response.Content.ReadFromJsonAsync<Report>(cancellationToken);
            return (clock.Elapsed.TotalMilliseconds, report?.Outcome ?? $"http {(int)response.StatusCode}");
        });
        return [.. await Task.WhenAll(sends)];
    }

    private static long HelpEvents(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM entries WHERE kind = 'event' AND type = 'helpRequested'";
        return (long)query.ExecuteScalar()!;
    }

    private static double Percentile(List<double> values, double share)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Report(string Outcome);
}
