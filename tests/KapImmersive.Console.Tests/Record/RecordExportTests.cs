using KapImmersive.Console.Record;

namespace KapImmersive.Console.Tests.Record;

public sealed class RecordExportTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Csv_export_quotes_every_cell_and_defuses_spreadsheet_formulas()
    {
        var csv = RecordExport.ToCsv([new RecordEntry(1, 1, "room-a", T0, EntryKinds.Command, "showMessage", "clara", "=HYPERLINK(\"x\")", null, -3)]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"-3\"", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("\n@SUM(A1)", "'\n@SUM(A1)")]
    [InlineData("+41 79 555", "'+41 79 555")]
    public void Csv_export_defuses_a_formula_behind_a_leading_tab_or_line_break(string text, string exported)
    {
        var csv = RecordExport.ToCsv([new RecordEntry(1, 1, "room-a", T0, EntryKinds.Command, "showMessage", "clara", text)]);
        Assert.Contains($",\"{exported}\",", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_export_quotes_its_header_and_lists_lines_in_time_order_whatever_order_they_arrived_in()
    {
        var late = new RecordEntry(1, 1, "room-a", T0.AddMinutes(2), EntryKinds.Command, "setDarkness", "clara", "second");
        var early = new RecordEntry(2, 1, "room-a", T0.AddMinutes(1), EntryKinds.Event, "helpRequested", "patient", "first, from the outbox");
        var lines = RecordExport.ToCsv([late, early]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"at\",\"headset\",\"kind\",\"type\",\"who\",\"text\",\"reference\",\"value\"", lines[0]);
        Assert.Contains("first, from the outbox", lines[1], StringComparison.Ordinal);
        Assert.Contains("second", lines[2], StringComparison.Ordinal);
    }
}
