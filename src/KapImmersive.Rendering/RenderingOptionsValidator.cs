using Microsoft.Extensions.Options;

namespace KapImmersive.Rendering;

/// <summary>Refuses settings that would give a broken or uncomfortable picture, naming the setting and its range.</summary>
public sealed class RenderingOptionsValidator : IValidateOptions<RenderingOptions>
{
    public const int MinSide = 16;
    public const int MaxSide = 8192;
    public const float MinInterpupillaryMetres = 0.045f;
    public const float MaxInterpupillaryMetres = 0.080f;

    public ValidateOptionsResult Validate(string? name, RenderingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Side(failures, nameof(options.EyeWidth), options.EyeWidth);
        Side(failures, nameof(options.EyeHeight), options.EyeHeight);
        Side(failures, nameof(options.PreviewWidth), options.PreviewWidth);
        Side(failures, nameof(options.PreviewHeight), options.PreviewHeight);
        if (options.InterpupillaryMetres is < MinInterpupillaryMetres or > MaxInterpupillaryMetres or float.NaN)
        {
            failures.Add($"{RenderingOptions.Section}:{nameof(options.InterpupillaryMetres)} must be {MinInterpupillaryMetres}..{MaxInterpupillaryMetres} m, not {options.InterpupillaryMetres}");
        }

        if (!Enum.IsDefined(options.Flavour))
        {
            failures.Add($"{RenderingOptions.Section}:{nameof(options.Flavour)} must be Desktop33Core or Es30");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Side(List<string> failures, string setting, int pixels)
    {
        if (pixels is < MinSide or > MaxSide)
        {
            failures.Add($"{RenderingOptions.Section}:{setting} must be {MinSide}..{MaxSide} pixels, not {pixels}");
        }
    }
}
