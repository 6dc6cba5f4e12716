using System.Globalization;
using System.Numerics;
using System.Text.Json;
using KapImmersive.Core.Patient;

namespace KapImmersive.Headset.Runtime.Patient;

/// <summary>
/// What a scripted patient does, read from JSON:
/// {"answerCheckIns": {"with": "okay", "afterSeconds": 4, "by": "gaze", "missEvery": 3}, "helpEverySeconds": 240,
///  "steps": [{"at": 30, "look": {"yaw": 20, "pitch": -5}, "seconds": 2}, {"at": 60, "gaze": "okay", "seconds": 3}, {"at": 90, "press": "help"}]}.
/// </summary>
public sealed record PatientScript
{
    /// <summary>A patient who does nothing: no answers, no presses, the head still.</summary>
    public static PatientScript Idle { get; } = new();

    /// <summary>Head turns, gaze rests and presses at given seconds of the session, in time order.</summary>
    public IReadOnlyList<PatientStep> Steps { get; init; } = [];

    /// <summary>The answer to every check-in; None leaves them all unanswered.</summary>
    public PatientChoice AnswerWith { get; init; }

    public double AnswerAfterSeconds { get; init; } = 4;

    /// <summary>"gaze" (a dwell on the answer) or "button".</summary>
    public string AnswerBy { get; init; } = "gaze";

    /// <summary>Leaves every Nth check-in unanswered, so it is missed; 0 answers them all.</summary>
    public int MissEvery { get; init; }

    /// <summary>Presses help this often, in seconds; 0 never does.</summary>
    public double HelpEverySeconds { get; init; }

    public static PatientScript Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var answerWith = PatientChoice.None;
        double answerAfter = 4;
        var answerBy = "gaze";
        var missEvery = 0;
        if (root.TryGetProperty("answerCheckIns", out var answer))
        {
            answerWith = Choice(answer.GetProperty("with").GetString(), "answerCheckIns.with");
            answerAfter = answer.TryGetProperty("afterSeconds", out var after) ? after.GetDouble() : answerAfter;
            answerBy = answer.TryGetProperty("by", out var by) ? by.GetString() ?? answerBy : answerBy;
            missEvery = answer.TryGetProperty("missEvery", out var miss) ? miss.GetInt32() : 0;
            if (answerBy is not ("gaze" or "button"))
            {
                throw new FormatException("answerCheckIns.by: use gaze or button");
            }
        }

        var helpEvery = root.TryGetProperty("helpEverySeconds", out var every) ? every.GetDouble() : 0;
        if (helpEvery < 0)
        {
            throw new FormatException("helpEverySeconds: use a number of seconds, or 0 for never");
        }

        var steps = new List<PatientStep>();
        if (root.TryGetProperty("steps", out var list))
        {
            var index = 0;
            foreach (var step in list.EnumerateArray())
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"steps[{index++}]");
                var at = step.TryGetProperty("at", out var a) ? a.GetDouble() : throw new FormatException($"{where}: \"at\" (seconds) is required");
                var seconds = step.TryGetProperty("seconds", out var s) ? s.GetDouble() : 1;
                Vector2? look = step.TryGetProperty("look", out var l)
                    ? new Vector2(l.TryGetProperty("yaw", out var yaw) ? yaw.GetSingle() : 0, l.TryGetProperty("pitch", out var pitch) ? pitch.GetSingle() : 0)
                    : null;
                var gaze = step.TryGetProperty("gaze", out var g) ? Choice(g.GetString(), $"{where}.gaze") : PatientChoice.None;
                var press = step.TryGetProperty("press", out var p) ? Choice(p.GetString(), $"{where}.press") : PatientChoice.None;
                var source = step.TryGetProperty("source", out var src) ? src.GetString() ?? "button" : "button";
                steps.Add(new PatientStep(at, seconds, look, gaze, press, source));
            }
        }

        return new PatientScript
        {
            Steps = [.. steps.OrderBy(s => s.At)], AnswerWith = answerWith, AnswerAfterSeconds = answerAfter, AnswerBy = answerBy, MissEvery = missEvery,
            HelpEverySeconds = helpEvery,
        };
    }

    private static PatientChoice Choice(string? text, string where) => text switch
    {
        "okay" => PatientChoice.Okay,
        "notOkay" => PatientChoice.NotOkay,
        "help" => PatientChoice.Help,
        _ => throw new FormatException($"{where}: '{text}' is not a choice; use okay, notOkay or help"),
    };
}
