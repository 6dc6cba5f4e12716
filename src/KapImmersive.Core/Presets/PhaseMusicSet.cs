using KapImmersive.Core.Session;

namespace KapImmersive.Core.Presets;

/// <summary>What plays in each phase of a session; a phase left out uses dosing's choice.</summary>
public sealed record PhaseMusicSet
{
    public PhaseMusic? Preparation { get; init; }

    public PhaseMusic? Dosing { get; init; }

    public PhaseMusic? Return { get; init; }

    public PhaseMusic For(SessionPhase phase) => phase switch
    {
        SessionPhase.Preparation or SessionPhase.Idle => Preparation ?? Dosing ?? PhaseMusic.Everything,
        SessionPhase.Return or SessionPhase.Ended => Return ?? Dosing ?? PhaseMusic.Everything,
        _ => Dosing ?? PhaseMusic.Everything,
    };
}
