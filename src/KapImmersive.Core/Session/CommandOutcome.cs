using System.Text.Json.Serialization;

namespace KapImmersive.Core.Session;

public enum CommandOutcome
{
    [JsonStringEnumMemberName("applied")]
    Applied,

    /// <summary>Carried out, but over more time than asked, to keep the change gentle.</summary>
    [JsonStringEnumMemberName("slowed")]
    Slowed,

    /// <summary>Carried out, but to a lesser level than asked (ceiling or allowed range).</summary>
    [JsonStringEnumMemberName("capped")]
    Capped,

    [JsonStringEnumMemberName("rejected")]
    Rejected,

    /// <summary>No acknowledgement came in time; only the console decides this.</summary>
    [JsonStringEnumMemberName("timedOut")]
    TimedOut,
}
