namespace KapImmersive.Rendering.Scene;

/// <summary>The breathing light: a soft sphere of light with a wide halo, as a billboard that always faces the eye.</summary>
internal static class OrbShader
{
    public const string Vertex = """
        uniform mat4 u_view;
        uniform mat4 u_projection;
        uniform vec3 u_centre;
        uniform float u_radius;
        out vec2 v_local;
        void main() {
            vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
            vec4 centre = u_view * vec4(u_centre, 1.0);
            v_local = corner * 7.0;
            gl_Position = u_projection * (centre + vec4(v_local * u_radius, 0.0, 0.0));
        }
        """;

    public const string Fragment = """
        in vec2 v_local;
        layout(location = 0) out vec4 o_colour;
        uniform vec3 u_colour;
        uniform float u_presence;
        uniform float u_glow;
        void main() {
            float r = length(v_local);
            float body = 1.0 - smoothstep(0.55, 1.08, r);
            float shade = 0.75 + 0.25 * sqrt(max(0.0, 1.0 - r * r));
            float halo = exp(-r * r * 0.18) * 0.5 + exp(-r * 0.9) * 0.35;
            float edge = 1.0 - smoothstep(5.5, 7.0, r);
            o_colour = vec4(u_colour * u_presence * (body * shade * 0.5 + halo * u_glow * 1.6 * edge), 1.0);
        }
        """;
}
