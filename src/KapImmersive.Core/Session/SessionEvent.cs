namespace KapImmersive.Core.Session;

/// <summary>What the session tells the outside world; the headset publishes these to the console.</summary>
public abstract record SessionEvent(double At);
