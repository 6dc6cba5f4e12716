namespace KapImmersive.Rendering.Panels;

/// <summary>
/// A panel card as a quad in the room, its premultiplied texture faded by the frame's opacity, and the dwell ring
/// drawn over it as an arc that fills clockwise from the top. Drawn after the eye-mask exposure, with the panels' own
/// exposure, which never falls below a legible floor.
/// </summary>
internal static class PanelShader
{
    public const string Vertex = """
        uniform mat4 u_viewProjection;
        uniform vec3 u_centre;
        uniform vec3 u_halfRight;
        uniform vec3 u_halfUp;
        out vec2 v_uv;
        void main() {
            vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
            v_uv = vec2(corner.x * 0.5 + 0.5, 0.5 - corner.y * 0.5);
            gl_Position = u_viewProjection * vec4(u_centre + corner.x * u_halfRight + corner.y * u_halfUp, 1.0);
        }
        """;

    public const string Fragment = """
        in vec2 v_uv;
        layout(location = 0) out vec4 o_colour;
        uniform sampler2D u_card;
        uniform vec2 u_size;
        uniform float u_opacity;
        uniform vec2 u_ringCentre;
        uniform float u_ringRadius;
        uniform float u_progress;
        uniform float u_exposure;
        void main() {
            vec4 card = texture(u_card, v_uv);
            vec2 p = v_uv * u_size - u_ringCentre;
            float turn = fract(atan(p.x, -p.y) / 6.2831853 + 1.0);
            float band = 1.0 - smoothstep(4.0, 6.0, abs(length(p) - u_ringRadius));
            float ring = band * step(turn, u_progress) * step(0.001, u_progress);
            vec4 arc = vec4(vec3(0.62, 0.72, 0.80) * ring, ring);
            o_colour = (arc + card * (1.0 - arc.a)) * u_opacity;
            o_colour.rgb *= u_exposure;
        }
        """;
}
