using System.Collections.Immutable;

namespace KapImmersive.Core.Session;

/// <summary>The result of applying a command or the passing of time: the new state and what to publish.</summary>
public readonly record struct Transition(SessionState State, ImmutableArray<SessionEvent> Events)
{
    public static Transition Unchanged(SessionState state) => new(state, []);
}
