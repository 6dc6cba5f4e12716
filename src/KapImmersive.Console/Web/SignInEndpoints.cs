using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using KapImmersive.Console.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KapImmersive.Console.Web;

/// <summary>Sign-in (the only page open to everyone), with wrong passwords throttled per name and per address; sign-out.</summary>
public static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext context, IAntiforgery antiforgery, IWebHostEnvironment web, string? failed) =>
            PageAsync(context, antiforgery, web, failed is null ? "" : "That name and password do not match.", StatusCodes.Status200OK)).AllowAnonymous();

        app.MapPost("/signin", async (HttpContext context, ClinicianAccounts accounts, SignInThrottle throttle, IAntiforgery antiforgery, IWebHostEnvironment web) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var name = form["name"].ToString().Trim();
            var password = form["password"].ToString();
            string[] keys = [$"name:{name.ToUpperInvariant()}", $"address:{context.Connection.RemoteIpAddress}"];
            var wait = throttle.RetryAfter(keys);
            if (wait > TimeSpan.Zero)
            {
                context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return await PageAsync(context, antiforgery, web,
                    $"Too many wrong passwords. Try again in {Math.Ceiling(wait.TotalSeconds):0} seconds.", StatusCodes.Status429TooManyRequests);
            }

            if (!accounts.Verify(name, password))
            {
                throttle.Failed(keys);
                return Results.Redirect("/signin?failed=1");
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect("/");
        }).AllowAnonymous();

        app.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin");
        });
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
