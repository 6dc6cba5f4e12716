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
        app.MapGet("/sessions/{sessionId:long}", (IWebHostEnvironment web) => Page(web, "timeline.html"));
    }

    private static IResult Page(IWebHostEnvironment web, string file) =>
        Results.File(Path.Combine(web.WebRootPath, file), "text/html; charset=utf-8");
}
