using System.Numerics;
using KapImmersive.Core.Patient;

namespace KapImmersive.Headset.Frames;

/// <summary>Where the patient is looking and how far a gaze choice has run, for the display to show the dwell ring.</summary>
public readonly record struct PatientView(Vector3 HeadPosition, Quaternion HeadOrientation, PatientChoice Gazed, float DwellProgress);
