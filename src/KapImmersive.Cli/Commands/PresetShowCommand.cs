using System.Text.Encodings.Web;
using System.Text.Json;
using KapImmersive.Core.Scene;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap preset show`: the scene frame a preset gives at a moment, as JSON, before any renderer exists.</summary>
internal sealed class PresetShowCommand : ICliCommand
{
    public string Name => "preset show";

    public string Usage => $"PRESET --at SECONDS {SessionScenario.Usage}";

    public string Summary => "prints the scene (colours after darkening, breathing light, prompt, sound levels) at that second, as JSON";

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        if (!args.TryNumber("at", out var error, out var at) || at is null or < 0)
        {
            await console.Error.WriteLineAsync($"kap preset show: {error ?? "--at SECONDS (0 or more) is required"}");
            return ExitCodes.Usage;
        }

        var (session, code) = await SessionScenario.BuildAsync(args, console, Name, cancellationToken);
        if (session is null)
        {
            return code;
        }

        var frame = SceneComposer.Compose(session.AdvanceTo(at.Value), at.Value);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            SceneFrameJson.Write(writer, frame);
        }

        await console.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return ExitCodes.Ok;
    }
}
