using System.Globalization;
using KapImmersive.Console.Record;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Console.Live;

/// <summary>
/// Takes what headsets and sensor bridges report into the record, then onto the dashboard. Events are written before
/// the caller acknowledges them to the broker, and an event id already recorded is dropped.
/// </summary>
public sealed class EventIntake(SessionRecord record, HeadsetBoard board, AlertDesk alerts)
{
    /// <summary>Records the event; false when it was recorded before (a redelivery).</summary>
    public bool TakeEvent(string headsetId, EventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var who = message.Type is EventTypes.PhaseChanged or EventTypes.CheckInAsked or EventTypes.HeadsetRemoved or EventTypes.HeadsetWorn
            ? "headset" : "patient";
        var entry = new NewEntry(headsetId, message.At, EntryKinds.Event, message.Type, who, Describe(message)) { Reference = message.Id };
        var alert = record.AddEvent(entry, AlertTypeOf(message), out var added);
        if (!added)
        {
            return false;
        }

        if (alert is not null)
        {
            alerts.Announce(alert);
        }

        if (message.Type == EventTypes.PhaseChanged && message.To == ProtocolNames.Of(Core.Session.SessionPhase.Ended))
        {
            record.EndSession(headsetId, message.At);
        }

        return true;
    }

    /// <summary>
    /// Records vitals: <paramref name="fromBroker"/> for a sensor bridge's reading, which every console sharing the
    /// record hears and which is kept once; a clinician's typed entry is always a line of its own.
    /// </summary>
    public void TakeVitals(string headsetId, VitalsMessage message, string who, bool fromBroker = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parts = new List<string>();
        if (message.HeartRate is { } rate)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"heart rate {rate:0}/min"));
        }

        string? pressure = null;
        if (message.Systolic is { } systolic && message.Diastolic is { } diastolic)
        {
            pressure = string.Create(CultureInfo.InvariantCulture, $"{systolic:0}/{diastolic:0}");
            parts.Add($"blood pressure {pressure} mmHg");
            board.BloodPressureTaken(headsetId, message.At);
        }

        if (message.OxygenSaturation is { } oxygen)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"SpO2 {oxygen:0}%"));
        }

        var text = parts.Count == 0 ? "vitals (empty)" : string.Join(", ", parts);
        record.Add(new NewEntry(headsetId, message.At, EntryKinds.Vitals, "vitals", who, text)
        {
            Value = message.HeartRate,
            OnceKey = fromBroker ? $"vitals {Stamp(message.At)} {who}" : null,
        });
        board.Update(headsetId, c => c with
        {
            HeartRate = message.HeartRate ?? c.HeartRate,
            BloodPressure = pressure ?? c.BloodPressure,
            VitalsAt = message.At,
        });
    }

    public void TakeTelemetry(string headsetId, TelemetryMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = string.Create(CultureInfo.InvariantCulture, $"head motion {message.HeadMotion:0.#} °/s");
        record.Add(new NewEntry(headsetId, message.At, EntryKinds.Motion, "headMotion", "headset", text)
        {
            Value = message.HeadMotion,
            OnceKey = $"motion {Stamp(message.At)}",
        });
        board.Update(headsetId, c => c with { HeadMotion = message.HeadMotion });
    }

    /// <summary>Help and missed check-ins alert, and so does a patient answering "not okay": the clinician should go and see.</summary>
    private static string? AlertTypeOf(EventMessage e) =>
        EventTypes.IsAlert(e.Type) ? e.Type
        : e.Type == EventTypes.CheckInAnswered && e.Answer == ProtocolNames.Of(Core.Session.CheckInAnswer.NotOkay) ? AlertDesk.NotOkay
        : null;

    private static string Describe(EventMessage e) => e.Type switch
    {
        EventTypes.CheckInAsked => $"check-in asked: {e.Prompt}",
        EventTypes.CheckInAnswered => $"check-in answered: {InPlainWords(e.Answer)}",
        EventTypes.CheckInMissed => $"check-in missed: {e.Prompt ?? "no answer in time"}",
        EventTypes.HelpRequested => $"help requested ({e.Source ?? "button"})",
        EventTypes.PhaseChanged => $"phase {e.From} → {e.To}",
        EventTypes.HeadsetRemoved => $"headset taken off ({e.Phase})",
        EventTypes.HeadsetWorn => e.RemovedAt is { } removed ? $"headset back on after {Duration(e.At - removed)} off" : "headset back on",
        _ => e.Type,
    };

    /// <summary>What the patient chose, as a clinician would say it ("not okay", never the wire's "notOkay").</summary>
    private static string? InPlainWords(string? answer) =>
        answer == ProtocolNames.Of(Core.Session.CheckInAnswer.NotOkay) ? "not okay" : answer;

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) => span.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds} s")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)span.TotalSeconds)} s");
}
