// The haze low in the sky, where everything far away fades into it: the horizon colour drawn toward the fog; and the
// glow. The ground takes the sky map's colour at the horizon, so ground and sky meet without a seam.
#include "glow.glsl"
uniform vec3 u_horizon;
uniform vec3 u_fog;
uniform float u_fogDensity;

vec3 hazeColour() {
    return mix(u_horizon, u_fog, 0.35 + 0.4 * u_fogDensity);
}
