using KapImmersive.Core.Session;

namespace KapImmersive.Headset.Runtime.Records;

/// <summary>The device's own audit trail of a session. Calls return at once; writing happens in the background.</summary>
public interface ISessionLog
{
    void Command(SessionCommand command, double now);

    void Transition(Transition transition, double now);
}
