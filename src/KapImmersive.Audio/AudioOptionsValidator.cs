using Microsoft.Extensions.Options;

namespace KapImmersive.Audio;

/// <summary>Refuses settings that could not play smoothly, saying which and what would.</summary>
public sealed class AudioOptionsValidator : IValidateOptions<AudioOptions>
{
    public static IReadOnlyList<string> Outputs { get; } = ["auto", "pulse", "null"];

    public ValidateOptionsResult Validate(string? name, AudioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!Outputs.Contains(options.Output, StringComparer.Ordinal))
        {
            problems.Add($"Audio:Output '{options.Output}' is not one of {string.Join(", ", Outputs)}");
        }

        if (options.PeriodMilliseconds is < 5 or > 100)
        {
            problems.Add("Audio:PeriodMilliseconds must be 5 to 100");
        }

        if (options.BufferMilliseconds < 2 * options.PeriodMilliseconds || options.BufferMilliseconds > 2000)
        {
            problems.Add("Audio:BufferMilliseconds must hold at least two periods and at most 2000 ms");
        }

        if (string.IsNullOrWhiteSpace(options.ApplicationName))
        {
            problems.Add("Audio:ApplicationName must not be empty");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
