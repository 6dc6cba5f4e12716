using System.Globalization;
using KapImmersive.Core.Commands;

namespace KapImmersive.Core.Tests.Protocol;

/// <summary>
/// How docs/protocol.asyncapi.yaml states a catalogue entry: one schema of its arguments under components/schemas. The
/// document is written by hand, and a test compares it with this rendering, so it can never drift from the catalogue.
/// </summary>
internal static class CommandSchemaText
{
    public static string SchemaName(CommandEntry entry) => char.ToUpperInvariant(entry.Name[0]) + entry.Name[1..] + "Args";

    public static IReadOnlyList<string> Lines(CommandEntry entry)
    {
        var sender = entry.Sender switch
        {
            CommandSender.Console => " Sent by console tools for the patient; the dashboard does not offer it.",
            CommandSender.Headset => " The headset's own, written to its device log; one sent on the commands channel is rejected.",
            _ => "",
        };
        var lines = new List<string>
        {
            $"    {SchemaName(entry)}:",
            "      type: object",
            $"      description: {Quote($"{entry.Name}: {entry.Summary}.{sender}")}",
        };
        var required = entry.Arguments.Where(a => a.Required).Select(a => a.Name).ToList();
        if (required.Count > 0)
        {
            lines.Add($"      required: [{string.Join(", ", required)}]");
        }

        lines.Add(entry.Arguments.IsEmpty ? "      properties: {}" : "      properties:");
        lines.AddRange(entry.Arguments.Select(a => $"        {a.Name}: {{ {Shape(a)}, description: {Quote(a.Description)} }}"));
        return lines;
    }

    private static string Shape(CommandArgument argument) => argument.Kind switch
    {
        ArgumentKind.Number => string.Create(CultureInfo.InvariantCulture, $"type: number, minimum: {argument.Minimum}, maximum: {argument.Maximum}"),
        ArgumentKind.Text => string.Create(CultureInfo.InvariantCulture, $"type: string, minLength: 1, maxLength: {argument.MaxLength}"),
        ArgumentKind.Choice => $"type: string, enum: [{string.Join(", ", argument.Choices)}]",
        _ => "type: boolean",
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
