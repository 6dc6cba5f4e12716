using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// The room's paper lamp, hanging where <see cref="RoomBox"/> puts it, glowing at the interior's weight; its halo is short,
/// for the walls around it show its light (room.vert).
/// </summary>
internal sealed class LampPass(IGl gl, GlFlavour flavour) : IDisposable
{
    private readonly GlowBall _ball = new(gl, flavour);

    public void Draw(in SceneFrame frame, in EyeView eye, float weight)
    {
        var room = frame.Room;
        if (weight > 0 && room.LampIntensity > 0)
        {
            _ball.Draw(eye, RoomBox.Lamp, RoomBox.LampRadius, 3.2f, room.Lamp.Scale(0.4f + (0.6f * room.LampIntensity)), weight, 0.12f * room.LampIntensity, frame.Exposure);
        }
    }

    public void Dispose() => _ball.Dispose();
}
