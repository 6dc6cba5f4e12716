using System.CommandLine;
using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Cli.Commands;

/// <summary>The simple patient of `kap headset simulate` (answers, misses, presses help), written as the patient script --script takes.</summary>
internal sealed class SimulatedPatientOptions
{
    private readonly Option<CheckInAnswer?> _answer = KapOptions.Choice("--answer", "how the patient answers check-ins (okay)",
        [("okay", CheckInAnswer.Okay), ("notOkay", CheckInAnswer.NotOkay)]);

    private readonly Option<double?> _answerAfter = KapOptions.Number("--answer-after", "S", "seconds before the patient answers (3)", NotNegative);
    private readonly Option<int?> _missEvery = KapOptions.WholeNumber("--miss-every", "N", "misses every Nth check-in (0: never)");
    private readonly Option<double?> _helpEvery = KapOptions.Number("--help-every", "S", "presses help every S seconds (0: never)", NotNegative);

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_answer);
        command.Options.Add(_answerAfter);
        command.Options.Add(_missEvery);
        command.Options.Add(_helpEvery);
    }

    /// <summary>Writes the script to a temporary file and returns its path.</summary>
    public async Task<string> WriteScriptAsync(ParseResult parse, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var json = JsonSerializer.Serialize(new
        {
            answerCheckIns = new
            {
                with = ProtocolNames.Of(parse.GetValue(_answer) ?? CheckInAnswer.Okay),
                afterSeconds = parse.GetValue(_answerAfter) ?? 3,
                by = "gaze",
                missEvery = parse.GetValue(_missEvery) ?? 0,
            },
            helpEverySeconds = parse.GetValue(_helpEvery) ?? 0,
        });
        var path = Path.Combine(Path.GetTempPath(), $"kap-patient-{id}-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(path, json, cancellationToken);
        return path;
    }

    private static string? NotNegative(double seconds) => seconds >= 0 ? null : "use 0 or more seconds";
}
