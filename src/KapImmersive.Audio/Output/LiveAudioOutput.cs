using NAudio.Wave;

namespace KapImmersive.Audio.Output;

/// <summary>
/// Plays a source live: a render thread keeps a bounded buffer full (never touching the frame loop), an output
/// thread hands it to the sink period by period. When the buffer has too little for a period, the output plays
/// silence for the gap and counts an underrun rather than waiting.
/// </summary>
public sealed class LiveAudioOutput : IDisposable
{
    private readonly ISampleProvider _source;
    private readonly IAudioSink _sink;
    private readonly SampleRingBuffer _ring;
    private readonly int _periodSamples;
    private readonly AutoResetEvent _roomFreed = new(false);
    private readonly CancellationTokenSource _stop = new();
    private Thread? _renderThread;
    private Thread? _outputThread;
    private long _underruns;
    private long _framesPlayed;

    public LiveAudioOutput(ISampleProvider source, IAudioSink sink, AudioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _source = source;
        _sink = sink;
        _ring = new SampleRingBuffer(SamplesOf(options.BufferMilliseconds));
        _periodSamples = SamplesOf(options.PeriodMilliseconds);
    }

    public string SinkName => _sink.Name;

    public long Underruns => Interlocked.Read(ref _underruns);

    public long FramesPlayed => Interlocked.Read(ref _framesPlayed);

    /// <summary>The first problem the output thread met (a device that went away), if any.</summary>
    public Exception? Fault { get; private set; }

    /// <summary>Fills the buffer, then starts both threads.</summary>
    public void Start()
    {
        var block = new float[AudioFormat.BlockFrames * AudioFormat.Channels];
        while (_ring.Free >= block.Length)
        {
            _source.Read(block);
            _ring.Write(block);
        }

        _renderThread = new Thread(Render) { IsBackground = true, Name = "audio render", Priority = ThreadPriority.AboveNormal };
        _outputThread = new Thread(Output) { IsBackground = true, Name = "audio output", Priority = ThreadPriority.AboveNormal };
        _renderThread.Start();
        _outputThread.Start();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        _roomFreed.Set();
        await Task.Run(() =>
        {
            _renderThread?.Join();
            _outputThread?.Join();
        }, cancellationToken);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _roomFreed.Set();
        _renderThread?.Join();
        _outputThread?.Join();
        _roomFreed.Dispose();
        _stop.Dispose();
        _sink.Dispose();
    }

    private static int SamplesOf(int milliseconds) => AudioFormat.SampleRate / 1000 * milliseconds * AudioFormat.Channels;

    private void Render()
    {
        var block = new float[AudioFormat.BlockFrames * AudioFormat.Channels];
        while (!_stop.IsCancellationRequested)
        {
            if (_ring.Free < block.Length)
            {
                _roomFreed.WaitOne(TimeSpan.FromMilliseconds(20));
                continue;
            }

            _source.Read(block);
            _ring.Write(block);
        }
    }

    private void Output()
    {
        var period = new float[_periodSamples];
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var read = _ring.Read(period);
                _roomFreed.Set();
                if (read < period.Length)
                {
                    Interlocked.Increment(ref _underruns);
                    period.AsSpan(read).Clear();
                }

                _sink.Write(period);
                Interlocked.Add(ref _framesPlayed, period.Length / AudioFormat.Channels);
            }
        }
        catch (IOException ex)
        {
            Fault = ex;
        }
    }
}
