using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Headless;

[Collection(SharedGl.Name)]
public sealed class GlesShaderTests
{
    [Fact]
    public void Every_shader_compiles_and_draws_on_OpenGL_ES_3_0_as_standalone_headsets_run_it()
    {
        using var thread = new GlThread();
        var (version, mean) = thread.Run(() =>
        {
            using var context = HeadlessGlContext.Create(GlFlavour.Es30);
            using var pictures = new RoomPictures(context);
            var frame = Sessions.FrameAt("dusk-meadow", 90, Sessions.Breathing(0), Sessions.CheckIn(80), Sessions.Darkness(0, 0));
            var picture = pictures.Render(frame, PictureEye.Preview, 96, 54);
            return (context.Gl.GetString(GlConstants.Version), picture.MeanLuminance());
        });

        Assert.StartsWith("OpenGL ES 3", version, StringComparison.Ordinal);
        Assert.True(mean > 0.01, $"the GLES picture is black (mean luminance {mean})");
    }
}
