using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using KapImmersive.Core.Session;

namespace KapImmersive.Cli.Commands;

/// <summary>The options of `kap audio render`, typed and checked by the parser before anything renders.</summary>
internal sealed class AudioRenderOptions
{
    public const double MaxMinutes = 600;

    private readonly Option<double?> _minutes = KapOptions.Number("--minutes", "N", "how much of the session to render",
        m => m is > 0 and <= MaxMinutes ? null : string.Create(CultureInfo.InvariantCulture, $"use more than 0 and at most {MaxMinutes} minutes"));

    private readonly Option<string> _out = new("--out") { HelpName = "FILE.wav", Description = "where the 48 kHz stereo WAV is written", Required = true };

    private readonly Option<SessionPhase?> _phase = KapOptions.Choice("--phase", "hold the music on that phase's choice, to hear it without scripting the arc",
        [("preparation", SessionPhase.Preparation), ("dosing", SessionPhase.Dosing), ("return", SessionPhase.Return)]);

    private readonly Option<int?> _seed = KapOptions.WholeNumber("--seed", "S", "another seed for the generated soundscape");

    private readonly Option<string> _plot = KapOptions.Text("--plot", "FILE.png",
        "also draws the spectrogram and the loudness over time (momentary, short-term, the preset's target) into a PNG");

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _minutes.Required = true;
        _out.Validators.Add(result => RequireExtension(result, "--out", ".wav"));
        _plot.Validators.Add(result => RequireExtension(result, "--plot", ".png"));
        command.Options.Add(_minutes);
        command.Options.Add(_out);
        command.Options.Add(_phase);
        command.Options.Add(_seed);
        command.Options.Add(_plot);
    }

    public AudioRenderArguments Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new AudioRenderArguments(parse.GetValue(_minutes)!.Value, parse.GetRequiredValue(_out), parse.GetValue(_phase), parse.GetValue(_seed),
            parse.GetValue(_plot));
    }

    private static void RequireExtension(OptionResult result, string name, string extension)
    {
        if (result.Tokens is [var token] && !token.Value.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            result.AddError($"{name}: '{token.Value}' is not a {extension} file name");
        }
    }
}
