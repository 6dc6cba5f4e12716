using System.Text;
using System.Text.Json;
using KapImmersive.Headset.Web.Interop;
using KapImmersive.Rendering.Panels;

namespace KapImmersive.Headset.Web.Graphics;

/// <summary>
/// The panels painted by the browser's canvas, laid out by the very <see cref="PanelLayout"/> the native painter
/// uses (sent to the page once), so a prompt reads the same on every headset.
/// </summary>
internal sealed class CanvasPanelArt : IPanelArt
{
    /// <summary>DejaVu Sans where the browser has it (as natively), else the headset's own sans-serif.</summary>
    public const string Font = "\"DejaVu Sans\", system-ui, sans-serif";

    public CanvasPanelArt() => PanelCalls.Configure(LayoutJson());

    public void PaintPrompt(string prompt, string okLabel, string notOkLabel, Span<byte> rgba) => PanelCalls.PaintPrompt(prompt, okLabel, notOkLabel, rgba);

    public void PaintMessage(string message, Span<byte> rgba) => PanelCalls.PaintMessage(message, rgba);

    private static string LayoutJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("font", Font);
            json.WriteNumber("promptWidth", PanelLayout.PromptWidth);
            json.WriteNumber("promptHeight", PanelLayout.PromptHeight);
            json.WriteNumber("messageWidth", PanelLayout.MessageWidth);
            json.WriteNumber("messageHeight", PanelLayout.MessageHeight);
            json.WriteNumber("promptTextSize", PanelLayout.PromptTextSize);
            json.WriteNumber("labelTextSize", PanelLayout.LabelTextSize);
            json.WriteNumber("messageTextSize", PanelLayout.MessageTextSize);
            json.WriteNumber("lineSpacing", PanelLayout.LineSpacing);
            json.WriteNumber("minTextSize", PanelLayout.MinTextSize);
            json.WriteNumber("cardInset", PanelLayout.CardInset);
            json.WriteNumber("cornerRadius", PanelLayout.CornerRadius);
            json.WriteNumber("buttonCornerRadius", PanelLayout.ButtonCornerRadius);
            json.WriteNumber("buttonEdgeWidth", PanelLayout.ButtonEdgeWidth);
            json.WriteNumber("ringInset", PanelLayout.RingInset);
            json.WriteNumber("ringRadius", PanelLayout.RingRadius);
            Box(json, "promptWords", PanelLayout.PromptWords);
            Box(json, "messageWords", PanelLayout.MessageWords);
            Box(json, "okButton", PanelLayout.OkButton);
            Box(json, "notOkButton", PanelLayout.NotOkButton);
            Colour(json, "card", PanelLayout.Card);
            Colour(json, "ink", PanelLayout.Ink);
            Colour(json, "buttonFill", PanelLayout.ButtonFill);
            Colour(json, "buttonEdge", PanelLayout.ButtonEdge);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Box(Utf8JsonWriter json, string name, PanelBox box)
    {
        json.WriteStartObject(name);
        json.WriteNumber("left", box.Left);
        json.WriteNumber("top", box.Top);
        json.WriteNumber("right", box.Right);
        json.WriteNumber("bottom", box.Bottom);
        json.WriteEndObject();
    }

    private static void Colour(Utf8JsonWriter json, string name, PanelColour colour)
    {
        json.WriteStartObject(name);
        json.WriteNumber("red", colour.Red);
        json.WriteNumber("green", colour.Green);
        json.WriteNumber("blue", colour.Blue);
        json.WriteNumber("alpha", colour.Alpha);
        json.WriteEndObject();
    }
}
