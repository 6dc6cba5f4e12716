using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using KapImmersive.Core.Scene;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap preset show`: the scene frame a preset gives at a moment, as JSON, before any renderer exists.</summary>
internal sealed class PresetShowCommand : ICliCommand
{
    public string Name => "preset show";

    public string Summary => "prints the scene (colours after darkening, breathing light, prompt, sound levels) at that second, as JSON";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var scenario = new SessionScenario();
        var at = KapOptions.Number("--at", "SECONDS", "the second of the session to show", s => s >= 0 ? null : "use 0 or more seconds");
        at.Required = true;
        scenario.AddTo(command);
        command.Options.Add(at);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(at)!.Value, parse, scenario, console, cancellationToken));
    }

    private async Task<int> RunAsync(double at, ParseResult parse, SessionScenario scenario, CliConsole console, CancellationToken cancellationToken)
    {
        var (session, code) = await scenario.BuildAsync(parse, console, Name, cancellationToken);
        if (session is null)
        {
            return code;
        }

        var frame = SceneComposer.Compose(session.AdvanceTo(at), at);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            SceneFrameJson.Write(writer, frame);
        }

        await console.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return ExitCodes.Ok;
    }
}
