using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
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
        api.MapGet("/stream", (DashboardHub hub, HeadsetBoard board, AlertDesk alerts, HttpContext context) =>
            TypedResults.ServerSentEvents(StreamAsync(hub, SignInEndpoints.SignInOf(context.User) ?? "", board, alerts, context.RequestAborted)));
        api.MapCommands();
        api.MapPost("/alerts/{alertId:long}/acknowledge", (long alertId, AlertDesk alerts, HttpContext context) =>
            alerts.Acknowledge(alertId, Who(context)) ? Results.Ok() : Results.NotFound());
        api.MapGet("/headsets/{headsetId}/preview", (string headsetId, HeadsetBoard board) =>
            board.Preview(headsetId) is { } image ? Results.File(image.ToArray(), ImageType(image.Span)) : Results.NotFound());
    }

    public static string Who(HttpContext context) => context?.User.Identity?.Name ?? "unknown";

    /// <summary>Server-sent events: every card and open alert first, then each change as it happens, until the browser goes away.</summary>
    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(DashboardHub hub, string signIn, HeadsetBoard board, AlertDesk alerts,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var listening = hub.ListenAsync(signIn, cancellationToken).GetAsyncEnumerator(cancellationToken);

        // Listening starts before the snapshot is taken, so a change made in between is sent, never lost.
        var next = listening.MoveNextAsync();

        // Sent at once, so the browser knows the stream is open even before there is a card to show, and how soon to
        // come back if it drops.
        yield return new SseItem<string>("{}", "ready") { ReconnectionInterval = TimeSpan.FromSeconds(2) };
        foreach (var card in board.Cards)
        {
            yield return new SseItem<string>(DashboardHub.Serialize(card), "card");
        }

        foreach (var alert in alerts.Open())
        {
            yield return new SseItem<string>(DashboardHub.Serialize(alert), "alert");
        }

        while (await next)
        {
            yield return new SseItem<string>(listening.Current.Data, listening.Current.Name);
            next = listening.MoveNextAsync();
        }
    }

    private static string ImageType(ReadOnlySpan<byte> image) =>
        image.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? "image/png" : "image/jpeg";
}
