using System.Globalization;
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

        if (o.FrameRate is < 30 or > 144)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Kap:App:FrameRate: {o.FrameRate} is outside 30..144 frames a second");
        }

        if (o.DwellSeconds is < 0.5 or > 10)
        {
            yield return "Kap:App:DwellSeconds: a gaze choice takes 0.5 to 10 seconds";
        }

        if (o.PatientScript is { } script && !File.Exists(script))
        {
            yield return $"Kap:App:PatientScript: '{script}' does not exist";
        }

        if (o.PreviewIntervalSeconds < 1 || o.PreviewMaxBytes is < 1024 or > 60 * 1024)
        {
            yield return "Kap:App:PreviewIntervalSeconds is at least 1 (one picture a second at most) and PreviewMaxBytes 1024..61440";
        }

        if (o.TelemetryIntervalSeconds is < 1 or > 60 || o.ShutdownReturnSeconds is < 5 or > 600)
        {
            yield return "Kap:App:TelemetryIntervalSeconds goes from 1 to 60 and ShutdownReturnSeconds from 5 to 600";
        }

        if (string.IsNullOrWhiteSpace(o.SessionLogFolder))
        {
            yield return "Kap:App:SessionLogFolder is required: the device keeps a log of every session";
        }
    }
}
