using System.Text.Json.Serialization;

namespace KapImmersive.Core.Session;

/// <summary>Two big choices a dissociated patient can still make: fine, or not.</summary>
public enum CheckInAnswer
{
    [JsonStringEnumMemberName("okay")]
    Okay,

    [JsonStringEnumMemberName("notOkay")]
    NotOkay,
}
