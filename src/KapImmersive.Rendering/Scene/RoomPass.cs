using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// The interior as one eye sees it: its surfaces lit by the lamp (room.vert, room.frag; the floor with its boards, the
/// rest without, as the boards cost more than the colour), then the window onto the sky with its rain (window.vert,
/// window.frag), at the weight the interior has while presets dissolve.
/// </summary>
internal sealed class RoomPass : IDisposable
{
    private readonly IGl _gl;
    private readonly ShaderProgram _floor;
    private readonly ShaderProgram _surfaces;
    private readonly ShaderProgram _window;
    private readonly RoomMesh _mesh;
    private readonly EmptyVertexArray _pane;
    private readonly RoomUniforms _floorUniforms;
    private readonly RoomUniforms _surfaceUniforms;
    private readonly RoomUniforms _windowUniforms;
    private readonly int _floorColour, _eye, _sky, _rain, _time;

    public RoomPass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _floor = new ShaderProgram(gl, flavour, "room.vert", "room.frag", "FLOORBOARDS");
        _surfaces = new ShaderProgram(gl, flavour, "room.vert", "room.frag");
        _window = new ShaderProgram(gl, flavour, "window.vert", "window.frag");
        _mesh = new RoomMesh(gl);
        _pane = new EmptyVertexArray(gl);
        _floorUniforms = new RoomUniforms(_floor);
        _surfaceUniforms = new RoomUniforms(_surfaces);
        _windowUniforms = new RoomUniforms(_window);
        _floorColour = _floor.Uniform("u_floor");
        _eye = _window.Uniform("u_eye");
        _sky = _window.Uniform("u_sky");
        _rain = _window.Uniform("u_rain");
        _time = _window.Uniform("u_time");
    }

    public void Draw(in SceneFrame frame, in EyeView eye, SkyMap skyMap, float weight)
    {
        Blending.Weighted(_gl, weight);
        _floor.Use();
        _floorUniforms.Set(_gl, frame, eye, weight);
        Uniforms.Set(_gl, _floorColour, frame.Ground);
        _mesh.DrawFloor();

        _surfaces.Use();
        _surfaceUniforms.Set(_gl, frame, eye, weight);
        _mesh.DrawAboveFloor();

        _window.Use();
        _windowUniforms.Set(_gl, frame, eye, weight);
        Uniforms.Set(_gl, _eye, eye.Position);
        skyMap.Bind(0);
        _gl.Uniform1(_sky, 0);
        _gl.Uniform1(_rain, frame.Room.Rain);
        _gl.Uniform1(_time, (float)(frame.Time % 3600));
        _pane.DrawQuad();
    }

    public void Dispose()
    {
        _pane.Dispose();
        _mesh.Dispose();
        _window.Dispose();
        _surfaces.Dispose();
        _floor.Dispose();
    }
}
