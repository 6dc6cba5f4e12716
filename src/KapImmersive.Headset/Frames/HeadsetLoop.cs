using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Patient;
using KapImmersive.Headset.Records;

namespace KapImmersive.Headset.Frames;

/// <summary>
/// One frame of the headset: commands from the console and the patient's input go through Core's reducer, time
/// passes, the scene is composed and every output carries it out. It never waits on I/O, and a frame in which
/// nothing is asked allocates nothing.
/// </summary>
public sealed class HeadsetLoop
{
    private readonly SessionReducer _reducer;
    private readonly ISessionLink _link;
    private readonly IPatientInput _input;
    private readonly IReadOnlyList<IFrameOutput> _outputs;
    private readonly ISessionLog _log;
    private readonly PatientCommands _patientCommands = new();
    private readonly double _dwellSeconds;
    private DwellTimer _dwell;

    public HeadsetLoop(SessionReducer reducer, SessionState start, ISessionLink link, IPatientInput input,
        IReadOnlyList<IFrameOutput> outputs, ISessionLog log, double dwellSeconds)
    {
        _reducer = reducer;
        State = start;
        _link = link;
        _input = input;
        _outputs = outputs;
        _log = log;
        _dwellSeconds = dwellSeconds;
    }

    public SessionState State { get; private set; }

    public SceneFrame LastFrame { get; private set; }

    public HeadMotion HeadMotion { get; } = new();

    public void Tick(double now)
    {
        while (_link.TryReadCommand(out var command))
        {
            Apply(command!, now);
        }

        var patient = _input.Sample(now);
        HeadMotion.Add(patient.HeadOrientation, now);
        TakePatientChoices(patient, now);
        Record(SessionReducer.Advance(State, now), now);

        var frame = SceneComposer.Compose(State, now);
        LastFrame = frame;
        var view = new PatientView(patient.HeadPosition, patient.HeadOrientation, _dwell.Target, _dwell.Progress(now, _dwellSeconds));
        for (var i = 0; i < _outputs.Count; i++)
        {
            _outputs[i].Present(frame, view);
        }
    }

    /// <summary>Applies a command from outside the loop's inputs (the host's gentle shutdown, for one).</summary>
    public void Apply(SessionCommand command, double now)
    {
        _log.Command(command, now);
        Record(_reducer.Apply(State, command, now), now);
    }

    private void TakePatientChoices(in PatientSample patient, double now)
    {
        if (patient.Pressed != PatientChoice.None)
        {
            Choose(patient.Pressed, patient.PressSource, now);
        }

        var gazed = State.CheckIn is null ? PatientChoice.None : patient.Gazed;
        _dwell = _dwell.Look(gazed, now);
        if (_dwell.IsDue(now, _dwellSeconds))
        {
            _dwell = _dwell.MarkFired();
            Choose(gazed, "gaze", now);
        }
    }

    private void Choose(PatientChoice choice, string source, double now)
    {
        if (_patientCommands.For(choice, State, source) is { } command)
        {
            Apply(command, now);
        }
    }

    private void Record(Transition transition, double now)
    {
        var changed = !ReferenceEquals(transition.State, State);
        State = transition.State;
        if (changed || !transition.Events.IsEmpty)
        {
            _link.Publish(transition, now);
            _log.Transition(transition, now);
        }
    }
}
