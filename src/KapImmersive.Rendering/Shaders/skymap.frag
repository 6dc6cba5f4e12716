// Everything at infinity, drawn into the sky map for both eyes: the zenith-to-horizon gradient, the haze low down,
// the glow above the horizon, dithered by a step so the 8-bit map keeps no bands. Alpha is how much of what lies
// beyond (the stars) shows through: they fade into the haze near the horizon.
#include "skymap.glsl"
#include "haze.glsl"
#include "exposure.glsl"
in vec2 v_ndc;
layout(location = 0) out vec4 o_colour;
uniform vec3 u_zenith;

void main() {
    vec3 dir = skyMapDirection(v_ndc * 0.5 + 0.5);
    vec3 sky = mix(u_horizon, u_zenith, sqrt(dir.y));
    sky = mix(sky, hazeColour(), exp(-dir.y * (10.0 + 10.0 * (1.0 - u_fogDensity))));
    o_colour = vec4(sky + glow(dir) + ditherAt(gl_FragCoord.xy) / 255.0, smoothstep(0.02, 0.2, dir.y));
}
