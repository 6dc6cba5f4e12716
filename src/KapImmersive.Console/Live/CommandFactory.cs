using System.Diagnostics.CodeAnalysis;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Session;

namespace KapImmersive.Console.Live;

/// <summary>
/// Turns a dashboard request into a Core command by the command catalogue, with the same checks the headset makes
/// (known type, a clinician's command, ranges, lengths), so a bad request is refused here with the catalogue's reason
/// before anything is recorded or sent. Whether it is safe now (ramps, caps, the session's state) is still the headset's
/// decision, and its ack says why.
/// </summary>
public sealed class CommandFactory(CommandCatalogue catalogue)
{
    public static string IssuerOf(string who) => $"console:{who}";

    public static string NewId() => $"c-{Guid.NewGuid():N}";

    public bool TryCreate(CommandRequest request, string who, [NotNullWhen(true)] out SessionCommand? command, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        command = null;
        if (catalogue.Find(request.Type) is { } entry && entry.Unknown(request.Args).FirstOrDefault() is { } unknown)
        {
            var takes = entry.Arguments.IsEmpty ? "it takes none" : $"it takes {string.Join(", ", entry.Arguments.Select(a => a.Name))}";
            problem = $"args.{ArgumentValue.Shorten(unknown)} is not an argument of {entry.Name}; {takes}";
            return false;
        }

        var result = catalogue.Create(request.Type, request.Args, NewId(), IssuerOf(who), CommandSender.Clinician);
        command = result.Command;
        problem = result.Error;
        return result.Ok;
    }
}
