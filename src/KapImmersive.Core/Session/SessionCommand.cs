namespace KapImmersive.Core.Session;

/// <summary>Something a clinician (over the link) or the patient (in the headset) asks of the session.</summary>
/// <param name="Id">Unique per issuer; a repeated id is refused as a replay.</param>
/// <param name="Issuer">Who asked: a console user name, or "patient".</param>
public abstract record SessionCommand(string Id, string Issuer);

public sealed record LoadPreset(string Id, string Issuer, string PresetId) : SessionCommand(Id, Issuer);

/// <summary>Deepen (towards 1) or lift (towards 0) the eye-mask darkening, over at least the safe time.</summary>
public sealed record SetDarkness(string Id, string Issuer, double Level, double? Seconds = null) : SessionCommand(Id, Issuer);

public sealed record SetVolume(string Id, string Issuer, double Level, double? Seconds = null) : SessionCommand(Id, Issuer);

/// <summary>Starts breathing guidance; a null pattern uses the preset's.</summary>
public sealed record StartBreathing(string Id, string Issuer, string? Pattern = null) : SessionCommand(Id, Issuer);

public sealed record StopBreathing(string Id, string Issuer) : SessionCommand(Id, Issuer);

public sealed record RequestCheckIn(string Id, string Issuer, string? Prompt = null, double? TimeoutSeconds = null) : SessionCommand(Id, Issuer);

/// <summary>Sets minutes between automatic check-ins in the dosing phase; 0 turns them off.</summary>
public sealed record SetCheckInInterval(string Id, string Issuer, double Minutes) : SessionCommand(Id, Issuer);

public sealed record AnswerCheckIn(string Id, string Issuer, string CheckInId, CheckInAnswer Answer) : SessionCommand(Id, Issuer);

/// <summary>The patient asks for the clinician; accepted in every phase, always.</summary>
public sealed record RequestHelp(string Id, string Issuer, string Source) : SessionCommand(Id, Issuer);

public sealed record ShowMessage(string Id, string Issuer, string Text, double? Seconds = null) : SessionCommand(Id, Issuer);

public sealed record ClearMessage(string Id, string Issuer) : SessionCommand(Id, Issuer);

public sealed record SetPhase(string Id, string Issuer, SessionPhase Phase) : SessionCommand(Id, Issuer);

/// <summary>Brings the patient back: light lifts, music fades, then the session ends.</summary>
public sealed record EndSession(string Id, string Issuer, double? ReturnSeconds = null) : SessionCommand(Id, Issuer);
