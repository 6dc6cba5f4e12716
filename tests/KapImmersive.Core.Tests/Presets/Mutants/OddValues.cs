namespace KapImmersive.Core.Tests.Presets.Mutants;

/// <summary>
/// Values a mutant puts where a preset had another, as raw JSON text (so 3.0 stays 3.0 and "\udfff" stays an
/// escape): other types, numbers at and beyond every bound, and strings a therapist, an editor or an attacker writes.
/// </summary>
internal static class OddValues
{
    public static readonly string[] Types = ["null", "true", "false", "0", "-1", "1.5", "\"text\"", "{}", "[]", "[1]", "{\"a\": 1}", "\"\""];

    public static readonly string[] Numbers =
    [
        "0", "-0", "0.0", "1", "-1", "0.5", "1.0000000000000001", "0.99999999999999999", "0.8", "0.80000000000000001", "0.35",
        "0.350001", "0.15", "0.1500001", "3", "3.0", "2e0", "50e-1", "30e-1", "2.5", "1e-400", "1e400", "-1e400", "1E2", "5", "6",
        "12", "12.000000000000000001", "13", "60", "61", "-10", "-10.5", "180", "181", "360", "361", "500", "501", "600", "601",
        "-35", "-35.1", "-18", "-17.99", "2", "1.99", "8", "7.999", "4", "3.99", "120", "120.01", "15", "14.9", "90",
        "2147483647", "2147483647.0", "2147483648", "4294967296", "-2147483648", "1e30", "79228162514264337593543950336", "0.1e1",
    ];

    public static readonly string[] Strings =
    [
        "\"\"", "\" \"", "\"\\t\"", "\"\\n\"", "\"\\u00a0\"", "\"\\u2028\"", "\"\\ufeff\"", "\"\\u200b\"", "\"x\\udfff\"", "\"\\ud83c\"",
        "\"dusk\\n\"", "\"dusk\\r\\nmeadow\"", "\"a\\u202eb\"", "\"\\u0000\"", "\"ok\"", "\"A\"",
        Repeat("🌊", 40), Repeat("🌊", 41), Repeat("👨‍👩‍👧", 40), Repeat("e\u0301", 40), Repeat("e\u0301", 41), Repeat("a", 24), Repeat("a", 25),
        Repeat("a", 40), Repeat("a", 41), Repeat("a", 60), Repeat("a", 61), Repeat("a", 64), Repeat("a", 65), Repeat("a", 80), Repeat("a", 81),
        Repeat("a", 100), Repeat("a", 120), Repeat("a", 121), Repeat("a", 200), Repeat("a", 201), Repeat("a", 600), Repeat("a", 601),
        "\"rain.ogg\"", "\"Rain.WAV\"", "\"tide.mp3\"", "\"../audio/rain.ogg\"", "\"/etc/passwd.wav\"", "\"/usr/share/sounds/x.wav\"",
        "\"sub/rain.ogg\"", "\"a\\\\b.wav\"", "\"C:rain.wav\"", "\".hidden.ogg\"", "\"..wav\"", "\"..\"", "\"rain.ogg\\n\"", "\"rain.ogg \"",
        "\" rain.ogg\"", "\"rain.flac\"", "\"rain\"", "\".wav\"", "\"\\u0001x.wav\"", Repeat("a", 96, ".wav"), Repeat("a", 97, ".wav"),
        "\"box\"", "\"Box\"", "\" box\"", "\"coherent\"", "\"4-7-8\"", "\"extended-exhale\"", "\"4-2-6\"", "\"4-2-6-2\"", "\"5.5-0-5.5\"",
        "\"2-0-2\"", "\"1-1-1\"", "\"20-20-20-20\"", "\"20.5-0-4\"", "\"4.25-0-4\"", "\"4.255-0-4\"", "\"4-7\"", "\"4-2-6-2-2\"", "\"04-2-6\"",
        "\"4-2-6\\n\"", "\"panic\"", "\"4e0-2-6\"",
        "\"#FFFFFF\"", "\"#000000\"", "\"#7A7A7A\"", "\"#7B7B7B\"", "\"#7a7a7a\"", "\"#12345\"", "\"#1234567\"", "\"#GGGGGG\"", "\"blu\"",
        "\"#101828\\n\"", "\"1.0\"", "\"1.0.0\"", "\"1.0.0.0\"", "\"1234567\"", "\"1.0\\n\"", "\"v1\"",
        "\"dusk-meadow\"", "\"ABC\"", "\"-abc\"", "\"a_b\"", "\"a b\"",
        "\"pad\"", "\"noise\"", "\"drone\"", "\"bells\"", "\"ocean\"", "\"wind\"", "\"rain\"", "\"lava\"", "\"files\"", "\"both\"", "\"soundscape\"",
        "\"C#\"", "\"c\"", "\"Db\"", "\"H\"", "\"dorian\"", "\"major\"", "\"minor-pentatonic\"", "\"blues\"",
        "\"./preset.schema.json\"",
    ];

    public static readonly string[] FieldNames = ["extra", "sped", "Zenith", "$comment", "name ", "", "é", "a b", "x\\udfff", "\\u0000"];

    private static string Repeat(string text, int times, string suffix = "") => $"\"{string.Concat(Enumerable.Repeat(text, times))}{suffix}\"";
}
