using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Pictures;

[Collection(SharedGl.Name)]
public sealed class GoldenImageTests(RoomFixture room)
{
    public static TheoryData<string, double> Moments => new()
    {
        { "dusk-meadow", 0 }, { "dusk-meadow", 90 },
        { "night-sky", 0 }, { "night-sky", 90 },
        { "ocean-twilight", 0 }, { "ocean-twilight", 90 },
        { "warm-room", 0 }, { "warm-room", 90 },
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public void Each_preset_matches_its_reference_picture(string preset, double at)
    {
        // At 90 s breathing guidance has faded in and a check-in asked at 80 s is on screen; darkness as the preset starts.
        var frame = Sessions.FrameAt(preset, at, Sessions.Breathing(60), Sessions.CheckIn(80));
        var picture = room.Run(p => p.Render(frame, PictureEye.Preview, 192, 108));

        GoldenImage.Match(picture, $"{preset}-{at:0}s");
    }
}
