namespace KapImmersive.Core.Session;

public enum SessionPhase
{
    Idle,
    Preparation,
    Dosing,
    Return,
    Ended,
}
