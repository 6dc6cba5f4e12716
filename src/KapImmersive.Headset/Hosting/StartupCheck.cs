using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Headset.Hosting;

/// <summary>Checks every setting before the app starts, and explains each wrong one in a line: never a stack trace.</summary>
public static class StartupCheck
{
    /// <param name="explain">Adds to a problem's line how to put it right where the caller knows better (a command line's own options); null keeps it.</param>
    public static bool Passes(IHost host, TextWriter error, string program, Func<string, string>? explain = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception ex) when (ex is OptionsValidationException or AggregateException or InvalidOperationException)
        {
            error.WriteLine($"{program} cannot start:");
            foreach (var failure in Failures(ex))
            {
                error.WriteLine($"  - {explain?.Invoke(failure) ?? failure}");
            }

            return false;
        }
    }

    private static IEnumerable<string> Failures(Exception ex) =>
        (ex is AggregateException all ? all.InnerExceptions : [ex]).SelectMany(e => e switch
        {
            OptionsValidationException validation => validation.Failures,
            { InnerException: { } inner } => [$"{e.Message} {inner.Message}"],
            _ => [e.Message],
        });
}
