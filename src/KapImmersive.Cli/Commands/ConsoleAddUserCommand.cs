using System.CommandLine;
using KapImmersive.Console.Accounts;
using KapImmersive.Console.Record;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap console add-user NAME`: adds a clinician (or sets a new password); the password is read from standard input, never from the command line.</summary>
internal sealed class ConsoleAddUserCommand : ICliCommand
{
    public string Name => "console add-user";

    public string Summary => "adds a clinician account to the console's database, password stored as a PBKDF2 hash (read from standard input)";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = new Argument<string>("NAME") { Description = "the clinician's sign-in name" };
        var db = KapOptions.Text("--db", "FILE|POSTGRESQL", "the console's record: a SQLite file (kap-console.db) or a PostgreSQL connection string");
        command.Arguments.Add(name);
        command.Options.Add(db);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetRequiredValue(name), ConsoleSettings.Database(parse.GetValue(db) ?? "kap-console.db", console), console, cancellationToken));
    }

    private static async Task<int> RunAsync(string name, string database, CliConsole console, CancellationToken cancellationToken)
    {
        if (!System.Console.IsInputRedirected)
        {
            await console.Out.WriteAsync($"Password for {name} (at least {ClinicianAccounts.MinPasswordLength} characters): ");
        }

        var password = (await System.Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n') ?? "";
        SessionRecord record;
        try
        {
            record = SessionRecord.Open(database);
        }
        catch (RecordOpeningException ex)
        {
            await console.Error.WriteLineAsync($"kap console add-user: {ex.Message}");
            return ExitCodes.Failed;
        }

        using (record)
        {
            if (new ClinicianAccounts(record, TimeProvider.System).Add(name, password) is { } problem)
            {
                await console.Error.WriteLineAsync($"kap console add-user: {problem}");
                return ExitCodes.Failed;
            }
        }

        await console.Out.WriteLineAsync($"clinician '{name}' can sign in to the console using the {record.Location.Describe()}");
        return ExitCodes.Ok;
    }
}
