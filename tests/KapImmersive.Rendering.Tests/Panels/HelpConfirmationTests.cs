using KapImmersive.Core.Session;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Panels;

[Collection(SharedGl.Name)]
public sealed class HelpConfirmationTests(RoomFixture room)
{
    [Fact]
    public void After_asking_for_help_the_patient_sees_the_confirmation_ahead_and_then_it_fades()
    {
        var help = new TimedCommand(10, new RequestHelp("help", "patient", "button"));
        var calm = Sessions.FrameAt("warm-room", 14, Sessions.Darkness(0, 0));
        var helped = Sessions.FrameAt("warm-room", 14, Sessions.Darkness(0, 0), help);
        var calmLater = Sessions.FrameAt("warm-room", 30, Sessions.Darkness(0, 0));
        var later = Sessions.FrameAt("warm-room", 30, Sessions.Darkness(0, 0), help);
        var (a, b) = room.Run(p => (p.Render(calm, PictureEye.Preview, 320, 180), p.Render(helped, PictureEye.Preview, 320, 180)));
        var (c, d) = room.Run(p => (p.Render(calmLater, PictureEye.Preview, 320, 180), p.Render(later, PictureEye.Preview, 320, 180)));

        var card = Measure.Changed(a, b);
        Assert.True(card.Count > 500, "no help confirmation drawn");
        Assert.InRange((card.Left + card.Right) / 2.0, 156, 164);
        Assert.True(card.Bottom < 90, "the confirmation sits above the breathing light, in the upper half of the view");
        Assert.Equal(0, Measure.Changed(c, d, steps: 0).Count);
    }
}
