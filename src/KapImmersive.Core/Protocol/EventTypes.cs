namespace KapImmersive.Core.Protocol;

public static class EventTypes
{
    public const string CheckInAsked = "checkInAsked";
    public const string CheckInAnswered = "checkInAnswered";
    public const string CheckInMissed = "checkInMissed";
    public const string HelpRequested = "helpRequested";
    public const string PhaseChanged = "phaseChanged";
    public const string HeadsetRemoved = "headsetRemoved";
    public const string HeadsetWorn = "headsetWorn";

    /// <summary>Events the clinician must be alerted to at once.</summary>
    public static bool IsAlert(string type) => type is HelpRequested or CheckInMissed;
}
