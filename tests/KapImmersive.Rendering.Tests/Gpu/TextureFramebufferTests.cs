using KapImmersive.Core.Patient;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Panels;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Gpu;

[Collection(SharedGl.Name)]
public sealed class TextureFramebufferTests
{
    [Fact]
    public void A_frame_drawn_into_a_texture_someone_else_owns_lands_there_as_in_an_offscreen_picture()
    {
        using var thread = new GlThread();
        var (wrapped, offscreen) = thread.Run(() =>
        {
            using var context = HeadlessGlContext.Create();
            using var pictures = new RoomPictures(context);
            var frame = Sessions.FrameAt("night-sky", 30, Sessions.Darkness(0, 0));
            var swapchainImage = TextureFramebuffer.Create(context.Gl, 64, 64);
            using var target = TextureFramebuffer.Wrap(context.Gl, swapchainImage.Texture, 64, 64);
            var eye = pictures.Rig.EyeView(HeadPose.Seated, Eye.Left);
            pictures.Renderer.Draw(frame, eye, target, PanelFollower.AtGaze(HeadPose.Seated), GazeDwell.None);
            target.Dispose();
            var image = new RgbaImage(64, 64);
            swapchainImage.ReadPixels(image.Pixels);
            swapchainImage.Dispose();
            return (image, pictures.Render(frame, PictureEye.Left, 64, 64));
        });

        Assert.Equal(offscreen.Pixels, wrapped.Pixels);
    }
}
