// The ground mesh (Scene/GroundMesh.cs) placed in the room and lit per vertex: the ground's colour in the ambient
// light, in soft patches (a meadow's paler and yellower), raised into gentle dunes where the preset has hills (flat
// near the patient, shaded by the light low in the sky), fading with distance into the colour the sky map has at the
// horizon in that direction, so sky and ground meet in a soft, level line. The preset's fade distance is where the
// ground is half faded; each as far again halves what is left, so the last degree to the horizon is nearly all haze.
#include "skymap.glsl"
#include "terrain.glsl"
layout(location = 0) in vec2 a_polar;
uniform mat4 u_viewProjection;
uniform vec3 u_eye;
uniform vec3 u_ambient;
uniform vec3 u_ground;
uniform float u_groundFade;
uniform float u_patchContrast;
uniform vec3 u_patchTint;
uniform float u_dunes;
uniform vec3 u_light;
out vec3 v_colour;

float duneHeight(vec2 at, float radius) {
    float swell = wave(at.x * 0.011 + 0.4 * wave(at.y * 0.008)) * 0.6 + wave(at.y * 0.014 + 0.3 * wave(at.x * 0.009 + 0.2)) * 0.4;
    return u_dunes * 6.0 * swell * smoothstep(6.0, 22.0, radius) * (1.0 - smoothstep(200.0, 600.0, radius));
}

void main() {
    vec3 place = vec3(cos(a_polar.y), 0.0, sin(a_polar.y)) * a_polar.x;
    place.y = duneHeight(place.xz, a_polar.x);
    vec3 slope = vec3(duneHeight(place.xz + vec2(2.0, 0.0), a_polar.x) - place.y, 2.0,
        duneHeight(place.xz + vec2(0.0, 2.0), a_polar.x) - place.y);
    vec3 normal = normalize(vec3(-slope.x, 2.0, -slope.z));
    float shade = 1.0 + 1.6 * (dot(normal, u_light) - u_light.y);
    vec3 ray = place - u_eye;
    float distance = length(ray);
    float patch_ = patches(place.xz, distance);
    vec3 tone = mix(vec3(1.0), u_patchTint, patch_);
    vec3 ground = u_ground * tone * (1.0 - u_patchContrast * 0.5 + u_patchContrast * patch_ + 1.5 * u_ambient) * shade;
    float faded = 1.0 - exp2(-distance / max(u_groundFade, 1.0));
    v_colour = mix(ground, skyMapAt(vec3(ray.x, 0.0, ray.z)).rgb, faded);
    gl_Position = u_viewProjection * vec4(place, 1.0);
}
