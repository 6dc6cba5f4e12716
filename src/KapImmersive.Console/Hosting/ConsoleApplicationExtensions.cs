using KapImmersive.Console.Web;
using KapImmersive.Messaging.Broker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace KapImmersive.Console.Hosting;

/// <summary>
/// The console's request pipeline: headers, a plain answer to any failure, WebSockets, the sign-in page's own files,
/// sign-in, anti-forgery, then everything else; the headset's page, its pairing and MQTT over WebSockets are open to all.
/// </summary>
public static class ConsoleApplicationExtensions
{
    public static WebApplication UseKapConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ServerError.WriteAsync });
        app.UseWebSockets();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(app.Environment.WebRootPath, "public")),
            RequestPath = "/public",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AntiforgeryCheck>();
        app.UseStaticFiles();
        app.MapSignIn();
        app.MapPages();
        app.MapDashboard();
        app.MapRecord();
        app.MapPresets();
        app.MapPairing();
        app.MapHeadset(embeddedBroker: app.Services.GetService<KapBroker>() is not null);
        return app;
    }

    /// <summary>Where the console listens over plain HTTP once started (the port is chosen at start when configured as 0).</summary>
    public static string Address(this WebApplication app) => Addresses(app).FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? "(not listening)";

    /// <summary>Where it listens over HTTPS, when the clinic gave it a certificate.</summary>
    public static string? SecureAddress(this WebApplication app) => Addresses(app).FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal));

    private static IEnumerable<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    }
}
