// Calm water to the horizon, on the ground mesh (Scene/GroundMesh.cs), lit per vertex: looking down, the water's own
// dark colour; toward the horizon ever more of the sky mirrored in it (Fresnel), so at the horizon water and sky meet
// in the same colour. A faint, slow swell of tone keeps the surface at its depth for both eyes; it breathes in place,
// it never travels. The glade beneath the moon or the glow is drawn apart (glade.frag).
#include "skymap.glsl"
#include "terrain.glsl"
layout(location = 0) in vec2 a_polar;
uniform mat4 u_viewProjection;
uniform vec3 u_eye;
uniform vec3 u_ambient;
uniform vec3 u_ground;
uniform float u_groundFade;
uniform float u_time;
out vec3 v_colour;

void main() {
    vec3 place = vec3(cos(a_polar.y), 0.0, sin(a_polar.y)) * a_polar.x;
    vec3 ray = place - u_eye;
    float distance = length(ray);
    float down = max(-ray.y / distance, 0.0);
    float glance = 1.0 - down;
    float fresnel = 0.03 + 0.97 * glance * glance * glance * glance * glance;
    float swell = patches(place.xz * 1.7, distance) - 0.5;
    vec3 water = u_ground * (0.8 + 1.2 * u_ambient) * (1.0 + 0.35 * swell * sin(u_time * 0.21));
    vec3 mirrored = skyMapAt(vec3(ray.x, -ray.y, ray.z)).rgb * 0.85;
    vec3 sea = mix(water, mirrored, fresnel);
    float far = distance / max(u_groundFade * 2.0, 1.0);
    v_colour = mix(sea, skyMapAt(vec3(ray.x, 0.0, ray.z)).rgb, 1.0 - exp2(-far * far));
    gl_Position = u_viewProjection * vec4(place, 1.0);
}
