using KapImmersive.Core.Session;

namespace KapImmersive.Headset.Runtime.Records;

/// <summary>No log on the device: for simulated patients, whose sessions the console records anyway.</summary>
public sealed class DiscardedSessionLog : ISessionLog
{
    public static DiscardedSessionLog Instance { get; } = new();

    private DiscardedSessionLog()
    {
    }

    public void Command(SessionCommand command, double now)
    {
    }

    public void Transition(Transition transition, double now)
    {
    }
}
