using System.Runtime.InteropServices.JavaScript;

namespace KapImmersive.Headset.Web.Interop;

/// <summary>The panels painted by a canvas (wwwroot/panel.js).</summary>
internal static partial class PanelCalls
{
    private const string Module = "kap";

    [JSImport("panel.configure", Module)]
    public static partial void Configure(string layoutJson);

    [JSImport("panel.paintPrompt", Module)]
    public static partial void PaintPrompt(string prompt, string okLabel, string notOkLabel, [JSMarshalAs<JSType.MemoryView>] Span<byte> rgba);

    [JSImport("panel.paintMessage", Module)]
    public static partial void PaintMessage(string message, [JSMarshalAs<JSType.MemoryView>] Span<byte> rgba);
}
