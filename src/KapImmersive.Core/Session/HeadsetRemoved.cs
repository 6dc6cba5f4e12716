namespace KapImmersive.Core.Session;

/// <summary>The patient took the headset off (or something took the headset's view away); the scene holds meanwhile.</summary>
public sealed record HeadsetRemoved(double At, SessionPhase Phase) : SessionEvent(At);
