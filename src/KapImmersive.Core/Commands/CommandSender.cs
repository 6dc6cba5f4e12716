namespace KapImmersive.Core.Commands;

/// <summary>Who may send a command, from the widest reach to the narrowest.</summary>
public enum CommandSender
{
    /// <summary>A clinician: the dashboard offers it, and any console may send it over the link.</summary>
    Clinician,

    /// <summary>A console tool acting for the patient (answering a check-in, asking for help); the dashboard does not offer it.</summary>
    Console,

    /// <summary>The headset alone, which is the only one to know (whether it is worn); a console cannot send it.</summary>
    Headset,
}
