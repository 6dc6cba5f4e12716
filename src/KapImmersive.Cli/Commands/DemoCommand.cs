using System.CommandLine;
using System.Globalization;
using KapImmersive.Console.Demo;
using KapImmersive.Console.Record;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap demo`: the console, the embedded broker and three simulated headsets with scripted patients, all stopped by Ctrl+C.</summary>
internal sealed class DemoCommand : ICliCommand
{
    public string Name => "demo";

    public string Summary => "starts the console with simulated headsets and patients; prints the address and the demo sign-in";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var settings = new ConsoleSettings();
        var headsets = KapOptions.WholeNumber("--headsets", "N", "how many simulated headsets (3; the console takes 1 to 50)");
        settings.AddTo(command);
        command.Options.Add(headsets);
        command.SetAction((parse, cancellationToken) => RunAsync(settings.Read(parse, console), parse.GetValue(headsets), console, cancellationToken));
    }

    private static Task<int> RunAsync(Dictionary<string, string?> settings, int? headsets, CliConsole console, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kap-demo-{Environment.ProcessId}");
        settings["Kap:Clinic:Demo"] = "true";
        settings["Kap:Clinic:DemoHeadsets"] = (headsets ?? 3).ToString(CultureInfo.InvariantCulture);
        settings.TryAdd("Kap:Clinic:Database", Path.Combine(folder, "demo-record.db"));
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error";
        var signIn = $"Sign in as '{DemoAccounts.Clinician}' with the password '{DemoAccounts.Password}'. The record is kept in {RecordLocation.Parse(settings["Kap:Clinic:Database"]!).Describe()}.";
        return ConsoleCommand.RunConsoleAsync(settings, console, "kap demo", [signIn], cancellationToken);
    }
}
