using KapImmersive.Console.Web;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KapImmersive.Console.Hosting;

/// <summary>Sign-in cookies checked against the record on every request, the API answering 401 rather than redirecting, anti-forgery.</summary>
public static class ConsoleWebSecurity
{
    public static IServiceCollection AddConsoleWebSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "kap.console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = "/signin";
            cookie.LogoutPath = "/signout";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SignInEndpoints.ValidateSignInAsync;
            cookie.Events.OnRedirectToLogin = context =>
            {
                if (IsApi(context.Request.Path))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = "X-CSRF-TOKEN";
            antiforgery.Cookie.Name = "kap.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });

        // Sign-in cookies outlive a restart, and the keys stay with the clinic's record rather than in a home folder.
        services.AddDataProtection().SetApplicationName("kap-console");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<ClinicOptions>, ILoggerFactory>((keys, clinic, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(clinic.Value.RecordFolder(), "keys")), logs));
        return services;
    }

    /// <summary>Routing matches paths in any casing, so "/API/headsets" is the API too.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
