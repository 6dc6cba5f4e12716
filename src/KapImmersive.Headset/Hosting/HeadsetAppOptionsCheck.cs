using KapImmersive.Headset.Window;
using KapImmersive.Headset.Xr;
using Microsoft.Extensions.Options;

namespace KapImmersive.Headset.Hosting;

/// <summary>Checks the app's settings at start, each problem in plain words naming the setting.</summary>
public sealed class HeadsetAppOptionsCheck : IValidateOptions<HeadsetAppOptions>
{
    public ValidateOptionsResult Validate(string? name, HeadsetAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IEnumerable<string> Problems(HeadsetAppOptions o)
    {
        if (!Directory.Exists(o.PresetFolder))
        {
            yield return $"Kap:App:PresetFolder: '{Path.GetFullPath(o.PresetFolder)}' is not a readable folder of presets";
        }

        if (!Enum.IsDefined(o.Display))
        {
            yield return "Kap:App:Display: use Headless, Window or Xr";
        }

        if (o.Display == DisplayMode.Window && X11Window.Unavailable() is { } noDisplay)
        {
            yield return $"Kap:App:Display: {noDisplay}";
        }

        if (!Enum.IsDefined(o.XrGraphics))
        {
            yield return "Kap:App:XrGraphics: use Auto, Egl or Xlib";
        }

        if (o.Display == DisplayMode.Xr && o.XrGraphics == XrGraphicsBinding.Xlib && X11Window.Unavailable() is { } noXlibDisplay)
        {
            yield return $"Kap:App:XrGraphics: Xlib needs an X display ({noXlibDisplay}); start kap-headset in the desktop session (DISPLAY=:0)";
        }

        if (o.PatientScript is { } script && !File.Exists(script))
        {
            yield return $"Kap:App:PatientScript: '{script}' does not exist";
        }

        if (HeadsetDataFolder.Problem(o.DataFolder) is { } noDataFolder)
        {
            yield return noDataFolder;
        }
    }
}
