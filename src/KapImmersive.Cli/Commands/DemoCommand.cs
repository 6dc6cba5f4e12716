using System.Globalization;
using KapImmersive.Console.Demo;
using KapImmersive.Console.Record;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap demo`: the console, the embedded broker and three simulated headsets with scripted patients, all stopped by Ctrl+C.</summary>
internal sealed class DemoCommand : ICliCommand
{
    public string Name => "demo";

    public string Usage => ConsoleSettings.Usage + " [--headsets N]";

    public string Summary => "starts the console with simulated headsets and patients; prints the address and the demo sign-in";

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        if (!ConsoleSettings.TryRead(args, console, out var settings, out var error) || !args.TryNumber("headsets", out error, out var headsets))
        {
            await console.Error.WriteLineAsync($"kap demo: {error}");
            return ExitCodes.Usage;
        }

        if (args.Unread().FirstOrDefault() is { } unknown)
        {
            await console.Error.WriteLineAsync($"kap demo: unknown option --{unknown}");
            return ExitCodes.Usage;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"kap-demo-{Environment.ProcessId}");
        settings["Kap:Clinic:Demo"] = "true";
        settings["Kap:Clinic:DemoHeadsets"] = ((int)(headsets ?? 3)).ToString(CultureInfo.InvariantCulture);
        settings.TryAdd("Kap:Clinic:Database", Path.Combine(folder, "demo-record.db"));
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error";
        var signIn = $"Sign in as '{DemoAccounts.Clinician}' with the password '{DemoAccounts.Password}'. The record is kept in {RecordLocation.Parse(settings["Kap:Clinic:Database"]!).Describe()}.";
        return await ConsoleCommand.RunConsoleAsync(settings, console, "kap demo", [signIn], cancellationToken);
    }
}
