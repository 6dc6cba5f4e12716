using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KapImmersive.Console.Web;

/// <summary>
/// Refuses every change (POST, PUT, PATCH, DELETE) that does not carry a valid anti-forgery token, signed in or not,
/// except a headset giving its pairing code: it carries no cookie that a forged request could borrow, and takes JSON
/// only, which no other site's form can send. A WebSocket opened over HTTP/2 (an extended CONNECT) is the same upgrade
/// as a GET over HTTP/1.1 and passes as that does.
/// </summary>
public sealed class AntiforgeryCheck(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string PairPath = "/headset/pair";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || context.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect == true
            || context.Request.Path.Equals(PairPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("refused: the anti-forgery token is missing or invalid; reload the page", context.RequestAborted);
            return;
        }

        await next(context);
    }
}
