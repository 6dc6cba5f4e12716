// The breathing light: a soft sphere of light with a wide halo.
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
