using System.Net;
using KapImmersive.Console.Accounts;
using KapImmersive.Console.Demo;
using KapImmersive.Console.Live;
using KapImmersive.Console.Presets;
using KapImmersive.Console.Record;
using KapImmersive.Core.Commands;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KapImmersive.Console.Hosting;

/// <summary>The console's wiring: options checked at start, broker (embedded or external), link, record, web security.</summary>
public static class ConsoleHostBuilderExtensions
{
    public static WebApplicationBuilder AddKapConsole(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var clinic = builder.Configuration.GetSection(ClinicOptions.Section).Get<ClinicOptions>() ?? new ClinicOptions();
        var problems = clinic.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(ClinicOptions.Section, typeof(ClinicOptions), problems.Select(p => $"{ClinicOptions.Section}: {p}"));
        }

        var demo = clinic.Demo ? DemoAccounts.Create(clinic.DemoHeadsets) : null;
        if (clinic.EmbeddedBroker)
        {
            var brokerPort = builder.Configuration.GetValue("Kap:Broker:Port", 1883);
            builder.Configuration.AddInMemoryCollection(BrokerAccounts.ForEmbeddedBroker(brokerPort, BrokerAccounts.NewPassword(), demo?.Headsets ?? []));
            builder.AddKapBroker();
        }

        builder.Services.AddSingleton(clinic);
        if (builder.Configuration[$"{ConsoleLinkOptions.Section}:ClientId"] is null)
        {
            // One persistent session for the live view and the record: what arrives while the console restarts waits for it.
            builder.Configuration.AddInMemoryCollection([new($"{ConsoleLinkOptions.Section}:ClientId", clinic.RecordClientId)]);
        }

        builder.AddConsoleLink();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(clinic.Address), clinic.Port));
        AddRecordAndLive(builder.Services, clinic);
        if (demo is not null)
        {
            builder.Services.AddSingleton(demo);
            builder.Services.AddHostedService<DemoPatients>();
        }

        AddWebSecurity(builder.Services);
        // Sign-in cookies outlive a restart, and the keys stay with the clinic's record rather than in a home folder.
        builder.Services.AddDataProtection().SetApplicationName("kap-console")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(RecordFolder(clinic), "keys")));
        return builder;
    }

    private static void AddRecordAndLive(IServiceCollection services, ClinicOptions clinic)
    {
        services.AddSingleton(_ => new SessionRecord(clinic.DatabasePath, clinic.FullSync));
        services.AddSingleton<ClinicianAccounts>();
        services.AddSingleton(sp => new SignInThrottle(clinic.WrongPasswordsAllowed, TimeSpan.FromSeconds(clinic.WrongPasswordWindowSeconds), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DashboardHub>();
        services.AddSingleton(sp => new HeadsetBoard(sp.GetRequiredService<DashboardHub>(), clinic.VitalsMinutes));
        services.AddSingleton<AlertDesk>();
        services.AddSingleton<EventIntake>();
        services.AddSingleton(CommandCatalogue.Standard);
        services.AddSingleton<CommandFactory>();
        services.AddSingleton<CommandDesk>();
        services.AddSingleton<IReportRecorder, ConsoleRecorder>();
        services.AddHostedService(sp => new NoticePump(sp.GetRequiredService<ConsoleLink>(), sp.GetRequiredService<HeadsetBoard>(),
            sp.GetRequiredService<SessionRecord>(), sp.GetRequiredService<AlertDesk>(), TimeSpan.FromSeconds(clinic.LostLinkAlertSeconds),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<NoticePump>>()));
        var uploads = clinic.UploadFolder ?? Path.Combine(RecordFolder(clinic), "uploaded-presets");
        services.AddSingleton(sp => new PresetLibrary(Path.GetFullPath(clinic.PresetsFolder), uploads, sp.GetRequiredService<ConsoleLink>()));
        services.AddSingleton(sp => new PresetPreviews(sp.GetRequiredService<PresetLibrary>(), Path.GetFullPath(clinic.PresetsFolder)));
    }

    private static string RecordFolder(ClinicOptions clinic) => Path.GetDirectoryName(Path.GetFullPath(clinic.DatabasePath)) ?? ".";

    private static void AddWebSecurity(IServiceCollection services)
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
            cookie.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
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
        services.AddAuthorizationBuilder().SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = "X-CSRF-TOKEN";
            antiforgery.Cookie.Name = "kap.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
    }
}
