namespace KapImmersive.Core.Scene;

/// <summary>What the motes are (a preset's atmosphere.motes.kind): each drifts and glows its own way.</summary>
public enum MoteKind
{
    Dust,
    Fireflies,
    Embers,
}
