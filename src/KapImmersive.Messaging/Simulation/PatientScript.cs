using KapImmersive.Core.Session;

namespace KapImmersive.Messaging.Simulation;

/// <summary>How a simulated patient behaves: answers each check-in after a while, leaves every Nth unanswered, asks for help now and then.</summary>
public sealed record PatientScript
{
    public double AnswerAfterSeconds { get; init; } = 2;

    public CheckInAnswer Answer { get; init; } = CheckInAnswer.Okay;

    /// <summary>Leaves every Nth check-in unanswered so it becomes a missed check-in; 0 answers them all.</summary>
    public int MissEvery { get; init; }

    /// <summary>Presses help this often; 0 never does.</summary>
    public double HelpEverySeconds { get; init; }
}
