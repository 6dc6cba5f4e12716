using System.Numerics;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// The interior's surfaces as triangles (<see cref="RoomBox"/>): floor, ceiling and walls, the front wall built around
/// the window's opening, and the lamp's cord. Per vertex: position and material (0 floor, 1 wall, 2 ceiling, 3 cord),
/// then the surface's normal. Surfaces are cut into cells about a third of a metre across, fine enough to carry the
/// lamp's soft light per vertex (room.vert). The floor comes first, so it can be drawn alone with its boards. The viewer
/// is inside a box, so no surface hides another and none needs a depth buffer.
/// </summary>
internal sealed class RoomMesh : IDisposable
{
    public const float Floor = 0;
    public const float Wall = 1;
    public const float Ceiling = 2;
    public const float Cord = 3;

    /// <summary>The largest side of a cell the lamp's light is worked out across.</summary>
    public const float CellMetres = 0.35f;

    private readonly IGl _gl;
    private readonly int _buffer;
    private readonly int _vertexArray;
    private readonly int _vertexCount;
    private readonly int _floorVertexCount;

    public RoomMesh(IGl gl)
    {
        _gl = gl;
        var (vertices, floorFloats) = Vertices();
        _vertexCount = vertices.Length / 8;
        _floorVertexCount = floorFloats / 8;
        _vertexArray = gl.CreateVertexArray();
        _buffer = gl.CreateBuffer();
        gl.BindVertexArray(_vertexArray);
        gl.BindBuffer(GlConstants.ArrayBuffer, _buffer);
        gl.BufferData(GlConstants.ArrayBuffer, vertices.Length * sizeof(float), GlConstants.StaticDraw);
        gl.BufferSubData(GlConstants.ArrayBuffer, 0, vertices);
        for (var i = 0; i < 2; i++)
        {
            gl.EnableVertexAttribArray(i);
            gl.VertexAttribPointer(i, 4, GlConstants.FloatType, false, 8 * sizeof(float), i * 16);
        }

        gl.BindVertexArray(0);
    }

    public void DrawFloor()
    {
        _gl.BindVertexArray(_vertexArray);
        _gl.DrawArrays(GlConstants.Triangles, 0, _floorVertexCount);
    }

    /// <summary>Everything but the floor: walls, ceiling and the cord.</summary>
    public void DrawAboveFloor()
    {
        _gl.BindVertexArray(_vertexArray);
        _gl.DrawArrays(GlConstants.Triangles, _floorVertexCount, _vertexCount - _floorVertexCount);
    }

    public void Dispose()
    {
        _gl.DeleteBuffer(_buffer);
        _gl.DeleteVertexArray(_vertexArray);
    }

    /// <summary>The vertices, and how many of their floats are the floor's.</summary>
    private static (float[] Vertices, int FloorFloats) Vertices()
    {
        var (min, max, window) = (RoomBox.Min, RoomBox.Max, RoomBox.Window);
        var data = new List<float>();
        void Quad(Vector3 corner, Vector3 across, Vector3 up, Vector3 normal, float material)
        {
            var (columns, rows) = ((int)MathF.Ceiling(across.Length() / CellMetres), (int)MathF.Ceiling(up.Length() / CellMetres));
            for (var row = 0; row < rows; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    var at = corner + (across * column / columns) + (up * row / rows);
                    var (right, top) = (across / columns, up / rows);
                    Vector3[] corners = [at, at + right, at + right + top, at, at + right + top, at + top];
                    foreach (var p in corners)
                    {
                        data.AddRange([p.X, p.Y, p.Z, material, normal.X, normal.Y, normal.Z, 0]);
                    }
                }
            }
        }

        var (width, height, depth) = (max.X - min.X, max.Y - min.Y, max.Z - min.Z);
        Quad(min, Vector3.UnitX * width, Vector3.UnitZ * depth, Vector3.UnitY, Floor);
        var floorFloats = data.Count;
        Quad(new Vector3(min.X, max.Y, max.Z), Vector3.UnitX * width, -Vector3.UnitZ * depth, -Vector3.UnitY, Ceiling);
        Quad(new Vector3(min.X, min.Y, max.Z), -Vector3.UnitZ * depth, Vector3.UnitY * height, Vector3.UnitX, Wall);
        Quad(new Vector3(max.X, min.Y, min.Z), Vector3.UnitZ * depth, Vector3.UnitY * height, -Vector3.UnitX, Wall);
        Quad(new Vector3(max.X, min.Y, max.Z), -Vector3.UnitX * width, Vector3.UnitY * height, -Vector3.UnitZ, Wall);
        var front = Vector3.UnitZ;
        Quad(min, Vector3.UnitX * width, Vector3.UnitY * (window.Y - min.Y), front, Wall);
        Quad(new Vector3(min.X, window.W, min.Z), Vector3.UnitX * width, Vector3.UnitY * (max.Y - window.W), front, Wall);
        Quad(new Vector3(min.X, window.Y, min.Z), Vector3.UnitX * (window.X - min.X), Vector3.UnitY * (window.W - window.Y), front, Wall);
        Quad(new Vector3(window.Z, window.Y, min.Z), Vector3.UnitX * (max.X - window.Z), Vector3.UnitY * (window.W - window.Y), front, Wall);
        var cordTop = new Vector3(RoomBox.Lamp.X, max.Y, RoomBox.Lamp.Z);
        var cordLength = max.Y - RoomBox.Lamp.Y - RoomBox.LampRadius;
        Quad(cordTop + new Vector3(-0.006f, -cordLength, 0), Vector3.UnitX * 0.012f, Vector3.UnitY * cordLength, Vector3.UnitZ, Cord);
        Quad(cordTop + new Vector3(0, -cordLength, -0.006f), Vector3.UnitZ * 0.012f, Vector3.UnitY * cordLength, Vector3.UnitX, Cord);
        return ([.. data], floorFloats);
    }
}
