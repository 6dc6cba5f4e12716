using KapImmersive.Cli;
using KapImmersive.Cli.Commands;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

ICliCommand[] commands =
[
    new PresetValidateCommand(),
    new PresetShowCommand(),
    new AudioRenderCommand(),
];

var console = new CliConsole(Console.Out, Console.Error, Environment.CurrentDirectory);
return await new KapCommandLine(commands).RunAsync(args, console, cancellation.Token);
