using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// The ground of an outdoor scene as one eye sees it, on the ground mesh lit per vertex, out to the horizon, through the
/// eye mask; drawn after the sky, over its thin overlap below the horizon. Open ground, a meadow (paler, yellower
/// patches) and hills (gentle dunes) share ground.vert; the sea has sea.vert.
/// </summary>
internal sealed class GroundPass : IDisposable
{
    /// <summary>Farther than the mesh's outer ring, so it is never clipped; nothing is depth-tested, so precision is no concern.</summary>
    private const float Reach = GroundMesh.OuterRadius * 2;

    private readonly IGl _gl;
    private readonly ShaderProgram _land;
    private readonly ShaderProgram _sea;
    private readonly GroundUniforms _landUniforms;
    private readonly GroundUniforms _seaUniforms;
    private readonly GroundMesh _mesh;
    private readonly int _patchContrast, _patchTint, _dunes, _light, _seaTime;

    public GroundPass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _land = new ShaderProgram(gl, flavour, "ground.vert", "ground.frag");
        _sea = new ShaderProgram(gl, flavour, "sea.vert", "ground.frag");
        _landUniforms = new GroundUniforms(_land);
        _seaUniforms = new GroundUniforms(_sea);
        _mesh = new GroundMesh(gl);
        _patchContrast = _land.Uniform("u_patchContrast");
        _patchTint = _land.Uniform("u_patchTint");
        _dunes = _land.Uniform("u_dunes");
        _light = _land.Uniform("u_light");
        _seaTime = _sea.Uniform("u_time");
    }

    public void Draw(in SceneFrame frame, in EyeView eye, SkyMap skyMap, SceneLayer layer)
    {
        var viewProjection = eye.ViewProjectionReaching(Reach);
        if (layer.Kind == GroundKind.Sea)
        {
            _sea.Use();
            _seaUniforms.Set(_gl, frame, eye, viewProjection, skyMap, layer.Weight);
            _gl.Uniform1(_seaTime, (float)(frame.Time % 3600));
        }
        else
        {
            _land.Use();
            _landUniforms.Set(_gl, frame, eye, viewProjection, skyMap, layer.Weight);
            var (contrast, tint) = layer.Kind switch
            {
                GroundKind.Meadow => (0.45f, new Rgb(1.18f, 1.15f, 0.85f)),
                GroundKind.Hills => (0.3f, new Rgb(1.08f, 1.08f, 1.05f)),
                _ => (0.28f, new Rgb(1, 1, 1)),
            };
            _gl.Uniform1(_patchContrast, contrast);
            Uniforms.Set(_gl, _patchTint, tint);
            _gl.Uniform1(_dunes, layer.Kind == GroundKind.Hills ? layer.Hills : 0);
            Uniforms.Set(_gl, _light, Uniforms.Direction(frame.GlowAzimuthDegrees, Math.Max(frame.GlowElevationDegrees, 3)));
        }

        Blending.Weighted(_gl, layer.Weight);
        _mesh.Draw();
    }

    public void Dispose()
    {
        _mesh.Dispose();
        _sea.Dispose();
        _land.Dispose();
    }
}
