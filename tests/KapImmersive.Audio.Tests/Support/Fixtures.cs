using System.Diagnostics;
using NAudio.Wave;

namespace KapImmersive.Audio.Tests.Support;

/// <summary>Sound files made at test time in a temporary folder: WAV written here, MP3 and Ogg encoded by Debian's sox.</summary>
internal sealed class Fixtures : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kap-audio-").FullName;

    public string Path(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>A 16-bit WAV of a sine (the same in every channel), or of seeded noise when frequency is 0.</summary>
    public string Wav(string name, int sampleRate, int channels, double seconds, double frequencyHz, double amplitude, int seed = 1)
    {
        var path = Path(name);
        var random = new Random(seed);
        using var writer = new WaveFileWriter(path, new WaveFormat(sampleRate, 16, channels));
        var frames = (int)(seconds * sampleRate);
        for (var i = 0; i < frames; i++)
        {
            for (var c = 0; c < channels; c++)
            {
                var value = frequencyHz > 0
                    ? amplitude * Math.Sin(2 * Math.PI * frequencyHz * i / sampleRate)
                    : amplitude * ((random.NextDouble() * 2) - 1);
                writer.WriteSample((float)value);
            }
        }

        return path;
    }

    /// <summary>Runs sox (e.g. to encode MP3 or Ogg Vorbis); the argument "OUT" stands for the output file, returned.</summary>
    public string Sox(string output, params string[] arguments)
    {
        var start = new ProcessStartInfo("sox") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument == "OUT" ? Path(output) : argument);
        }

        using var sox = Process.Start(start)!;
        var errors = sox.StandardError.ReadToEnd();
        sox.WaitForExit();
        Assert.True(sox.ExitCode == 0, $"sox failed: {errors}");
        return Path(output);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
