namespace KapImmersive.Rendering.Panels;

/// <summary>
/// Paints the panels' cards, words and buttons as <see cref="PanelLayout"/> lays them out, into 8-bit RGBA with
/// premultiplied alpha, top row first: <see cref="SkiaPanelArt"/> natively, a canvas in a browser. Called only when
/// the words change, never per frame.
/// </summary>
public interface IPanelArt
{
    /// <param name="rgba">PromptWidth x PromptHeight x 4 bytes.</param>
    void PaintPrompt(string prompt, string okLabel, string notOkLabel, Span<byte> rgba);

    /// <param name="rgba">MessageWidth x MessageHeight x 4 bytes.</param>
    void PaintMessage(string message, Span<byte> rgba);
}
