namespace KapImmersive.Core.Session;

/// <summary>The headset is on the patient's head again after being off since <paramref name="RemovedAt"/>.</summary>
public sealed record HeadsetWorn(double At, double RemovedAt) : SessionEvent(At);
