using System.Numerics;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Session;

namespace KapImmersive.Headset.Runtime.Patient;

/// <summary>
/// A patient played from a script, for headless runs and simulated patients: head turns, gaze rests (dwell), button
/// presses at given seconds or help every so often, and, if asked, an answer to each check-in a few seconds after it
/// appears (leaving every Nth unanswered).
/// </summary>
public sealed class ScriptedPatient : IPatientInput
{
    private static readonly PatientStep HelpStep = new(0, 0, null, PatientChoice.None, PatientChoice.Help, "scripted");

    private readonly PatientScript _script;
    private readonly Func<SessionState> _state;
    private readonly Queue<PatientStep> _presses = new();
    private int _nextPress;
    private Quaternion _from = Quaternion.Identity;
    private Quaternion _to = Quaternion.Identity;
    private double _turnStart;
    private double _turnSeconds = 1;
    private int _nextLook;
    private string? _answering;
    private double _answerAt;
    private int _checkInsSeen;
    private double _nextHelp = double.NaN;

    /// <param name="state">The session as it is now, so the patient can react to a prompt that appears.</param>
    public ScriptedPatient(PatientScript script, Func<SessionState> state)
    {
        _script = script;
        _state = state;
    }

    public PatientSample Sample(double now)
    {
        var steps = _script.Steps;
        while (_nextPress < steps.Count && steps[_nextPress].At <= now)
        {
            var step = steps[_nextPress++];
            if (step.Press != PatientChoice.None)
            {
                _presses.Enqueue(step);
            }
        }

        if (_script.HelpEverySeconds > 0)
        {
            if (double.IsNaN(_nextHelp))
            {
                _nextHelp = now + _script.HelpEverySeconds;
            }
            else if (now >= _nextHelp)
            {
                _nextHelp += _script.HelpEverySeconds;
                _presses.Enqueue(HelpStep);
            }
        }

        var orientation = Look(now);
        var gazed = GazeAt(now);
        var pressed = _presses.TryDequeue(out var press) ? press.Press : PatientChoice.None;
        if (pressed == PatientChoice.None && AutoAnswer(now) is { } answer)
        {
            (gazed, pressed) = _script.AnswerBy == "gaze" ? (answer, PatientChoice.None) : (gazed, answer);
        }

        return new PatientSample(HeadPose.Seated with { Orientation = orientation }, gazed, pressed, pressed == PatientChoice.None ? "" : press?.Source ?? "button");
    }

    private Quaternion Look(double now)
    {
        var steps = _script.Steps;
        while (_nextLook < steps.Count && steps[_nextLook].At <= now)
        {
            if (steps[_nextLook].Look is { } look)
            {
                _from = Quaternion.Slerp(_from, _to, (float)Math.Clamp((now - _turnStart) / _turnSeconds, 0, 1));
                _to = Quaternion.CreateFromYawPitchRoll(look.X * MathF.PI / 180, look.Y * MathF.PI / 180, 0);
                _turnStart = steps[_nextLook].At;
                _turnSeconds = Math.Max(0.1, steps[_nextLook].Seconds);
            }

            _nextLook++;
        }

        var t = Math.Clamp((now - _turnStart) / _turnSeconds, 0, 1);
        return Quaternion.Slerp(_from, _to, (float)(t * t * (3 - (2 * t))));
    }

    private PatientChoice GazeAt(double now)
    {
        var steps = _script.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.Gaze != PatientChoice.None && now >= step.At && now < step.At + step.Seconds)
            {
                return step.Gaze;
            }
        }

        return PatientChoice.None;
    }

    private PatientChoice? AutoAnswer(double now)
    {
        if (_script.AnswerWith == PatientChoice.None || _state().CheckIn is not { } pending)
        {
            return null;
        }

        if (_answering != pending.Id)
        {
            _answering = pending.Id;
            _checkInsSeen++;
            var missed = _script.MissEvery > 0 && _checkInsSeen % _script.MissEvery == 0;
            _answerAt = missed ? double.PositiveInfinity : now + _script.AnswerAfterSeconds;
        }

        return now >= _answerAt ? _script.AnswerWith : null;
    }
}
