using KapImmersive.Cli;
using KapImmersive.Cli.Commands;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// Long-running commands (broker, headset simulate, console watch) stop cleanly on SIGTERM too, as from a service manager.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    cancellation.Cancel();
});

var console = new CliConsole(Console.Out, Console.Error, Environment.CurrentDirectory);
return await new KapCommandLine(Program.Commands).RunAsync(args, console, cancellation.Token);

internal partial class Program
{
    /// <summary>Every `kap` command; tests run the same list in-process.</summary>
    internal static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new PresetValidateCommand(),
        new PresetShowCommand(),
        new RenderCommand(),
        new AudioRenderCommand(),
        new BrokerCommand(),
        new BrokerCertificateCommand(),
        new BrokerHashPasswordCommand(Console.In),
        new HeadsetSimulateCommand(),
        new ConsoleSendCommand(),
        new ConsoleWatchCommand(),
        new ConsoleCommand(),
        new ConsoleAddUserCommand(),
        new DemoCommand(),
        new CompletionBashCommand(),
    ];
}
