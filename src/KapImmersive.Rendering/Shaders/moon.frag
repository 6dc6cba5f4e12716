// The moon's disc with its phase: lit on the side toward the sky's glow (the sun just set), the terminator a soft
// curve, the dark part faintly lit by earthshine, a few soft seas on its face. Added to the sky as much as cloud,
// hills and trees (the sky map's alpha) and, in a room, the window let through; through the eye mask.
#include "skymap.glsl"
#include "room.glsl"
#include "exposure.glsl"
in vec2 v_local;
in vec3 v_direction;
layout(location = 0) out vec4 o_colour;
uniform float u_lit;
uniform float u_presence;
uniform vec3 u_eye;
uniform float u_roomWeight;

void main() {
    float r2 = dot(v_local, v_local);
    float disc = smoothstep(1.0, 0.94, sqrt(r2));
    float edge = (1.0 - 2.0 * u_lit) * sqrt(max(1.0 - v_local.y * v_local.y, 0.0));
    float lit = smoothstep(edge - 0.07, edge + 0.07, v_local.x);
    float seas = 0.86 + 0.14 * smoothstep(0.2, 0.6, sin(v_local.x * 3.1 + 1.3) * sin(v_local.y * 2.7 - 0.4) + 0.25 * sin(v_local.x * 7.0 + v_local.y * 5.0));
    float light = disc * mix(0.05, seas, lit) * u_presence;
    float through = skyMapAt(v_direction).a * mix(1.0, throughWindow(u_eye, v_direction), u_roomWeight);
    o_colour = vec4(vec3(0.86, 0.87, 0.90) * 0.62 * light * through * u_exposure, 1.0);
}
