using KapImmersive.Console.Accounts;
using KapImmersive.Console.Record;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap console add-user NAME`: adds a clinician (or sets a new password); the password is read from standard input, never from the command line.</summary>
internal sealed class ConsoleAddUserCommand : ICliCommand
{
    public string Name => "console add-user";

    public string Usage => "NAME [--db FILE|POSTGRESQL] (the password is read from standard input)";

    public string Summary => "adds a clinician account to the console's database, password stored as a PBKDF2 hash";

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        var database = ConsoleSettings.Database(args.Option("db") ?? "kap-console.db", console);
        if (args.Positional.Count != 1 || args.Unread().Any())
        {
            await console.Error.WriteLineAsync("kap console add-user: name one clinician");
            return ExitCodes.Usage;
        }

        if (!System.Console.IsInputRedirected)
        {
            await console.Out.WriteAsync($"Password for {args.Positional[0]} (at least {ClinicianAccounts.MinPasswordLength} characters): ");
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
            if (new ClinicianAccounts(record, TimeProvider.System).Add(args.Positional[0], password) is { } problem)
            {
                await console.Error.WriteLineAsync($"kap console add-user: {problem}");
                return ExitCodes.Failed;
            }
        }

        await console.Out.WriteLineAsync($"clinician '{args.Positional[0]}' can sign in to the console using the {record.Location.Describe()}");
        return ExitCodes.Ok;
    }
}
