using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KapImmersive.Audio;
using KapImmersive.Audio.Analysis;
using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Audio.Rendering;
using KapImmersive.Audio.Scene;
using KapImmersive.Cli.Plots;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap audio render`: what a session would sound like, offline, to a WAV file, with its loudness figures and a plot.</summary>
internal sealed class AudioRenderCommand : ICliCommand
{
    public string Name => "audio render";

    public string Summary => "renders a session's sound to a 48 kHz WAV and prints integrated loudness, loudness range, max short-term and true peak";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var scenario = new SessionScenario();
        var options = new AudioRenderOptions();
        scenario.AddTo(command);
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(options.Read(parse), parse, scenario, console, cancellationToken));
    }

    private async Task<int> RunAsync(AudioRenderArguments options, ParseResult parse, SessionScenario scenario, CliConsole console,
        CancellationToken cancellationToken)
    {
        var (session, code) = await scenario.BuildAsync(parse, console, Name, cancellationToken);
        if (session is null)
        {
            return code;
        }

        var seconds = options.Minutes * 60;
        var presetFolder = Path.GetDirectoryName(console.Resolve(scenario.PresetOf(parse)));
        var scene = new AudioRenderScene(new ScriptedSceneSource(session), options.Phase, options.Seed);
        var meter = new LoudnessMeter();
        var spectrogram = options.Plot is null ? null : new Spectrogram(seconds, AudioPlot.SpectrogramColumns, AudioPlot.SpectrogramRows);
        ISampleAnalyser[] analysers = spectrogram is null ? [meter] : [meter, spectrogram];
        var clock = Stopwatch.StartNew();
        using (var mixer = new SceneMixer(scene, new PresetMusicFactory(presetFolder)))
        using (var sink = new WavFileSink(console.Resolve(options.Out)))
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
            var title = Invariant($"{preset.Name} ({preset.Id}): {options.Minutes:0.##} min");
            AudioPlot.Write(console.Resolve(options.Plot!), spectrogram, meter, title, preset.Music.LoudnessTarget);
            await console.Out.WriteLineAsync($"plot: {options.Plot} (spectrogram above; loudness below: momentary, short-term and the preset's target)");
        }

        return ExitCodes.Ok;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
