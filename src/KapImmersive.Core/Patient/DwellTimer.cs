namespace KapImmersive.Core.Patient;

/// <summary>
/// Choosing by looking: the gaze must rest on one choice for the dwell time, and looking away starts over, so a
/// wandering gaze never answers by accident. A choice fires once per rest.
/// </summary>
public readonly record struct DwellTimer(PatientChoice Target, double Since, bool Fired)
{
    /// <summary>Long enough not to fire while the eyes drift across, short enough to manage while dissociated.</summary>
    public const double DefaultSeconds = 2.0;

    public DwellTimer Look(PatientChoice gazed, double now) =>
        gazed == Target ? this : new DwellTimer(gazed, now, false);

    public float Progress(double now, double dwellSeconds) =>
        Target == PatientChoice.None || Fired ? 0 : (float)Math.Clamp((now - Since) / dwellSeconds, 0, 1);

    public bool IsDue(double now, double dwellSeconds) =>
        Target != PatientChoice.None && !Fired && now - Since >= dwellSeconds;

    public DwellTimer MarkFired() => this with { Fired = true };
}
