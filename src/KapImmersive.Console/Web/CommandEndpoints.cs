using System.Globalization;
using KapImmersive.Console.Live;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KapImmersive.Console.Web;

/// <summary>
/// POST /api/headsets/{id}/commands with {"type", "args"}: checked by the command catalogue before anything is recorded
/// or sent. A refusal says why in {"problem"}: 404 for a headset never heard from (nothing recorded, no wait for a
/// timeout), 413 for a body over the protocol's size, 400 for anything the catalogue refuses.
/// </summary>
public static class CommandEndpoints
{
    public static void MapCommands(this IEndpointRouteBuilder api) => api.MapPost("/headsets/{headsetId}/commands", PostAsync);

    /// <summary>The commands a clinician may send, as the dashboard builds its controls from them.</summary>
    public static IEnumerable<object> Offered(CommandCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.SentBy(CommandSender.Clinician).Select(entry => new
        {
            type = entry.Name,
            summary = entry.Summary,
            usage = entry.Usage,
            arguments = entry.Arguments.Select(a => new
            {
                name = a.Name,
                kind = a.Kind.ToString().ToLowerInvariant(),
                required = a.Required,
                minimum = a.Kind == ArgumentKind.Number ? a.Minimum : (double?)null,
                maximum = a.Kind == ArgumentKind.Number ? a.Maximum : (double?)null,
                maxLength = a.Kind == ArgumentKind.Text ? a.MaxLength : (int?)null,
                choices = a.Kind == ArgumentKind.Choice ? a.Choices : (IEnumerable<string>?)null,
                description = a.Description,
            }),
        });
    }

    private static async Task<IResult> PostAsync(string headsetId, HttpContext context, HeadsetBoard board, CommandFactory factory, CommandDesk desk)
    {
        if (!Topics.IsValidId(headsetId) || !board.HasHeardFrom(headsetId))
        {
            return Results.NotFound(new { problem = $"no headset '{ArgumentValue.Shorten(headsetId)}' has ever connected to this console; check the id shown on the headset" });
        }

        var cancellation = context.RequestAborted;
        if (await ReadBodyAsync(context.Request, ProtocolLimits.MaxPayloadBytes, cancellation) is not { } body)
        {
            return Results.Json(new { problem = string.Create(CultureInfo.InvariantCulture, $"a command is at most {ProtocolLimits.MaxPayloadBytes} bytes; this one is larger") },
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var who = DashboardEndpoints.Who(context);
        if (!CommandRequest.TryParse(body, out var request, out var problem) || !factory.TryCreate(request, who, out var command, out problem))
        {
            return Results.BadRequest(new { problem });
        }

        return Results.Ok(await desk.SendAsync(headsetId, command, who, cancellation));
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var body = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }

            body.Write(chunk, 0, read);
        }

        return body.ToArray();
    }
}
