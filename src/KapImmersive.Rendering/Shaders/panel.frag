// A panel card: its premultiplied texture faded by the frame's opacity, and the dwell ring drawn over it as an arc
// that fills clockwise from the top. Drawn after the eye-mask exposure, with the panels' own exposure, which never
// falls below a legible floor.
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
