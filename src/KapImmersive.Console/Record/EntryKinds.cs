namespace KapImmersive.Console.Record;

/// <summary>What a line of the session record is about.</summary>
public static class EntryKinds
{
    public const string Command = "command";
    public const string Outcome = "outcome";
    public const string Event = "event";
    public const string Alert = "alert";
    public const string Acknowledgement = "acknowledgement";
    public const string Vitals = "vitals";
    public const string Motion = "motion";
    public const string Presence = "presence";
}
