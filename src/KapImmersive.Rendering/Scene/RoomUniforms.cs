using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>What the interior's surfaces and its window share: the view, the walls, the ambient and the lamp's light, the eye mask, the weight.</summary>
internal sealed class RoomUniforms(ShaderProgram program)
{
    private readonly int _viewProjection = program.Uniform("u_viewProjection");
    private readonly int _wall = program.Uniform("u_wall");
    private readonly int _ambient = program.Uniform("u_ambient");
    private readonly int _lamp = program.Uniform("u_lamp");
    private readonly int _exposure = program.Uniform("u_exposure");
    private readonly int _weight = program.Uniform("u_weight");

    public void Set(IGl gl, in SceneFrame frame, in EyeView eye, float weight)
    {
        Uniforms.Set(gl, _viewProjection, eye.ViewProjection);
        Uniforms.Set(gl, _wall, frame.Room.Wall);
        Uniforms.Set(gl, _ambient, frame.Ambient);
        Uniforms.Set(gl, _lamp, frame.Room.Lamp.Scale(frame.Room.LampIntensity));
        gl.Uniform1(_exposure, frame.Exposure);
        gl.Uniform1(_weight, weight);
    }
}
