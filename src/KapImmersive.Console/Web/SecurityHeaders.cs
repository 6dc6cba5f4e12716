using Microsoft.AspNetCore.Http;

namespace KapImmersive.Console.Web;

/// <summary>
/// Every response: a CSP that runs only the console's own script files (nothing inline), no sniffing, no framing.
/// Any missing when the response starts are added again: an error response clears the headers set before it.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "media-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static readonly (string Name, string Value)[] Values =
    [
        ("Content-Security-Policy", Policy),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        // The same values antiforgery sets on the pages that carry a token, so it has nothing to override (and warn about).
        ("Cache-Control", "no-cache, no-store"),
        ("Pragma", "no-cache"),
    ];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        foreach (var (name, value) in Values)
        {
            headers[name] = value;
        }

        context.Response.OnStarting(() =>
        {
            foreach (var (name, value) in Values)
            {
                context.Response.Headers.TryAdd(name, value);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
