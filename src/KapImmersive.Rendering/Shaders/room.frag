// The room as each eye sees it, in one full-screen pass: above the horizon the sky map; below it the ground plane
// (y = 0) fading into the horizon's own colour with distance, so sky and ground meet in a soft, level line. The eye
// mask and the dither are applied here, straight into the target.
#include "skymap.glsl"
#include "exposure.glsl"
in vec3 v_ray;
layout(location = 0) out vec4 o_colour;
uniform sampler2D u_sky;
uniform sampler2D u_noise;
uniform vec3 u_eye;
uniform vec3 u_ambient;
uniform vec3 u_ground;
uniform float u_groundFade;
uniform float u_fogDensity;

void main() {
    vec3 dir = normalize(v_ray);
    vec3 colour = texture(u_sky, skyMapUv(dir)).rgb;
    if (dir.y < 0.0) {
        float distance = u_eye.y / max(-dir.y, 1e-4);
        vec2 spot = u_eye.xz + dir.xz * distance;
        vec3 ground = u_ground * (0.92 + 0.12 * texture(u_noise, spot * (0.35 / 64.0)).r + 1.5 * u_ambient);
        float fog = 1.0 - exp(-distance * (0.01 + 0.06 * u_fogDensity));
        float fade = smoothstep(0.0, max(u_groundFade, 1.0), distance);
        float grazing = exp(dir.y * 12.0);
        float amount = 1.0 - (1.0 - fog) * (1.0 - fade * 0.85) * (1.0 - grazing);
        colour = mix(ground, colour, amount);
    }
    o_colour = vec4(exposed(colour), 1.0);
}
