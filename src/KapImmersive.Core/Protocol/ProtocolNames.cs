using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace KapImmersive.Core.Protocol;

/// <summary>
/// How enums are spelled on the wire: each member's <see cref="System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute"/>,
/// so a C# rename never changes the protocol.
/// </summary>
public static class ProtocolNames
{
    public static string Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(T value)
        where T : struct, Enum => WireNames<T>.Of(value);

    public static bool TryParse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(string? text, out T value)
        where T : struct, Enum => WireNames<T>.TryParse(text, out value);

    /// <summary>Every wire name of <typeparamref name="T"/>, in declaration order.</summary>
    public static ImmutableArray<string> All<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
        where T : struct, Enum => WireNames<T>.Names;
}
