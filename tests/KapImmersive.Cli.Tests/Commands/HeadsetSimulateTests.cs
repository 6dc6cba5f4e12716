using System.Diagnostics;
using System.Globalization;
using KapImmersive.Cli.Tests.Support;
using KapImmersive.Core.Safety;
using KapImmersive.Headset.Hosting;
using KapImmersive.Testing;

namespace KapImmersive.Cli.Tests.Commands;

/// <summary>`kap headset simulate` takes every switch of the headset app, refuses made-up ones, and says what is missing or refused.</summary>
[Collection(DrawsWithGl.Name)]
public sealed class HeadsetSimulateTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("kap-cli-simulate-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Every_switch_of_the_headset_app_is_an_option()
    {
        var simulate = new KapCommandLine(Program.Commands).Build(new CliConsole(TextWriter.Null, TextWriter.Null, _scratch))
            .Subcommands.Single(c => c.Name == "headset").Subcommands.Single(c => c.Name == "simulate");

        Assert.All(HeadsetHostBuilderExtensions.Switches.Keys, name => Assert.Contains(simulate.Options, o => o.Name == name));
    }

    [Fact]
    public async Task A_made_up_option_exits_2_with_one_plain_line_naming_the_real_ones()
    {
        var (code, output, error) = await KapRunner.RunAsync(RepositoryRoot.Path, "headset", "simulate", "--id", "room-3", "--bogus");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        var problem = error.Split('\n')[0];
        Assert.StartsWith("kap headset simulate: unknown option --bogus; the options are --id, --password, --broker, --port,", problem, StringComparison.Ordinal);
        Assert.All(HeadsetHostBuilderExtensions.Switches.Keys, name => Assert.Contains($" {name},", problem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_password_is_named_exactly_with_the_option_and_the_setting_that_give_it()
    {
        var (code, _, error) = await KapRunner.RunAsync(RepositoryRoot.Path, "headset", "simulate", "--id", "room-3", "--config", await ConfigAsync(port: 1883));

        Assert.Equal(1, code);
        Assert.Contains("  - Link.Password is required: the broker refuses anonymous clients (give it with --password, the setting " +
            "Kap:Headset:Link:Password in --config FILE, or the environment variable KAP_Kap__Headset__Link__Password)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("UserName", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_gets_the_brokers_refusal_and_stops()
    {
        await using var broker = await TestBroker.StartAsync("room-7");
        var config = await ConfigAsync(broker.Port);
        var started = Stopwatch.StartNew();
        var (code, _, error) = await KapRunner.RunAsync(Program.Commands, RepositoryRoot.Path,
            Simulate("room-7", "not-the-password", broker.Port, config), new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

        Assert.Equal(1, code);
        Assert.Contains($"kap headset simulate: the broker at 127.0.0.1:{broker.Port} refused headset 'room-7': BadUserNameOrPassword;", error, StringComparison.Ordinal);

        // A refused simulation has no patient to bring back: it stops at once, not after a gentle return of 30 s or more.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(SafetyBounds.MinReturnSeconds - 5), $"the refused headset took {started.Elapsed.TotalSeconds:0} s to stop");
    }

    [Fact]
    public async Task The_right_password_and_port_connect_the_headset_and_it_carries_out_a_command()
    {
        await using var broker = await TestBroker.StartAsync("room-7");
        var config = await ConfigAsync(broker.Port, broker.Passwords[TestBroker.ConsoleUser]);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var output = new SharedText();
        using var error = new SharedText();
        var simulate = KapRunner.StartAsync(Program.Commands, RepositoryRoot.Path, Simulate("room-7", broker.Passwords["room-7"], broker.Port, config), output, error,
            stop.Token);

        var connected = $"kap headset simulate: headset 'room-7' connected to the broker at 127.0.0.1:{broker.Port}";
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!output.ToString().Contains(connected, StringComparison.Ordinal) && !simulate.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(output.ToString().Contains(connected, StringComparison.Ordinal), $"{output}\n{error}");
        var (code, sent, refused) = await KapRunner.RunAsync(RepositoryRoot.Path, "console", "send", "--to", "room-7", "setDarkness", "--level", "0.4", "--config", config);
        Assert.True(code == 0, sent + refused);
        Assert.Matches("^(applied|slowed): ", sent);

        await stop.CancelAsync();
        Assert.Equal(0, await simulate);
    }

    private static string[] Simulate(string id, string password, int port, string config) =>
        ["headset", "simulate", "--id", id, "--password", password, "--port", port.ToString(CultureInfo.InvariantCulture), "--config", config, "--fps", "10", "--eye-size", "32"];

    /// <summary>Settings a test wants beside the options: a quick return at Ctrl+C, a data folder of its own, and the console's link for `kap console send`.</summary>
    private async Task<string> ConfigAsync(int port, string consolePassword = "")
    {
        var path = Path.Combine(_scratch, $"clinic-{Guid.NewGuid():N}.json");
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            Kap = new
            {
                App = new { ShutdownReturnSeconds = 30, DataFolder = Path.Combine(_scratch, "data") },
                Console = new { Link = new { Host = "127.0.0.1", Port = port, UserName = TestBroker.ConsoleUser, Password = consolePassword } },
            },
        });
        await File.WriteAllTextAsync(path, json);
        return path;
    }
}
