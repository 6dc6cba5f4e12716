namespace KapImmersive.Core.Breathing;

public enum BreathStage
{
    Inhale,
    HoldIn,
    Exhale,
    HoldOut,
}
