namespace KapImmersive.Audio.Loudness;

/// <summary>The EBU R128 figures of a programme: integrated loudness, loudness range, maxima and true peak.</summary>
public readonly record struct LoudnessReport(
    double IntegratedLufs,
    double LoudnessRangeLu,
    double MaxMomentaryLufs,
    double MaxShortTermLufs,
    double TruePeakDbtp);
