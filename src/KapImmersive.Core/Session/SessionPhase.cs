using System.Text.Json.Serialization;

namespace KapImmersive.Core.Session;

public enum SessionPhase
{
    [JsonStringEnumMemberName("idle")]
    Idle,

    [JsonStringEnumMemberName("preparation")]
    Preparation,

    [JsonStringEnumMemberName("dosing")]
    Dosing,

    [JsonStringEnumMemberName("return")]
    Return,

    [JsonStringEnumMemberName("ended")]
    Ended,
}
