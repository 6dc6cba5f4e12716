using KapImmersive.Console.Live;
using KapImmersive.Core.Breathing;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KapImmersive.Console.Web;

/// <summary>The dashboard's API: cards, alerts, the live stream, commands (<see cref="CommandEndpoints"/>) and acknowledgements.</summary>
public static class DashboardEndpoints
{
    private static readonly string[] MessageTemplates =
    [
        "You are safe. I am right here.",
        "Let your breath slow down.",
        "We are coming back gently now.",
        "Take your time. Nothing to do.",
    ];

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/csrf", (HttpContext context, IAntiforgery antiforgery) => Results.Ok(new { token = antiforgery.GetAndStoreTokens(context).RequestToken }));
        api.MapGet("/me", (HttpContext context) => Results.Ok(new { name = Who(context) }));
        api.MapGet("/options", (CommandCatalogue catalogue) => Results.Ok(new
        {
            patterns = BreathingPatterns.BuiltIn.Keys.Order(StringComparer.Ordinal),
            phases = ProtocolNames.All<SessionPhase>(),
            messageTemplates = MessageTemplates,
            commands = CommandEndpoints.Offered(catalogue),
        }));
        api.MapGet("/headsets", (HeadsetBoard board) => Results.Ok(board.Cards));
        api.MapGet("/alerts", (AlertDesk alerts) => Results.Ok(alerts.Open()));
        api.MapGet("/stream", StreamAsync);
        api.MapCommands();
        api.MapPost("/alerts/{alertId:long}/acknowledge", (long alertId, AlertDesk alerts, HttpContext context) =>
            alerts.Acknowledge(alertId, Who(context)) ? Results.Ok() : Results.NotFound());
        api.MapGet("/headsets/{headsetId}/preview", (string headsetId, HeadsetBoard board) =>
            board.Preview(headsetId) is { } image ? Results.File(image.ToArray(), ImageType(image.Span)) : Results.NotFound());
    }

    public static string Who(HttpContext context) => context?.User.Identity?.Name ?? "unknown";

    /// <summary>Server-sent events: every card and open alert first, then each change as it happens.</summary>
    private static async Task StreamAsync(HttpContext context, DashboardHub hub, HeadsetBoard board, AlertDesk alerts)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var cancellation = context.RequestAborted;
        var updates = hub.ListenAsync(cancellation);
        try
        {
            await using var listening = updates.GetAsyncEnumerator(cancellation);
            var next = listening.MoveNextAsync();
            foreach (var card in board.Cards)
            {
                await WriteAsync(context, new DashboardMessage("card", DashboardHub.Serialize(card)), cancellation);
            }

            foreach (var alert in alerts.Open())
            {
                await WriteAsync(context, new DashboardMessage("alert", DashboardHub.Serialize(alert)), cancellation);
            }

            await context.Response.Body.FlushAsync(cancellation);
            while (await next)
            {
                await WriteAsync(context, listening.Current, cancellation);
                await context.Response.Body.FlushAsync(cancellation);
                next = listening.MoveNextAsync();
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The browser went away.
        }
    }

    private static Task WriteAsync(HttpContext context, DashboardMessage message, CancellationToken cancellationToken) =>
        context.Response.WriteAsync($"event: {message.Name}\ndata: {message.Data}\n\n", cancellationToken);

    private static string ImageType(ReadOnlySpan<byte> image) =>
        image.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? "image/png" : "image/jpeg";
}
