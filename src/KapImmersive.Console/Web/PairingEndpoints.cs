using System.Globalization;
using System.Text.Json;
using KapImmersive.Console.Pairing;
using KapImmersive.Core.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KapImmersive.Console.Web;

/// <summary>
/// Pairing standalone headsets. Signed in: POST /api/pairings {"name"} makes a code, DELETE /api/pairings/{id} withdraws
/// it, POST /api/headsets/{id}/name {"name"} renames, POST /api/headsets/{id}/revoke revokes. Open to anyone (the code is
/// the secret): POST /headset/pair {"code", "name" (optional, kept when the clinician gave none)} answers {headsetId,
/// name, password, mqttPath} once; 400 for a code that is not 6 digits or a name that will not do, 403 for a wrong, spent or expired one, 429 with Retry-After when too many were wrong, 409 when this
/// console pairs no headsets. Every refusal says why in {"problem"}.
/// </summary>
public static class PairingEndpoints
{
    public const string MqttPath = "/mqtt";

    private const int MaxPairBodyBytes = 1024;

    public static void MapPairing(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/pairings", (NameRequest? body, HeadsetPairing pairing, HttpContext context, IServer server) =>
            pairing.Start(body?.Name, DashboardEndpoints.Who(context), out var problem) is { } pending
                ? Results.Ok(new { pending.HeadsetId, pending.Name, pending.Code, pending.ExpiresAt, headsetPage = HeadsetPage(context, server) })
                : Results.Json(new { problem }, statusCode: pairing.UnavailableReason is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict));
        api.MapDelete("/pairings/{headsetId}", (string headsetId, HeadsetPairing pairing) =>
            pairing.Cancel(headsetId) ? Results.Ok() : Results.NotFound(new { problem = "no code is waiting for that headset" }));
        api.MapPost("/headsets/{headsetId}/name", (string headsetId, NameRequest body, HeadsetPairing pairing) =>
            !pairing.IsPaired(headsetId) ? NotPaired(headsetId)
            : pairing.Rename(headsetId, body.Name) is { } problem ? Results.BadRequest(new { problem }) : Results.Ok());
        api.MapPost("/headsets/{headsetId}/revoke", async (string headsetId, HeadsetPairing pairing, HttpContext context) =>
            !pairing.IsPaired(headsetId) ? NotPaired(headsetId)
            : await pairing.RevokeAsync(headsetId, DashboardEndpoints.Who(context), context.RequestAborted) ? Results.Ok()
            : Results.Conflict(new { problem = $"'{headsetId}' was revoked already" }));

        app.MapPost(AntiforgeryCheck.PairPath, PairAsync).AllowAnonymous();
    }

    private static async Task<IResult> PairAsync(HttpContext context, HeadsetPairing pairing)
    {
        var (code, name) = await ReadAsync(context.Request);
        var result = pairing.Pair(code, name, context.Connection.RemoteIpAddress);
        if (result.Paired)
        {
            return Results.Ok(new { result.HeadsetId, result.Name, result.Password, mqttPath = MqttPath });
        }

        if (result.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        var status = result.Unavailable ? StatusCodes.Status409Conflict
            : result.Malformed ? StatusCodes.Status400BadRequest
            : result.RetryAfter is not null ? StatusCodes.Status429TooManyRequests
            : StatusCodes.Status403Forbidden;
        return Results.Json(new { problem = result.Problem }, statusCode: status);
    }

    /// <summary>
    /// The "code" and "name" of a small JSON body; a null code for anything else (which the pairing refuses as
    /// malformed), and a name that is not a string is read as the empty name, which the pairing refuses with its reason.
    /// </summary>
    private static async Task<(string? Code, string? Name)> ReadAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType() || request.ContentLength > MaxPairBodyBytes)
        {
            return (null, null);
        }

        var buffer = new byte[MaxPairBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
        {
            length += read;
        }

        if (length > MaxPairBodyBytes)
        {
            return (null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var code = root.TryGetProperty("code", out var typed) && typed.ValueKind == JsonValueKind.String ? typed.GetString() : null;
            var name = !root.TryGetProperty("name", out var offered) || offered.ValueKind == JsonValueKind.Null ? null
                : offered.ValueKind == JsonValueKind.String ? offered.GetString() : "";
            return (code, name);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static IResult NotPaired(string headsetId) =>
        Results.NotFound(new { problem = $"no headset '{ArgumentValue.Shorten(headsetId)}' was paired on this console" });

    /// <summary>
    /// Where a headset opens its page: over HTTPS on this host when the console has a certificate (a headset's browser
    /// enters VR only in a secure context), else this very address.
    /// </summary>
    private static string HeadsetPage(HttpContext context, IServer server)
    {
        var secure = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal));
        return secure is null
            ? $"{context.Request.Scheme}://{context.Request.Host}/headset"
            : string.Create(CultureInfo.InvariantCulture, $"https://{context.Request.Host.Host}:{BindingAddress.Parse(secure).Port}/headset");
    }
}
