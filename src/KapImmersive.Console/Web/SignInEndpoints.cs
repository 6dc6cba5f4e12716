using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using KapImmersive.Console.Accounts;
using KapImmersive.Console.Live;
using KapImmersive.Console.Record;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KapImmersive.Console.Web;

/// <summary>
/// Sign-in (the only page open to everyone), with wrong passwords throttled per address and per name (or per trusted
/// browser); sign-out, which ends the sign-in in the record and not only in this browser.
/// </summary>
public static class SignInEndpoints
{
    private const string SignInClaim = "kap.signin";

    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext context, IAntiforgery antiforgery, IWebHostEnvironment web, string? failed) =>
            PageAsync(context, antiforgery, web, failed is null ? "" : "That name and password do not match.", StatusCodes.Status200OK)).AllowAnonymous();

        app.MapPost("/signin", async (HttpContext context, ClinicianAccounts accounts, SignInThrottle throttle, TrustedDevices devices, SessionRecord record,
            TimeProvider time, IAntiforgery antiforgery, IWebHostEnvironment web) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var name = form["name"].ToString().Trim();
            var password = form["password"].ToString();
            string[] keys = [devices.KeyFor(context, name), $"address:{context.Connection.RemoteIpAddress}"];
            if (throttle.TryBegin(keys, out var wait) is not { } attempt)
            {
                var seconds = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                context.Response.Headers.RetryAfter = seconds;
                return await PageAsync(context, antiforgery, web, $"Too many wrong passwords. Try again in {seconds} seconds.", StatusCodes.Status429TooManyRequests);
            }

            if (!accounts.Verify(name, password))
            {
                throttle.Failed(attempt);
                return Results.Redirect("/signin?failed=1");
            }

            throttle.Succeeded(attempt);
            devices.Trust(context, name);
            var signIn = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            record.OpenSignIn(signIn, name, time.GetUtcNow());
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(SignInClaim, signIn)], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect("/");
        }).AllowAnonymous();

        app.MapPost("/signout", async (HttpContext context, SessionRecord record, DashboardHub hub) =>
        {
            if (SignInOf(context.User) is { } signIn)
            {
                record.CloseSignIn(signIn);
                hub.End(signIn);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin");
        });
    }

    /// <summary>The sign-in a signed-in request belongs to.</summary>
    public static string? SignInOf(ClaimsPrincipal user) => user?.FindFirst(SignInClaim)?.Value;

    /// <summary>
    /// Every request's cookie must name a sign-in the record still holds: a copy of a cookie stops working when its
    /// owner signs out or the password changes.
    /// </summary>
    public static Task ValidateSignInAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = context.HttpContext.RequestServices.GetRequiredService<SessionRecord>();
        var principal = context.Principal;
        if (principal?.FindFirst(SignInClaim)?.Value is not { } signIn || principal.Identity?.Name is not { } name || !record.IsSignInOpen(signIn, name))
        {
            context.RejectPrincipal();
            return context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }

        return Task.CompletedTask;
    }

    private static async Task<IResult> PageAsync(HttpContext context, IAntiforgery antiforgery, IWebHostEnvironment web, string message, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var template = await File.ReadAllTextAsync(Path.Combine(web.WebRootPath, "signin.html"), context.RequestAborted);
        var html = template.Replace("{{token}}", HtmlEncoder.Default.Encode(tokens.RequestToken ?? ""), StringComparison.Ordinal)
            .Replace("{{message}}", HtmlEncoder.Default.Encode(message), StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
