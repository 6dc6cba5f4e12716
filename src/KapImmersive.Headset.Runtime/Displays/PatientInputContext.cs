using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Patient;

namespace KapImmersive.Headset.Runtime.Displays;

/// <summary>What a display's patient input may draw on: the scripted patient's part, and the session as it is now (is a check-in showing?).</summary>
public sealed record PatientInputContext(PatientScript Script, Func<SessionState> State);
