using System.CommandLine;
using System.Globalization;
using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Cli.Commands;

/// <summary>The options of `kap render`, typed and checked by the parser before any GPU work starts.</summary>
internal sealed class RenderOptions
{
    public const int MaxSide = 8192;

    private readonly Option<string> _out = new("--out") { HelpName = "FILE.png", Description = "where the picture is written", Required = true };

    private readonly Option<double?> _at = KapOptions.Number("--at", "SECONDS", "the second of the session to draw (required without --sheet)", ZeroOrMore);

    private readonly Option<PictureEye?> _eye = KapOptions.Choice("--eye", "which eye, both side by side, or the console's preview (the default)",
        [("left", PictureEye.Left), ("right", PictureEye.Right), ("both", PictureEye.Both), ("preview", PictureEye.Preview)]);

    private readonly Option<string> _size = KapOptions.Text("--size", "WIDTHxHEIGHT", "pixels (1280x720 for the preview, 916x960 for an eye)");

    private readonly Option<bool> _sheet = KapOptions.Flag("--sheet", "a contact sheet of the arc: one frame every --every seconds up to --until");

    private readonly Option<double?> _every = KapOptions.Number("--every", "SECONDS", "with --sheet: seconds between frames (30)", s => s > 0 ? null : "use more than 0 seconds");

    private readonly Option<double?> _until = KapOptions.Number("--until", "SECONDS", "with --sheet: the last second (600)", ZeroOrMore);

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _size.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !TrySize(token.Value, out _, out _))
            {
                result.AddError($"--size: '{token.Value}' is not WIDTHxHEIGHT (1..{MaxSide} each)");
            }
        });
        command.Options.Add(_out);
        command.Options.Add(_at);
        command.Options.Add(_eye);
        command.Options.Add(_size);
        command.Options.Add(_sheet);
        command.Options.Add(_every);
        command.Options.Add(_until);
        command.Validators.Add(result =>
        {
            if (result.GetResult(_at) is null && result.GetResult(_sheet) is null)
            {
                result.AddError("--at SECONDS (0 or more) is required without --sheet");
            }
        });
    }

    public RenderArguments Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var eye = parse.GetValue(_eye) ?? PictureEye.Preview;
        var (width, height) = eye == PictureEye.Preview ? (1280, 720) : (916, 960);
        if (parse.GetValue(_size) is { } size)
        {
            TrySize(size, out width, out height);
        }

        return new RenderArguments(parse.GetRequiredValue(_out), eye, width, height, parse.GetValue(_at) ?? 0, parse.GetValue(_sheet),
            parse.GetValue(_every) ?? 30, parse.GetValue(_until));
    }

    private static string? ZeroOrMore(double seconds) => seconds >= 0 ? null : "use 0 or more seconds";

    private static bool TrySize(string text, out int width, out int height)
    {
        (width, height) = (0, 0);
        var parts = text.Split('x', 'X');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out width) && width is > 0 and <= MaxSide
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out height) && height is > 0 and <= MaxSide;
    }
}
