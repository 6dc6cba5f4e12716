using Microsoft.AspNetCore.Http;

namespace KapImmersive.Console.Web;

/// <summary>
/// What a request that failed inside the console gets: 500 with a plain {"problem"} the dashboard shows, never an empty
/// body. The exception itself goes to the console's log (the exception handler logs it), not to the browser.
/// </summary>
public static class ServerError
{
    public static Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return context.Response.WriteAsJsonAsync(new { problem = "the console could not handle this request; the error is in its log" }, context.RequestAborted);
    }
}
