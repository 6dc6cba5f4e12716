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
        // Every preset, so every element (and each sky map variant the presets need) is compiled and drawn.
        using var thread = new GlThread();
        var (version, means) = thread.Run(() =>
        {
            using var context = HeadlessGlContext.Create(GlFlavour.Es30);
            using var pictures = new RoomPictures(context);
            var means = Sessions.Presets.Select(p =>
            {
                var frame = Sessions.FrameAt(p.Id, 90, Sessions.Breathing(0), Sessions.CheckIn(80), Sessions.Darkness(0, 0));
                return (p.Id, Mean: pictures.Render(frame, PictureEye.Preview, 96, 54).MeanLuminance());
            }).ToList();
            return (context.Gl.GetString(GlConstants.Version), means);
        });

        Assert.StartsWith("OpenGL ES 3", version, StringComparison.Ordinal);
        Assert.All(means, m => Assert.True(m.Mean > 0.005, $"{m.Id}: the GLES picture is black (mean luminance {m.Mean})"));
    }
}
