// Everything at infinity, drawn into the sky map once for both eyes: the zenith-to-horizon gradient, the haze low
// down, the glow above the horizon. Alpha is how much of what lies beyond (the stars) shows through: they fade into
// the haze near the horizon.
#include "skymap.glsl"
in vec2 v_ndc;
layout(location = 0) out vec4 o_colour;
uniform vec3 u_zenith;
uniform vec3 u_horizon;
uniform vec3 u_glowColour;
uniform vec3 u_glowDirection;
uniform float u_glowIntensity;
uniform vec3 u_fog;
uniform float u_fogDensity;

vec3 glow(vec3 dir) {
    float c = dot(dir, u_glowDirection);
    float halo = 0.55 * exp((c - 1.0) * 60.0) + 0.45 * exp((c - 1.0) * 5.0);
    float band = exp(-abs(dir.y) * 9.0) * pow(max(dot(normalize(dir.xz + 1e-5), normalize(u_glowDirection.xz + 1e-5)), 0.0), 3.0);
    return u_glowColour * u_glowIntensity * (halo + 0.35 * band);
}

void main() {
    vec3 dir = skyMapDirection(v_ndc * 0.5 + 0.5);
    vec3 haze = mix(u_horizon, u_fog, 0.35 + 0.4 * u_fogDensity);
    vec3 sky = mix(u_horizon, u_zenith, sqrt(dir.y));
    sky = mix(sky, haze, exp(-dir.y * (10.0 + 10.0 * (1.0 - u_fogDensity))));
    o_colour = vec4(sky + glow(dir), smoothstep(0.02, 0.2, dir.y));
}
