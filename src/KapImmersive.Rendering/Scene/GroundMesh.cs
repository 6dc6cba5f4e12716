using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// The ground as a mesh: rings around the room's centre, close together near the patient (where the ground's patches
/// are seen) and ever wider apart out to the horizon (where the haze hides all but the colour), cut into sectors; one
/// long triangle strip, outermost ring first, so nearer ground is drawn over farther (hills occlude what lies behind
/// them with no depth buffer). Each vertex is its radius (metres) and angle (radians): the ground's shaders place,
/// light and fog it per vertex, so each pixel only passes on a colour. A few thousand triangles: each costs a software
/// renderer a little, so there are no more than the patches and the haze need.
/// </summary>
internal sealed class GroundMesh : IDisposable
{
    public const int Sectors = 64;
    public const float InnerRadius = 0.3f;

    /// <summary>Where the rings stop being close together: beyond it the haze leaves only colour to draw.</summary>
    public const float DetailRadius = 150f;

    /// <summary>The outermost ring: far enough that it meets the horizon to within a hundredth of a degree.</summary>
    public const float OuterRadius = 10000f;

    /// <summary>Rings from the inner radius out to the detail radius, each a third farther than the last.</summary>
    private const int DetailRings = 22;

    private static readonly float[] FarRings = [400f, 1200f, OuterRadius];

    /// <summary>Rings around the centre, the centre itself not counted.</summary>
    public static int Rings => DetailRings + FarRings.Length;

    private readonly IGl _gl;
    private readonly int _buffer;
    private readonly int _vertexArray;

    public GroundMesh(IGl gl)
    {
        _gl = gl;
        var vertices = Vertices();
        VertexCount = vertices.Length / 2;
        _vertexArray = gl.CreateVertexArray();
        _buffer = gl.CreateBuffer();
        gl.BindVertexArray(_vertexArray);
        gl.BindBuffer(GlConstants.ArrayBuffer, _buffer);
        gl.BufferData(GlConstants.ArrayBuffer, vertices.Length * sizeof(float), GlConstants.StaticDraw);
        gl.BufferSubData(GlConstants.ArrayBuffer, 0, vertices);
        gl.EnableVertexAttribArray(0);
        gl.VertexAttribPointer(0, 2, GlConstants.FloatType, false, 2 * sizeof(float), 0);
        gl.BindVertexArray(0);
    }

    public int VertexCount { get; }

    /// <summary>The radius of ring <paramref name="ring"/> (0 is the centre, <see cref="Rings"/> the outermost).</summary>
    public static float Radius(int ring) => ring switch
    {
        0 => 0,
        <= DetailRings => InnerRadius * MathF.Pow(DetailRadius / InnerRadius, (ring - 1) / (float)(DetailRings - 1)),
        _ => FarRings[ring - DetailRings - 1],
    };

    public void Draw()
    {
        _gl.BindVertexArray(_vertexArray);
        _gl.DrawArrays(GlConstants.TriangleStrip, 0, VertexCount);
    }

    public void Dispose()
    {
        _gl.DeleteBuffer(_buffer);
        _gl.DeleteVertexArray(_vertexArray);
    }

    /// <summary>Ring by ring from the outside in, each band a zig-zag between its outer and inner ring, joined by degenerate triangles.</summary>
    private static float[] Vertices()
    {
        var strip = new List<float>();
        for (var ring = Rings; ring >= 1; ring--)
        {
            var (outer, inner) = (Radius(ring), Radius(ring - 1));
            for (var s = 0; s <= Sectors; s++)
            {
                var angle = s * MathF.Tau / Sectors;
                if (s == 0 && strip.Count > 0)
                {
                    strip.AddRange(strip.GetRange(strip.Count - 2, 2));
                    strip.AddRange([outer, angle]);
                }

                strip.AddRange([outer, angle, inner, angle]);
            }
        }

        return [.. strip];
    }
}
