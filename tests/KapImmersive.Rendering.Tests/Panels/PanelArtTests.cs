using KapImmersive.Core.Patient;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Panels;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Panels;

[Collection(SharedGl.Name)]
public sealed class PanelArtTests
{
    [Fact]
    public void A_renderer_given_its_own_panel_art_shows_the_cards_that_art_paints()
    {
        var art = new SolidArt(40, 160, 60);
        using var thread = new GlThread();
        var picture = thread.Run(() =>
        {
            using var context = HeadlessGlContext.Create();
            using var renderer = new RoomRenderer(context.Gl, context.Flavour, art);
            using var target = TextureFramebuffer.Create(context.Gl, 160, 90);
            var frame = Sessions.FrameAt("night-sky", 30, Sessions.Darkness(0, 0), Sessions.CheckIn(20));
            renderer.Draw(frame, PreviewCamera.View(HeadPose.Seated, 160, 90), target, PanelFollower.AtGaze(HeadPose.Seated), GazeDwell.None);
            var image = new RgbaImage(160, 90);
            target.ReadPixels(image.Pixels);
            return image;
        });

        Assert.Equal(("Are you comfortable?", 1), (art.Prompt, art.Prompts));
        var centre = ((45 * 160) + 80) * 4;
        Assert.True(picture.Pixels[centre + 1] > 120 && picture.Pixels[centre] < 60,
            $"the prompt's centre shows ({picture.Pixels[centre]}, {picture.Pixels[centre + 1]}, {picture.Pixels[centre + 2]}), not the art's green");
    }

    private sealed class SolidArt(byte red, byte green, byte blue) : IPanelArt
    {
        public string? Prompt { get; private set; }

        public int Prompts { get; private set; }

        public void PaintPrompt(string prompt, string okLabel, string notOkLabel, Span<byte> rgba)
        {
            (Prompt, Prompts) = (prompt, Prompts + 1);
            Fill(rgba);
        }

        public void PaintMessage(string message, Span<byte> rgba) => Fill(rgba);

        private void Fill(Span<byte> rgba)
        {
            for (var i = 0; i < rgba.Length; i += 4)
            {
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = (red, green, blue, 255);
            }
        }
    }
}
