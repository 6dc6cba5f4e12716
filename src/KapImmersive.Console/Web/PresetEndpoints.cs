using KapImmersive.Console.Presets;
using KapImmersive.Core.Presets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KapImmersive.Console.Web;

/// <summary>Presets: list, view, validate (problems by line), picture and sound previews, upload (refused with its problems if invalid), publish retained.</summary>
public static class PresetEndpoints
{
    public static void MapPresets(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/presets");
        api.MapGet("/", async (PresetLibrary library, CancellationToken cancellationToken) => Results.Ok(await library.ListAsync(cancellationToken)));
        api.MapGet("/{id}", async (string id, PresetLibrary library, CancellationToken cancellationToken) =>
            await library.ReadAsync(id, cancellationToken) is { } text ? Results.Ok(new { id, text, problems = library.Validate(text).Problems }) : Results.NotFound());
        api.MapGet("/{id}/picture.png", async (string id, PresetPreviews previews, CancellationToken cancellationToken) =>
            await previews.PictureAsync(id, cancellationToken) is { } png ? Results.File(png, "image/png") : Results.NotFound());
        api.MapGet("/{id}/sound.wav", async (string id, PresetPreviews previews, CancellationToken cancellationToken) =>
            await previews.SoundAsync(id, cancellationToken) is { } wav ? Results.File(wav, "audio/wav") : Results.NotFound());
        api.MapPost("/validate", async (HttpRequest request, PresetLibrary library) =>
            await ReadBodyAsync(request) is { } text ? Results.Ok(Report(library.Validate(text))) : TooLarge());
        api.MapPost("/", async (HttpRequest request, PresetLibrary library, HttpContext context) =>
        {
            if (await ReadBodyAsync(request) is not { } text)
            {
                return TooLarge();
            }

            var result = await library.UploadAsync(text, context.RequestAborted);
            return result.IsValid ? Results.Ok(Report(result)) : Results.UnprocessableEntity(Report(result));
        });
        api.MapPost("/{id}/publish", async (string id, PresetLibrary library, HttpContext context) =>
            await library.PublishAsync(id, context.RequestAborted) is { } problem ? Results.UnprocessableEntity(new { problem }) : Results.Ok(new { published = id }));
    }

    private static object Report(PresetParseResult result) => new { valid = result.IsValid, id = result.Preset?.Id, problems = result.Problems };

    private static IResult TooLarge() => Results.Problem($"a preset is at most {PresetLibrary.MaxUploadBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > PresetLibrary.MaxUploadBytes)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body);
        var buffer = new char[PresetLibrary.MaxUploadBytes + 1];
        var read = await reader.ReadBlockAsync(buffer, request.HttpContext.RequestAborted);
        return read > PresetLibrary.MaxUploadBytes ? null : new string(buffer, 0, read);
    }
}
