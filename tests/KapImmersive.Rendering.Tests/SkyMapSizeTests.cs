namespace KapImmersive.Rendering.Tests;

public sealed class SkyMapSizeTests
{
    [Theory]
    [InlineData(1832, 1024)]
    [InlineData(1200, 1024)]
    [InlineData(1000, 512)]
    [InlineData(640, 512)]
    [InlineData(400, 256)]
    [InlineData(16, 256)]
    public void A_headset_eye_gets_the_full_sky_map_and_small_eyes_a_smaller_one(int eyeWidth, int texels) =>
        Assert.Equal(texels, RoomRenderer.SkyMapTexelsFor(eyeWidth));
}
