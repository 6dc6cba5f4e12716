using System.CommandLine;
using KapImmersive.Console.Hosting;
using KapImmersive.Console.Record;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap console`: the clinician console (web app, embedded broker unless configured otherwise, session record).</summary>
internal sealed class ConsoleCommand : ICliCommand
{
    public string Name => "console";

    public string Summary => "runs the clinician console on 127.0.0.1:5080 with the embedded broker; add clinicians with `kap console add-user`";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var settings = new ConsoleSettings();
        settings.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunConsoleAsync(settings.Read(parse, console), console, "kap console", [], cancellationToken));
    }

    /// <summary>Starts the console, prints where it is, and runs until Ctrl+C.</summary>
    public static async Task<int> RunConsoleAsync(Dictionary<string, string?> settings, CliConsole console, string name, IEnumerable<string> afterStart,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        WebApplication app;
        try
        {
            app = ConsoleApp.Build([], settings);
        }
        catch (OptionsValidationException ex)
        {
            await console.Error.WriteLineAsync($"{name}: {string.Join("; ", ex.Failures)}");
            return ExitCodes.Failed;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OptionsValidationException or IOException or ArgumentException or RecordOpeningException)
            {
                await console.Error.WriteLineAsync($"{name}: cannot start: {ex.Message}");
                return ExitCodes.Failed;
            }

            await console.Out.WriteLineAsync($"{name}: open {app.Address()} in a browser");
            if (app.SecureAddress() is { } secure)
            {
                await console.Out.WriteLineAsync($"{name}: standalone headsets open {secure}/headset");
            }

            foreach (var line in afterStart)
            {
                await console.Out.WriteLineAsync(line);
            }

            await console.Out.WriteLineAsync("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
            await app.StopAsync(CancellationToken.None);
        }

        return ExitCodes.Ok;
    }
}
