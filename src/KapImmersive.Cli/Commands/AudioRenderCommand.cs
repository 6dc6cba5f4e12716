using System.Diagnostics;
using System.Globalization;
using KapImmersive.Audio;
using KapImmersive.Audio.Analysis;
using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Audio.Rendering;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Session;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap audio render`: what a session would sound like, offline, to a WAV file, with its loudness figures and a plot.</summary>
internal sealed class AudioRenderCommand : ICliCommand
{
    private const double MaxMinutes = 600;

    public string Name => "audio render";

    public string Usage => $"PRESET --minutes N --out FILE.wav [--phase P] [--seed S] [--plot FILE.png] {SessionScenario.Usage}";

    public string Summary => "renders a session's sound to a 48 kHz WAV and prints integrated loudness, loudness range, max short-term and true peak";

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        var options = ReadOptions(args);
        if (options.Error is { } error)
        {
            await console.Error.WriteLineAsync($"kap audio render: {error}");
            return ExitCodes.Usage;
        }

        var (session, code) = await SessionScenario.BuildAsync(args, console, Name, cancellationToken);
        if (session is null)
        {
            return code;
        }

        if (args.Unread().FirstOrDefault() is { } unknown)
        {
            await console.Error.WriteLineAsync($"kap audio render: unknown option --{unknown}");
            return ExitCodes.Usage;
        }

        var seconds = options.Minutes * 60;
        var presetFolder = Path.GetDirectoryName(console.Resolve(args.Positional[0]));
        var scene = new AudioRenderScene(new ScriptedSceneSource(session), options.Phase, options.Seed);
        var meter = new LoudnessMeter();
        var spectrogram = options.Plot is null ? null : new Spectrogram(seconds, AudioPlot.Width, AudioPlot.SpectrogramHeight);
        ISampleAnalyser[] analysers = spectrogram is null ? [meter] : [meter, spectrogram];
        var clock = Stopwatch.StartNew();
        using (var mixer = new SceneMixer(scene, new PresetMusicFactory(presetFolder)))
        using (var sink = new WavFileSink(console.Resolve(options.Out!)))
        {
            await Task.Run(() => OfflineRenderer.Render(mixer, seconds, sink, analysers, cancellationToken), cancellationToken);
        }

        var report = meter.Report();
        var preset = session.State.Preset;
        var lines = new[]
        {
            Invariant($"rendered {options.Minutes:0.##} min of {preset.Id} to {options.Out} in {clock.Elapsed.TotalSeconds:0.0} s ({seconds / clock.Elapsed.TotalSeconds:0}x real time)"),
            Invariant($"integrated loudness  {report.IntegratedLufs,7:0.0} LUFS  (target at full volume {preset.Music.LoudnessTarget:0.0} LUFS)"),
            Invariant($"loudness range       {report.LoudnessRangeLu,7:0.0} LU"),
            Invariant($"max short-term       {report.MaxShortTermLufs,7:0.0} LUFS"),
            Invariant($"max momentary        {report.MaxMomentaryLufs,7:0.0} LUFS"),
            Invariant($"true peak            {report.TruePeakDbtp,7:0.0} dBTP"),
        };
        foreach (var line in lines)
        {
            await console.Out.WriteLineAsync(line);
        }

        if (spectrogram is not null)
        {
            await AudioPlot.WriteAsync(console.Resolve(options.Plot!), spectrogram, meter, preset.Music.LoudnessTarget, cancellationToken);
            await console.Out.WriteLineAsync($"plot: {options.Plot} (spectrogram above; loudness below: momentary blue, short-term white, target green)");
        }

        return ExitCodes.Ok;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static AudioRenderOptions ReadOptions(CliArguments args)
    {
        if (!args.TryNumber("minutes", out var error, out var minutes) || minutes is not (> 0 and <= MaxMinutes))
        {
            return new AudioRenderOptions { Error = error ?? $"--minutes N (more than 0, at most {MaxMinutes}) is required" };
        }

        if (args.Option("out") is not { } output || !output.EndsWith(".wav", StringComparison.OrdinalIgnoreCase))
        {
            return new AudioRenderOptions { Error = "--out FILE.wav is required" };
        }

        SessionPhase? phase = null;
        if (args.Option("phase") is { } phaseName)
        {
            if (phaseName is not ("preparation" or "dosing" or "return"))
            {
                return new AudioRenderOptions { Error = $"--phase: '{phaseName}' is not a phase; use preparation, dosing or return" };
            }

            phase = Enum.Parse<SessionPhase>(phaseName, ignoreCase: true);
        }

        int? seed = null;
        if (args.Option("seed") is { } seedText)
        {
            if (!int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return new AudioRenderOptions { Error = $"--seed: '{seedText}' is not a whole number (0 or more)" };
            }

            seed = parsed;
        }

        var plot = args.Option("plot");
        if (plot is not null && !plot.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            return new AudioRenderOptions { Error = "--plot takes a FILE.png" };
        }

        return new AudioRenderOptions { Minutes = minutes.Value, Out = output, Phase = phase, Seed = seed, Plot = plot };
    }
}
