using KapImmersive.Console.Record;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KapImmersive.Console.Web;

/// <summary>The pages: plain HTML files whose scripts fetch their data; like everything but sign-in, only for the signed in.</summary>
public static class PageEndpoints
{
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (IWebHostEnvironment web) => Page(web, "index.html"));
        app.MapGet("/presets", (IWebHostEnvironment web) => Page(web, "presets.html"));
        app.MapGet("/sessions", (IWebHostEnvironment web) => Page(web, "sessions.html"));
        // A session the record does not hold still gets the page (it says so), with the status that says so too.
        app.MapGet("/sessions/{sessionId:long}", (long sessionId, IWebHostEnvironment web, SessionRecord record) =>
            record.FindSession(sessionId) is not null ? Page(web, "timeline.html") : Page(web, "timeline.html", StatusCodes.Status404NotFound));

        // Browsers ask for it on every page, the sign-in page included.
        app.MapGet("/favicon.ico", (IWebHostEnvironment web) => Results.File(Path.Combine(web.WebRootPath, "public", "favicon.ico"), "image/x-icon"))
            .AllowAnonymous();
    }

    private static IResult Page(IWebHostEnvironment web, string file, int status = StatusCodes.Status200OK) =>
        status == StatusCodes.Status200OK
            ? Results.File(Path.Combine(web.WebRootPath, file), "text/html; charset=utf-8")
            : Results.Content(File.ReadAllText(Path.Combine(web.WebRootPath, file)), "text/html; charset=utf-8", statusCode: status);
}
