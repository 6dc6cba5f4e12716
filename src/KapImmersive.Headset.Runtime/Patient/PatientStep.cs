using System.Numerics;
using KapImmersive.Core.Patient;

namespace KapImmersive.Headset.Runtime.Patient;

/// <summary>One scripted moment: a head turn (yaw, pitch in degrees) over some seconds, a gaze resting on a choice, or a press.</summary>
public sealed record PatientStep(double At, double Seconds, Vector2? Look, PatientChoice Gaze, PatientChoice Press, string Source);
