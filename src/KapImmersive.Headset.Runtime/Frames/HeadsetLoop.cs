using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Records;

namespace KapImmersive.Headset.Runtime.Frames;

/// <summary>
/// One frame of the headset: commands from the console and the patient's input go through Core's reducer, time
/// passes, the scene is composed, the patient's view (head, check-in panel, dwell) is decided, and every output
/// carries it out. It never waits on I/O, and a frame in which nothing is asked allocates nothing. Called on one
/// thread only (whatever paces the frames).
/// </summary>
public sealed class HeadsetLoop
{
    private readonly SessionReducer _reducer;
    private readonly ISessionLink _link;
    private readonly Func<double> _clock;
    private readonly IReadOnlyList<IFrameOutput> _outputs;
    private readonly ISessionLog _log;
    private readonly PatientCommands _patientCommands = new();
    private readonly PanelFollower _panel = new();
    private readonly double _dwellSeconds;
    private DwellTimer _dwell;
    private double _lastFrameTime = double.NaN;

    /// <param name="clock">The session clock's time now, in session seconds: a command is applied no earlier than it was read.</param>
    public HeadsetLoop(SessionReducer reducer, SessionState start, ISessionLink link, Func<double> clock, IReadOnlyList<IFrameOutput> outputs,
        ISessionLog log, double dwellSeconds)
    {
        _reducer = reducer;
        State = start;
        _link = link;
        _clock = clock;
        _outputs = outputs;
        _log = log;
        _dwellSeconds = dwellSeconds;
    }

    public SessionState State { get; private set; }

    public SceneFrame LastFrame { get; private set; }

    public PatientView LastView { get; private set; } = PatientView.Still;

    public HeadMotion HeadMotion { get; } = new();

    /// <summary>Runs one frame for the instant <paramref name="now"/> (session seconds) with the patient's input read from <paramref name="input"/>.</summary>
    /// <returns>The frame's instant: <paramref name="now"/>, or later when a command read during the frame arrived after it.</returns>
    public double Tick(double now, IPatientInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        while (_link.TryReadCommand(out var command))
        {
            // The ack says when the command took effect: never before the headset had it.
            now = Math.Max(now, _clock());
            Apply(command!, now);
        }

        var patient = input.Sample(now);
        HeadMotion.Add(patient.Head.Orientation, now);
        TakePatientChoices(patient, now);
        Record(SessionReducer.Advance(State, now), now);

        var frame = SceneComposer.Compose(State, now);
        LastFrame = frame;
        LastView = ViewOf(frame, patient.Head, now);
        for (var i = 0; i < _outputs.Count; i++)
        {
            _outputs[i].Present(frame, LastView);
        }

        return now;
    }

    /// <summary>Applies a command from outside the console's channel (the patient's, the headset's own, the host's gentle shutdown).</summary>
    public void Apply(SessionCommand command, double now)
    {
        _log.Command(command, now);
        Record(_reducer.Apply(State, command, now), now);
    }

    private PatientView ViewOf(in SceneFrame frame, HeadPose head, double now)
    {
        var elapsed = double.IsNaN(_lastFrameTime) ? 0 : Math.Max(0, now - _lastFrameTime);
        _lastFrameTime = now;
        if (!frame.PromptVisible)
        {
            _panel.Reset();
        }

        return new PatientView(head, _panel.Follow(head, elapsed), new GazeDwell(_dwell.Target, _dwell.Progress(now, _dwellSeconds)));
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
