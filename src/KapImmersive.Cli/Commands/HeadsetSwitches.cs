using System.CommandLine;
using System.Globalization;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Xr;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// The headset app's own switches (<see cref="HeadsetHostBuilderExtensions.Switches"/>) as typed options of
/// `kap headset simulate`, each setting the same configuration key as in the app; and, for a setting the app refuses,
/// which switch, setting or environment variable gives it.
/// </summary>
internal static class HeadsetSwitches
{
    public static IReadOnlyList<Option> Create() => HeadsetHostBuilderExtensions.Switches.Keys.Select(Create).ToList();

    /// <summary>The configuration each given switch sets, as text the app's options binder reads.</summary>
    public static Dictionary<string, string?> Settings(ParseResult parse, IEnumerable<Option> switches, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(console);
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var option in switches)
        {
            if (parse.GetResult(option) is { } given)
            {
                var value = Convert.ToString(given.GetValueOrDefault<object?>(), CultureInfo.InvariantCulture);
                settings[HeadsetHostBuilderExtensions.Switches[option.Name]] = option.Name is "--presets" or "--script" && value is not null ? console.Resolve(value) : value;
            }
        }

        return settings;
    }

    /// <summary>
    /// A start-up problem, followed by how to give the setting it names: "Link.Password is required ... (give it with
    /// --password, the setting Kap:Headset:Link:Password in --config FILE, or KAP_Kap__Headset__Link__Password)".
    /// </summary>
    public static string Explain(string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        foreach (var (name, key) in HeadsetHostBuilderExtensions.Switches)
        {
            var withinSection = string.Join('.', key.Split(':').Skip(2));
            if (Names(problem, key) || Names(problem, withinSection))
            {
                return $"{problem} (give it with {name}, the setting {key} in --config FILE, or the environment variable KAP_{key.Replace(":", "__", StringComparison.Ordinal)})";
            }
        }

        return problem;
    }

    private static bool Names(string problem, string setting) =>
        problem.StartsWith(setting, StringComparison.Ordinal) && problem.Length > setting.Length && problem[setting.Length] is ' ' or ':';

    private static Option Create(string name)
    {
        Option option = name switch
        {
            "--id" => KapOptions.Text(name, "HEADSET", "the headset's id, also its broker user name (lowercase letters, digits, '-' or '_')"),
            "--password" => KapOptions.Text(name, "PASSWORD", "the headset's broker password (better from Kap:Headset:Link:Password in --config FILE or the environment)"),
            "--broker" => KapOptions.Text(name, "HOST", "the broker's host name or address (127.0.0.1)"),
            "--port" => KapOptions.Port(name, "the broker's MQTT port (1883)"),
            "--presets" => KapOptions.Text(name, "FOLDER", "the preset folder (environments)"),
            "--preset" => KapOptions.Text(name, "ID", "the preset the session starts in (the first by id)"),
            "--display" => KapOptions.Choice(name, "where the room is drawn (Headless: offscreen)", Words<DisplayMode>()),
            "--xr-graphics" => KapOptions.Choice(name, "with --display Xr: how OpenGL reaches the OpenXR runtime", Words<XrGraphicsBinding>()),
            "--audio" => KapOptions.Choice(name, "where the sound goes (Null: none)", Words<AudioSinkKind>()),
            "--script" => KapOptions.Text(name, "FILE", "a patient script (JSON: looks, dwells, presses) instead of --answer and the rest"),
            "--preview" => KapOptions.Flag(name, "publishes small pictures of what the patient sees, for the console"),
            _ => KapOptions.Text(name, "VALUE", "sets " + HeadsetHostBuilderExtensions.Switches[name]),
        };
        if (name == "--id")
        {
            option.Required = true;
            option.Validators.Add(result =>
            {
                if (result.Tokens is [var token] && !Topics.IsValidId(token.Value))
                {
                    result.AddError($"--id: '{token.Value}' is not a headset id (lowercase letters, digits, '-' or '_')");
                }
            });
        }

        return option;
    }

    private static (string Word, T Value)[] Words<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(value => (value.ToString(), value)).ToArray();
}
