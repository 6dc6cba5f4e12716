using System.Numerics;

namespace KapImmersive.Headset.Runtime.Frames;

/// <summary>
/// How restless the patient's head is: the mean angular speed (degrees a second) since it was last read. A clinician
/// watches it as a trace; a still patient reads near 0, a patient turning and tossing reads tens.
/// </summary>
public sealed class HeadMotion
{
    private Quaternion _previous = Quaternion.Identity;
    private double _previousAt = double.NaN;
    private double _degrees;
    private double _seconds;

    public void Add(Quaternion orientation, double now)
    {
        if (!double.IsNaN(_previousAt) && now > _previousAt)
        {
            var dot = Math.Clamp(Math.Abs(Quaternion.Dot(Quaternion.Normalize(orientation), Quaternion.Normalize(_previous))), 0, 1);
            _degrees += 2 * Math.Acos(dot) * 180 / Math.PI;
            _seconds += now - _previousAt;
        }

        _previous = orientation;
        _previousAt = now;
    }

    /// <summary>Mean degrees a second since the last read; starts a new window.</summary>
    public double ReadAndReset()
    {
        var mean = _seconds > 0 ? _degrees / _seconds : 0;
        _degrees = 0;
        _seconds = 0;
        return mean;
    }
}
