using System.Numerics;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Draws the breathing light where the room keeps it, a little below eye level ahead of the patient: its size and
/// halo are the frame's, its colour a pale tint of the sky's glow, its opacity the breathing guidance's presence.
/// </summary>
internal sealed class OrbPass(IGl gl, GlFlavour flavour) : IDisposable
{
    public const float RestingRadiusMetres = 0.07f;

    /// <summary>The halo's reach in radii; beyond it the halo would add less than a step of light.</summary>
    public const float HaloExtent = 5.5f;

    public static readonly Vector3 Centre = new(0, 1.0f, -1.8f);

    private readonly GlowBall _ball = new(gl, flavour);

    public static Rgb ColourOf(in SceneFrame frame) => Rgb.Lerp(frame.GlowColour, new Rgb(1, 0.97f, 0.92f), 0.6f);

    public void Draw(in SceneFrame frame, in EyeView eye)
    {
        if (frame.BreathPresence > 0)
        {
            _ball.Draw(eye, Centre, RestingRadiusMetres * frame.BreathLightScale, HaloExtent, ColourOf(frame), frame.BreathPresence, frame.BreathLightGlow, frame.Exposure);
        }
    }

    public void Dispose() => _ball.Dispose();
}
