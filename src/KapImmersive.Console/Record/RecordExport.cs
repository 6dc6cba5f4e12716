using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KapImmersive.Console.Record;

/// <summary>A session's record as CSV or JSON for clinical notes.</summary>
public static class RecordExport
{
    private static readonly string[] Header = ["at", "headset", "kind", "type", "who", "text", "reference", "value"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ToCsv(IEnumerable<RecordEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder().AppendJoin(',', Header.Select(Cell)).Append("\r\n");
        foreach (var e in entries.OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            string?[] cells = [e.At.ToString("O", CultureInfo.InvariantCulture), e.HeadsetId, e.Kind, e.Type, e.Who, e.Text, e.Reference,
                e.Value?.ToString("0.###", CultureInfo.InvariantCulture)];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string ToJson(SessionSummary session, IEnumerable<RecordEntry> entries) =>
        JsonSerializer.Serialize(new { session, entries = entries.OrderBy(e => e.At).ThenBy(e => e.Id) }, Json);

    /// <summary>
    /// Quotes every cell, and defuses text a spreadsheet would run as a formula: OWASP's CSV injection list (=, +, -, @,
    /// tab, carriage return) and a line feed, which some spreadsheets also skip before reading a formula.
    /// </summary>
    private static string Cell(string? text)
    {
        var value = text ?? "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n'
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
