using KapImmersive.Audio.Dsp;
using KapImmersive.Core.Presets;
using NAudio.Wave;

namespace KapImmersive.Audio.Generative;

/// <summary>
/// A preset's generated music (<see cref="Soundscape"/>): its layers mixed, each at a gain its owner sets
/// (phase choice and intensity). Seeded: the same description gives the same samples on every run. Reads are
/// whole multiples of 16 frames (the mixer reads whole control blocks).
/// </summary>
public sealed class GeneratedSoundscape : ISampleProvider
{
    private readonly GeneratedLayer[] _layers;
    private readonly float[] _target;
    private readonly float[] _reached;
    private long _frames;

    public GeneratedSoundscape(Soundscape description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var scale = new ScaleNotes(description.Key, description.Scale);
        var random = new SeededRandom((ulong)description.Seed);
        LayerNames = [.. description.Layers.Select(l => l.Name)];
        _layers = [.. description.Layers.Select(l => Create(l, scale, random.Split()))];
        _target = new float[_layers.Length];
        _reached = new float[_layers.Length];
    }

    public WaveFormat WaveFormat => AudioFormat.WaveFormat;

    public IReadOnlyList<string> LayerNames { get; }

    /// <summary>Sets the level a layer moves to (ramped across the next read).</summary>
    public void SetLayerGain(int layer, float gain) => _target[layer] = gain;

    public int Read(Span<float> buffer)
    {
        buffer.Clear();
        var blockSamples = AudioFormat.BlockFrames * AudioFormat.Channels;
        var blocks = (buffer.Length + blockSamples - 1) / blockSamples;
        for (var b = 0; b < blocks; b++)
        {
            var block = buffer.Slice(b * blockSamples, Math.Min(blockSamples, buffer.Length - (b * blockSamples)));
            _frames += block.Length / AudioFormat.Channels;
            var endTime = AudioFormat.SecondsOf(_frames);
            for (var i = 0; i < _layers.Length; i++)
            {
                var from = _reached[i] + ((_target[i] - _reached[i]) * b / blocks);
                var to = _reached[i] + ((_target[i] - _reached[i]) * (b + 1) / blocks);
                _layers[i].Render(block, endTime, from, to);
            }
        }

        _target.CopyTo(_reached.AsSpan());
        return buffer.Length;
    }

    private static GeneratedLayer Create(SoundscapeLayer layer, ScaleNotes scale, SeededRandom random) => layer.Kind switch
    {
        "pad" => new PadLayer(scale, layer.Octave, layer.Level, layer.Brightness, random),
        "noise" => new NoiseLayer(layer.Texture ?? "ocean", layer.Level, layer.Brightness, random),
        "drone" => new DroneLayer(scale, layer.Octave, layer.Level, layer.Brightness, random),
        "bells" => new BellLayer(scale, layer.Octave, layer.Level, layer.Brightness,
            Math.Min(layer.Density, SoundscapeVocabulary.MaxBellsPerMinute), random),
        _ => throw new ArgumentException($"unknown soundscape layer kind '{layer.Kind}'", nameof(layer)),
    };
}
