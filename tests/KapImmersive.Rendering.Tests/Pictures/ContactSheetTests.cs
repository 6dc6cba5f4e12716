using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Rendering.Tests.Pictures;

public sealed class ContactSheetTests
{
    [Fact]
    public void Pictures_are_laid_in_rows_with_room_for_their_captions()
    {
        var picture = new RgbaImage(40, 20);
        Array.Fill(picture.Pixels, (byte)200);
        var sheet = ContactSheet.Compose([(picture, "00:00"), (picture, "00:30"), (picture, "01:00")], columns: 2);

        Assert.Equal(ContactSheet.Gap + (2 * (40 + ContactSheet.Gap)), sheet.Width);
        Assert.Equal(ContactSheet.Gap + (2 * (20 + ContactSheet.CaptionHeight + ContactSheet.Gap)), sheet.Height);
        Assert.Equal(200, sheet.Pixels[((ContactSheet.Gap * sheet.Width) + ContactSheet.Gap) * 4]);
    }
}
