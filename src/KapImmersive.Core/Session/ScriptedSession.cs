using System.Collections.Immutable;
using KapImmersive.Core.Presets;

namespace KapImmersive.Core.Session;

/// <summary>
/// Plays a timeline of commands through the reducer, forward in time, so tools can ask "what is the state at t?"
/// for a whole arc (offline renders, contact sheets, simulated headsets). Collects every event on the way.
/// </summary>
public sealed class ScriptedSession
{
    private readonly SessionReducer _reducer;
    private readonly ImmutableArray<TimedCommand> _timeline;
    private readonly List<SessionEvent> _events = [];
    private int _next;

    public ScriptedSession(EnvironmentPreset preset, PresetCatalog presets, IEnumerable<TimedCommand> timeline, double startAt = 0)
    {
        _reducer = new SessionReducer(presets);
        _timeline = [.. timeline.OrderBy(c => c.At)];
        State = SessionReducer.Start(preset, startAt);
        Now = startAt;
    }

    public SessionState State { get; private set; }

    public double Now { get; private set; }

    public IReadOnlyList<SessionEvent> Events => _events;

    /// <summary>Applies every command due by <paramref name="now"/> and lets time pass to it; time never runs back.</summary>
    public SessionState AdvanceTo(double now)
    {
        if (now < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, "a scripted session only moves forward");
        }

        while (_next < _timeline.Length && _timeline[_next].At <= now)
        {
            var step = _timeline[_next++];
            Record(_reducer.Apply(State, step.Command, Math.Max(step.At, Now)));
        }

        Record(SessionReducer.Advance(State, now));
        Now = now;
        return State;
    }

    private void Record(Transition transition)
    {
        State = transition.State;
        if (!transition.Events.IsEmpty)
        {
            _events.AddRange(transition.Events);
        }
    }
}
