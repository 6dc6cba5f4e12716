using System.Numerics;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>The sky map's own uniforms (skymap.frag beyond haze.glsl), looked up once and set from a frame.</summary>
internal sealed class SkyMapUniforms(ShaderProgram program)
{
    /// <summary>The compass bearing of the Milky Way's band's normal before the stars turn: 0 makes it rise from straight ahead.</summary>
    private const float MilkyWayAzimuthDegrees = 0;

    private readonly int _zenith = program.Uniform("u_zenith");
    private readonly int _ground = program.Uniform("u_ground");
    private readonly int _ambient = program.Uniform("u_ambient");
    private readonly int _moon = program.Uniform("u_moon");
    private readonly int _moonLight = program.Uniform("u_moonLight");
    private readonly int _clouds = program.Uniform("u_clouds");
    private readonly int _aurora = program.Uniform("u_aurora");
    private readonly int _auroraColour = program.Uniform("u_auroraColour");
    private readonly int _milkyWay = program.Uniform("u_milkyWay");
    private readonly int _milkyWayAlong = program.Uniform("u_milkyWayAlong");
    private readonly int _milkyWayAcross = program.Uniform("u_milkyWayAcross");
    private readonly int _horizonShapes = program.Uniform("u_horizonShapes");
    private readonly int _shapeBlend = program.Uniform("u_shapeBlend");

    public void Set(IGl gl, in SceneFrame frame)
    {
        Uniforms.Set(gl, _zenith, frame.SkyZenith);
        Uniforms.Set(gl, _ground, frame.Ground);
        Uniforms.Set(gl, _ambient, frame.Ambient);
        var moon = frame.Moon;
        var toMoon = Uniforms.Direction(moon.AzimuthDegrees, moon.ElevationDegrees);
        gl.Uniform4(_moon, toMoon.X, toMoon.Y, toMoon.Z, moon.SizeDegrees * MathF.PI / 360);
        gl.Uniform1(_moonLight, MoonPass.LightOf(moon));
        gl.Uniform2(_clouds, frame.Clouds.Cover, frame.Clouds.DriftDegrees * MathF.PI / 180);
        gl.Uniform3(_aurora, frame.Aurora.Intensity, frame.Aurora.AzimuthDegrees * MathF.PI / 180, frame.Aurora.FoldDegrees * MathF.PI / 180);
        Uniforms.Set(gl, _auroraColour, frame.Aurora.Colour);
        var (across, along, side) = MilkyWayAxes(frame.MilkyWay.TiltDegrees, frame.StarRotationDegrees);
        gl.Uniform4(_milkyWay, across.X, across.Y, across.Z, frame.MilkyWay.Intensity);
        Uniforms.Set(gl, _milkyWayAlong, along);
        Uniforms.Set(gl, _milkyWayAcross, side);
        gl.Uniform4(_horizonShapes, frame.PreviousTreeLine, frame.TreeLine, frame.PreviousHills, frame.Hills);
        gl.Uniform1(_shapeBlend, frame.PresetBlend);
    }

    /// <summary>The band's plane: its normal, and two directions within it; turned about the vertical exactly as the stars are (stars.vert).</summary>
    private static (Vector3 Normal, Vector3 Along, Vector3 Side) MilkyWayAxes(float tiltDegrees, float starRotationDegrees)
    {
        var tilt = tiltDegrees * MathF.PI / 180;
        var azimuth = MilkyWayAzimuthDegrees * MathF.PI / 180;
        var normal = new Vector3(MathF.Cos(azimuth) * MathF.Cos(tilt), MathF.Sin(tilt), MathF.Sin(azimuth) * MathF.Cos(tilt));
        var along = new Vector3(-MathF.Sin(azimuth), 0, MathF.Cos(azimuth));
        var turn = starRotationDegrees * MathF.PI / 180;
        normal = TurnLikeStars(normal, turn);
        along = TurnLikeStars(along, turn);
        return (normal, along, Vector3.Cross(normal, along));
    }

    private static Vector3 TurnLikeStars(Vector3 d, float turn)
    {
        var (c, s) = (MathF.Cos(turn), MathF.Sin(turn));
        return new Vector3((c * d.X) + (s * d.Z), d.Y, (-s * d.X) + (c * d.Z));
    }
}
