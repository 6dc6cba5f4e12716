using System.CommandLine;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap broker hash-password`: reads a password from standard input and prints the hash for the broker's settings.</summary>
internal sealed class BrokerHashPasswordCommand(TextReader input) : ICliCommand
{
    public string Name => "broker hash-password";

    public string Summary => "prints the PasswordHash for a broker user (the password is read from standard input, never from the command line)";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction((_, cancellationToken) => RunAsync(console, cancellationToken));
    }

    private async Task<int> RunAsync(CliConsole console, CancellationToken cancellationToken)
    {
        var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password))
        {
            await console.Error.WriteLineAsync("kap broker hash-password: give the password on standard input");
            return ExitCodes.Usage;
        }

        await console.Out.WriteLineAsync(PasswordHash.Create(password));
        return ExitCodes.Ok;
    }
}
