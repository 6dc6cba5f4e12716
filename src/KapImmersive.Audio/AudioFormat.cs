using NAudio.Wave;

namespace KapImmersive.Audio;

/// <summary>The one format the engine mixes in: 48 kHz, stereo, 32-bit float, interleaved left/right.</summary>
public static class AudioFormat
{
    public const int SampleRate = 48_000;

    public const int Channels = 2;

    /// <summary>
    /// Frames per control block (10 ms): the mixer reads the scene once a block and ramps every gain sample by sample
    /// across it. A multiple of 16 frames so SIMD loops never need a scalar tail at any vector width.
    /// </summary>
    public const int BlockFrames = 480;

    public static WaveFormat WaveFormat { get; } = WaveFormat.CreateIeeeFloatWaveFormat(SampleRate, Channels);

    public static double SecondsOf(long frames) => frames / (double)SampleRate;

    public static long FramesOf(double seconds) => (long)Math.Round(seconds * SampleRate);
}
