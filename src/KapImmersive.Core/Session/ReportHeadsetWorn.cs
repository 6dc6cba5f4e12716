namespace KapImmersive.Core.Session;

/// <summary>
/// The headset tells the session whether it is on the patient's head (an OpenXR runtime's focus, a proximity sensor).
/// Only the headset itself issues it: a console cannot know, so the wire refuses it.
/// </summary>
public sealed record ReportHeadsetWorn(string Id, string Issuer, bool Worn) : SessionCommand(Id, Issuer);
