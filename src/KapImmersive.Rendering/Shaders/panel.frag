// A panel card: its premultiplied texture faded by the frame's opacity; built with DWELL_RING (only while a dwell is in
// progress, as the ring's arc costs more than the card) the dwell ring drawn over it as an arc that fills clockwise
// from the top. Drawn after the eye-mask exposure, with the panels' own exposure, which never falls below a legible
// floor.
in vec2 v_uv;
layout(location = 0) out vec4 o_colour;
uniform sampler2D u_card;
uniform float u_opacity;
uniform float u_exposure;
#ifdef DWELL_RING
uniform vec2 u_size;
uniform vec2 u_ringCentre;
uniform float u_ringRadius;
uniform float u_progress;
#endif
void main() {
    vec4 card = texture(u_card, v_uv);
#ifdef DWELL_RING
    vec2 p = v_uv * u_size - u_ringCentre;
    float turn = fract(atan(p.x, -p.y) / 6.2831853 + 1.0);
    float band = 1.0 - smoothstep(4.0, 6.0, abs(length(p) - u_ringRadius));
    float ring = band * step(turn, u_progress);
    vec4 arc = vec4(vec3(0.62, 0.72, 0.80) * ring, ring);
    card = arc + card * (1.0 - arc.a);
#endif
    o_colour = card * u_opacity;
    o_colour.rgb *= u_exposure;
}
