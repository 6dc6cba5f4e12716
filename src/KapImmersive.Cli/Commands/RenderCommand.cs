using System.CommandLine;
using System.Globalization;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap render`: a picture of a preset at a moment of a session, or a contact sheet of a whole arc, with no display.</summary>
internal sealed class RenderCommand : ICliCommand
{
    /// <summary>Without --until a sheet covers the first ten minutes.</summary>
    public const double DefaultSheetSeconds = 600;

    public string Name => "render";

    public string Summary => "draws what the patient sees at that second (or, with --sheet, one frame every 30 s of the arc) into a PNG";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var scenario = new SessionScenario();
        var options = new RenderOptions();
        scenario.AddTo(command);
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(options.Read(parse), parse, scenario, console, cancellationToken));
    }

    private async Task<int> RunAsync(RenderArguments render, ParseResult parse, SessionScenario scenario, CliConsole console, CancellationToken cancellationToken)
    {
        var (session, code) = await scenario.BuildAsync(parse, console, Name, cancellationToken);
        if (session is null)
        {
            return code;
        }

        var output = console.Resolve(render.Out);
        var until = render.Until ?? DefaultSheetSeconds;
        try
        {
            // All GL work stays on this thread, with no await inside: the headless context is current here only.
            using var context = HeadlessGlContext.Create();
            using var pictures = new RoomPictures(context);
            var image = render.Sheet ? Sheet(pictures, session, render, until) : Picture(pictures, session, render);
            image.SavePng(output);
        }
        catch (InvalidOperationException ex)
        {
            await console.Error.WriteLineAsync($"kap render: {ex.Message}");
            return ExitCodes.Failed;
        }

        await console.Out.WriteLineAsync($"wrote {render.Out}");
        return ExitCodes.Ok;
    }

    private static RgbaImage Picture(RoomPictures pictures, ScriptedSession session, RenderArguments render)
    {
        var frame = SceneComposer.Compose(session.AdvanceTo(render.At), render.At);
        return pictures.Render(frame, render.Eye, render.Width, render.Height);
    }

    private static RgbaImage Sheet(RoomPictures pictures, ScriptedSession session, RenderArguments render, double until)
    {
        var frames = new List<(RgbaImage, string)>();
        for (var t = 0.0; t <= until + 1e-9; t += render.Every)
        {
            var frame = SceneComposer.Compose(session.AdvanceTo(t), t);
            var caption = string.Create(CultureInfo.InvariantCulture,
                $"{(int)t / 60:00}:{(int)t % 60:00}  {frame.Phase.ToString().ToLowerInvariant()}  dark {frame.Darkness:0.00}");
            frames.Add((pictures.Render(frame, render.Eye, render.Width, render.Height), caption));
        }

        var columns = (int)Math.Ceiling(Math.Sqrt(frames.Count * 1.6));
        return ContactSheet.Compose(frames, columns);
    }
}
