using KapImmersive.Core.Safety;
using KapImmersive.Core.Scene;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>Watches frame after frame that nothing the patient sees or hears jumps: exposure and volume move no faster than the safety ramps.</summary>
internal sealed class CalmWatch
{
    private SceneFrame? _previous;
    private double _largestExposureRate;
    private double _largestVolumeRate;

    public void Add(SceneFrame frame)
    {
        if (_previous is { } previous && frame.Time > previous.Time)
        {
            var dt = frame.Time - previous.Time;
            _largestExposureRate = Math.Max(_largestExposureRate, Math.Abs(frame.Exposure - previous.Exposure) / dt);
            _largestVolumeRate = Math.Max(_largestVolumeRate, Math.Abs(frame.Volume - previous.Volume) / dt);
        }

        _previous = frame;
    }

    public void AssertCalm()
    {
        Assert.True(_largestExposureRate <= (1 / SafetyBounds.MinDarknessFullRangeSeconds) + 1e-4, $"light changed at {_largestExposureRate:0.000} of full range a second");
        Assert.True(_largestVolumeRate <= (1 / SafetyBounds.MinVolumeFullRangeSeconds) + 1e-4, $"volume changed at {_largestVolumeRate:0.000} of full range a second");
    }
}
