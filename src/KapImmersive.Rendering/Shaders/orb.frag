// The breathing light: a soft sphere of light with a wide halo, added to the room through the eye mask. Its halo is
// dithered where it has light of its own, so it fades without rings and leaves no trace where it has none.
#include "exposure.glsl"
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
    vec3 light = u_colour * u_presence * (body * shade * 0.5 + halo * u_glow * 1.6 * edge) * u_exposure;
    float lit = smoothstep(0.0, 2.0 / 255.0, max(light.r, max(light.g, light.b)));
    o_colour = vec4(light + lit * ditherAt(gl_FragCoord.xy) / 255.0, 1.0);
}
