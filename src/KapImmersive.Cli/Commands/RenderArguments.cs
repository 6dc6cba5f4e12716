using System.Globalization;
using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Cli.Commands;

/// <summary>What `kap render` was asked for, read and checked before any GPU work starts.</summary>
internal sealed record RenderArguments(string Out, PictureEye Eye, int Width, int Height, double At, bool Sheet, double Every, double? Until)
{
    public const int MaxSide = 8192;

    public static (RenderArguments? Arguments, string? Error) Read(CliArguments args)
    {
        var sheet = args.Has("sheet");
        if (args.Option("out") is not { } output)
        {
            return (null, "--out FILE.png is required");
        }

        if (!TryEye(args.Option("eye") ?? "preview", out var eye))
        {
            return (null, $"--eye: '{args.Option("eye")}' is not left, right, both or preview");
        }

        var (defaultWidth, defaultHeight) = eye == PictureEye.Preview ? (1280, 720) : (916, 960);
        if (!TrySize(args.Option("size"), defaultWidth, defaultHeight, out var width, out var height))
        {
            return (null, $"--size: '{args.Option("size")}' is not WIDTHxHEIGHT (1..{MaxSide} each)");
        }

        if (!args.TryNumber("at", out var error, out var at) || !args.TryNumber("every", out error, out var every)
            || !args.TryNumber("until", out error, out var until))
        {
            return (null, error);
        }

        if (!sheet && at is null or < 0)
        {
            return (null, "--at SECONDS (0 or more) is required");
        }

        if (every is <= 0 || until is < 0)
        {
            return (null, "--every must be above 0 and --until 0 or more");
        }

        return (new RenderArguments(output, eye, width, height, at ?? 0, sheet, every ?? 30, until), null);
    }

    private static bool TryEye(string text, out PictureEye eye)
    {
        eye = text switch
        {
            "left" => PictureEye.Left,
            "right" => PictureEye.Right,
            "both" => PictureEye.Both,
            "preview" => PictureEye.Preview,
            _ => (PictureEye)(-1),
        };
        return Enum.IsDefined(eye);
    }

    private static bool TrySize(string? text, int defaultWidth, int defaultHeight, out int width, out int height)
    {
        (width, height) = (defaultWidth, defaultHeight);
        if (text is null)
        {
            return true;
        }

        var parts = text.Split('x', 'X');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out width) && width is > 0 and <= MaxSide
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out height) && height is > 0 and <= MaxSide;
    }
}
