namespace KapImmersive.Core.Session;

public enum CommandOutcome
{
    Applied,

    /// <summary>Carried out, but over more time than asked, to keep the change gentle.</summary>
    Slowed,

    /// <summary>Carried out, but to a lesser level than asked (ceiling or allowed range).</summary>
    Capped,

    Rejected,

    /// <summary>No acknowledgement came in time; only the console decides this.</summary>
    TimedOut,
}
