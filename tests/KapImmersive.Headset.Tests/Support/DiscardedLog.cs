using KapImmersive.Core.Session;
using KapImmersive.Headset.Records;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>A session log that keeps nothing, for tests that look at the screen and the published events.</summary>
internal sealed class DiscardedLog : ISessionLog
{
    public void Command(SessionCommand command, double now)
    {
    }

    public void Transition(Transition transition, double now)
    {
    }
}
