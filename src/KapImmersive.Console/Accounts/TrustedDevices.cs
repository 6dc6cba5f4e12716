using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace KapImmersive.Console.Accounts;

/// <summary>
/// OWASP's device cookies: a browser that once signed in as a clinician carries a signed note saying so, and its wrong
/// passwords are counted for that browser alone. Whoever guesses at a name from elsewhere locks out only other
/// untrusted browsers for that name, never the clinician's own.
/// </summary>
public sealed class TrustedDevices(IDataProtectionProvider protection, TimeProvider time)
{
    public const string CookieName = "kap.device";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("kap.console.device").ToTimeLimitedDataProtector();

    /// <summary>The throttle's key for this browser when it is trusted for <paramref name="name"/>; otherwise the name's own key.</summary>
    public string KeyFor(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DeviceOf(context, name) is { } device ? $"device:{device}" : $"name:{name.ToUpperInvariant()}";
    }

    /// <summary>After the right password: this browser is trusted for the clinician from now on.</summary>
    public void Trust(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var device = DeviceOf(context, name) ?? Guid.NewGuid().ToString("N");
        var note = _protector.Protect($"{name.ToUpperInvariant()}\n{device}", time.GetUtcNow() + Lifetime);
        context.Response.Cookies.Append(CookieName, note, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/signin",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    private string? DeviceOf(HttpContext context, string name)
    {
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } note)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(note, out _).Split('\n');
            return parts is [var trustedName, var device] && string.Equals(trustedName, name.ToUpperInvariant(), StringComparison.Ordinal) ? device : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
