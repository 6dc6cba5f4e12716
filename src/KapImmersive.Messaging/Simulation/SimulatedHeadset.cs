using System.Collections.Concurrent;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Headsets;

namespace KapImmersive.Messaging.Simulation;

/// <summary>
/// A headless headset: Core's reducer on a <see cref="HeadsetLink"/>, stepped by a frame loop that also wakes when a
/// command arrives, and a scripted patient who answers check-ins and presses help. Stands in for the headset app.
/// </summary>
public sealed class SimulatedHeadset
{
    private readonly HeadsetLink _link;
    private readonly SessionReducer _reducer;
    private readonly PatientScript _script;
    private readonly SessionClock _clock;
    private readonly TimeProvider _time;
    private readonly TimeSpan _frame;
    private readonly ConcurrentQueue<SessionCommand> _patient = new();
    private string? _handledCheckIn;
    private int _checkInsSeen;
    private double _nextHelpAt;
    private long _patientCommands;

    public SimulatedHeadset(HeadsetLink link, PresetCatalog presets, EnvironmentPreset preset, PatientScript script, SessionClock clock, TimeProvider time, TimeSpan frame)
    {
        ArgumentNullException.ThrowIfNull(script);
        _link = link;
        _reducer = new SessionReducer(presets);
        _script = script;
        _clock = clock;
        _time = time;
        _frame = frame;
        State = SessionReducer.Start(preset, Now());
        _nextHelpAt = Now() + script.HelpEverySeconds;
    }

    public SessionState State { get; private set; }

    /// <summary>The patient presses the help button (dwell, controller or key in the real headset).</summary>
    public void PressHelp(string source = "button") => _patient.Enqueue(new RequestHelp(PatientCommandId(), SessionReducer.PatientIssuer, source));

    /// <summary>The patient takes the headset off or puts it back on, as the real headset senses it.</summary>
    public void ReportWorn(bool worn) => _patient.Enqueue(new ReportHeadsetWorn(PatientCommandId(), SessionReducer.HeadsetIssuer, worn));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _link.Publish(new Transition(State, []), Now());
        while (!cancellationToken.IsCancellationRequested)
        {
            using var frameOver = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(_frame, _time, frameOver.Token);
            await Task.WhenAny(_link.Commands.WaitToReadAsync(frameOver.Token).AsTask(), delay);
            await frameOver.CancelAsync();
            Step(Now());
        }
    }

    /// <summary>One frame: the console's commands, the patient's actions, then the passing of time.</summary>
    public void Step(double now)
    {
        while (_link.Commands.TryRead(out var received))
        {
            Apply(_reducer.Apply(State, received.Command, now), now);
        }

        while (_patient.TryDequeue(out var action))
        {
            Apply(_reducer.Apply(State, action, now), now);
        }

        Apply(SessionReducer.Advance(State, now), now);
        ActAsPatient(now);
    }

    private void ActAsPatient(double now)
    {
        if (State.CheckIn is { } pending && !string.Equals(pending.Id, _handledCheckIn, StringComparison.Ordinal)
            && now - pending.AskedAt >= _script.AnswerAfterSeconds)
        {
            _handledCheckIn = pending.Id;
            _checkInsSeen++;
            if (_script.MissEvery <= 0 || _checkInsSeen % _script.MissEvery != 0)
            {
                Apply(_reducer.Apply(State, new AnswerCheckIn(PatientCommandId(), SessionReducer.PatientIssuer, pending.Id, _script.Answer), now), now);
            }
        }

        if (_script.HelpEverySeconds > 0 && now >= _nextHelpAt)
        {
            _nextHelpAt = now + _script.HelpEverySeconds;
            Apply(_reducer.Apply(State, new RequestHelp(PatientCommandId(), SessionReducer.PatientIssuer, "scripted"), now), now);
        }
    }

    private void Apply(Transition transition, double now)
    {
        State = transition.State;
        _link.Publish(transition, now);
    }

    private string PatientCommandId() => $"patient-{Interlocked.Increment(ref _patientCommands)}-{Guid.NewGuid():N}";

    private double Now() => _clock.ToSession(_time.GetUtcNow());
}
