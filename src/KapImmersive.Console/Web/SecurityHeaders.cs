using Microsoft.AspNetCore.Http;

namespace KapImmersive.Console.Web;

/// <summary>
/// Every response: a CSP that runs only the console's own script files (nothing inline), no sniffing, no framing.
/// The web headset under /headset alone may also compile WebAssembly ('wasm-unsafe-eval') and open a WebSocket to this
/// same origin for MQTT. Any missing when the response starts are added again: an error response clears the headers
/// set before it.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "media-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static readonly (string Name, string Value)[] Values =
    [
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
        var policy = PolicyFor(context.Request);
        headers.ContentSecurityPolicy = policy;
        foreach (var (name, value) in Values)
        {
            headers[name] = value;
        }

        context.Response.OnStarting(() =>
        {
            context.Response.Headers.TryAdd("Content-Security-Policy", policy);
            foreach (var (name, value) in Values)
            {
                context.Response.Headers.TryAdd(name, value);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// The headset's policy names its own WebSocket origin as well as 'self', for browsers whose 'self' does not yet
    /// cover ws: and wss:. Kestrel has refused a Host header with anything but host characters before this runs.
    /// </summary>
    private static string PolicyFor(HttpRequest request)
    {
        if (!HeadsetAppFiles.IsHeadsetPath(request.Path))
        {
            return Policy;
        }

        var host = request.Host.Value ?? "";
        var socket = host.Length > 0 && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']')
            ? $" {(request.IsHttps ? "wss" : "ws")}://{host}"
            : "";
        return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
            $"connect-src 'self'{socket}; media-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }
}
