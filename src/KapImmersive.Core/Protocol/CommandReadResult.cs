using System.Diagnostics.CodeAnalysis;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Protocol;

/// <summary>A command read off the wire, or why it was refused (with its id when the payload carried one).</summary>
public readonly record struct CommandReadResult(SessionCommand? Command, string? CommandId, string? Error)
{
    [MemberNotNullWhen(true, nameof(Command))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Ok => Command is not null;

    public static CommandReadResult Refused(string? commandId, string error) => new(null, commandId, error);
}
