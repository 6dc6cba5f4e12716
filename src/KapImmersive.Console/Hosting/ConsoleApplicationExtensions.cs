using KapImmersive.Console.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace KapImmersive.Console.Hosting;

/// <summary>The console's request pipeline: headers, a plain answer to any failure, the sign-in page's own files, sign-in, anti-forgery, then everything else.</summary>
public static class ConsoleApplicationExtensions
{
    public static WebApplication UseKapConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ServerError.WriteAsync });
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
        return app;
    }

    /// <summary>Where the console listens once started (the port is chosen at start when configured as 0).</summary>
    public static string Address(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(not listening)";
    }
}
