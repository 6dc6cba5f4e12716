using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Routing;
using MQTTnet.AspNetCore;

namespace KapImmersive.Console.Web;

/// <summary>
/// What a standalone headset's browser reaches, open to anyone: the web headset's page and files at /headset/ (nothing
/// in them is secret), and the embedded broker over WebSockets at /mqtt, where its own password is the key.
/// </summary>
public static class HeadsetEndpoints
{
    public static void MapHeadset(this IEndpointRouteBuilder app, bool embeddedBroker)
    {
        // "/headset" matches this route too; it goes on to "/headset/" so the page's relative links resolve inside the folder.
        app.MapGet(HeadsetAppFiles.Path + "/{**path}", (string? path, HttpContext context, HeadsetAppFiles files) =>
            string.IsNullOrEmpty(path) && context.Request.Path.Value?.EndsWith('/') != true
                ? Results.Redirect($"{HeadsetAppFiles.Path}/{context.Request.QueryString}")
                : files.Serve(context, path)).AllowAnonymous();
        if (embeddedBroker)
        {
            // The same MqttServer as the broker's TCP listeners: the handler is one of its transports (see KapBroker).
            app.MapConnectionHandler<MqttConnectionHandler>(PairingEndpoints.MqttPath, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.WebSockets.SubProtocolSelector = MqttSubProtocolSelector.SelectSubProtocol;
            }).AllowAnonymous();
        }
    }
}
