namespace KapImmersive.Core.Session;

/// <summary>Something a clinician (over the link) or the patient (in the headset) asks of the session.</summary>
/// <param name="Id">Unique per issuer; a repeated id is refused as a replay.</param>
/// <param name="Issuer">Who asked: a console user name, or "patient".</param>
public abstract record SessionCommand(string Id, string Issuer);
