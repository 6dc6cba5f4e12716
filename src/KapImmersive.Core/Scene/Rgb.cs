using System.Globalization;
using System.Text.Json.Serialization;

namespace KapImmersive.Core.Scene;

/// <summary>A colour with components in 0..1 (sRGB, as written in presets: #RRGGBB).</summary>
[JsonConverter(typeof(RgbJsonConverter))]
public readonly record struct Rgb(float R, float G, float B)
{
    public static Rgb Black => default;

    /// <summary>Relative luminance as WCAG defines it (sRGB decoded to linear light, Rec. 709 weights), 0..1.</summary>
    public float Luminance => (0.2126f * ToLinear(R)) + (0.7152f * ToLinear(G)) + (0.0722f * ToLinear(B));

    public static Rgb Lerp(Rgb a, Rgb b, float t) =>
        new(a.R + ((b.R - a.R) * t), a.G + ((b.G - a.G) * t), a.B + ((b.B - a.B) * t));

    public Rgb Scale(float factor) => new(R * factor, G * factor, B * factor);

    public static bool TryParseHex(string? text, out Rgb colour)
    {
        colour = default;
        if (text is null || text.Length != 7 || text[0] != '#')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        colour = new Rgb(((value >> 16) & 0xFF) / 255f, ((value >> 8) & 0xFF) / 255f, (value & 0xFF) / 255f);
        return true;
    }

    public string ToHex() =>
        string.Create(CultureInfo.InvariantCulture, $"#{ToByte(R):X2}{ToByte(G):X2}{ToByte(B):X2}");

    /// <summary>The sRGB transfer function, undone: how much light a stored component stands for.</summary>
    public static float ToLinear(float component) =>
        component <= 0.04045f ? component / 12.92f : MathF.Pow((component + 0.055f) / 1.055f, 2.4f);

    private static int ToByte(float component) => (int)MathF.Round(Math.Clamp(component, 0f, 1f) * 255f);
}
