using System.Diagnostics.CodeAnalysis;

namespace KapImmersive.Console.Record;

/// <summary>
/// A note to the other consoles sharing the record: which console committed what (an alert's id, a command's id). It
/// carries keys only, never text, so it stays far inside PostgreSQL's 8,000-byte limit; a console reads the rest back
/// from the record.
/// </summary>
public sealed record RecordNotice(string Origin, RecordChange Change, string Key)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out RecordNotice? notice)
    {
        notice = text?.Split(' ', 3) is [var origin, var change, var key] && Enum.TryParse<RecordChange>(change, out var parsed) && key.Length > 0
            ? new RecordNotice(origin, parsed, key)
            : null;
        return notice is not null;
    }

    public override string ToString() => $"{Origin} {Change} {Key}";
}
