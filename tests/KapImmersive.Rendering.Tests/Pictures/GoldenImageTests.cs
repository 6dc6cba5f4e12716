using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Pictures;

[Collection(SharedGl.Name)]
public sealed class GoldenImageTests(RoomFixture room)
{
    /// <summary>Every preset as the preview shows it as it starts and at 90 s, and as each eye sees it at 90 s.</summary>
    public static TheoryData<string, double, PictureEye> Moments
    {
        get
        {
            var moments = new TheoryData<string, double, PictureEye>();
            foreach (var id in Sessions.Presets.Select(p => p.Id).Order(StringComparer.Ordinal))
            {
                moments.Add(id, 0, PictureEye.Preview);
                moments.Add(id, 90, PictureEye.Preview);
                moments.Add(id, 90, PictureEye.Left);
                moments.Add(id, 90, PictureEye.Right);
            }

            return moments;
        }
    }

    [Theory]
    [MemberData(nameof(Moments))]
    public void Each_preset_matches_its_reference_picture(string preset, double at, PictureEye eye)
    {
        // At 90 s breathing guidance has faded in and a check-in asked at 80 s is on screen; darkness as the preset starts.
        var frame = Sessions.FrameAt(preset, at, Sessions.Breathing(60), Sessions.CheckIn(80));
        var picture = eye == PictureEye.Preview
            ? room.Run(p => p.Render(frame, eye, 192, 108))
            : room.Run(p => p.Render(frame, eye, 96, 100));

        GoldenImage.Match(picture, eye == PictureEye.Preview ? $"{preset}-{at:0}s" : $"{preset}-{at:0}s-{eye.ToString().ToLowerInvariant()}");
    }
}
