// The ground mesh (Scene/GroundMesh.cs) placed in the room and lit per vertex: the ground's colour in the ambient
// light, in soft patches, fading with distance into the colour the sky map has at the horizon in that direction, so
// sky and ground meet in a soft, level line. The preset's fade distance is where the ground is half faded by distance;
// looking across it at a low angle hazes it more, so the last few degrees to the horizon are soft.
#include "skymap.glsl"
#include "terrain.glsl"
layout(location = 0) in vec2 a_polar;
uniform mat4 u_viewProjection;
uniform vec3 u_eye;
uniform vec3 u_ambient;
uniform vec3 u_ground;
uniform float u_groundFade;
out vec3 v_colour;

void main() {
    vec3 place = vec3(cos(a_polar.y), 0.0, sin(a_polar.y)) * a_polar.x;
    vec3 ray = place - u_eye;
    float distance = length(ray);
    float down = -ray.y / distance;
    vec3 ground = u_ground * (0.86 + 0.28 * patches(place.xz, distance) + 1.5 * u_ambient);
    float far = distance / max(u_groundFade, 1.0);
    float faded = 1.0 - exp2(-far * far) * (1.0 - exp2(-down * 17.0));
    v_colour = mix(ground, skyMapAt(ray).rgb, faded);
    gl_Position = u_viewProjection * vec4(place, 1.0);
}
