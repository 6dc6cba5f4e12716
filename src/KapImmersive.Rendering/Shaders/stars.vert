// Instanced stars at infinity (rotation-only view, so both eyes see them alike). A star never shrinks below about
// a pixel; a smaller one is dimmed instead, so small pictures keep the same sky without shimmering. The sky map's
// alpha says how much of each star shows through the haze; the eye mask scales them like everything else.
#include "skymap.glsl"
layout(location = 0) in vec4 a_star;
layout(location = 1) in vec4 a_look;
uniform mat4 u_rotationProjection;
uniform float u_rotation;
uniform float u_time;
uniform float u_twinkle;
uniform float u_pixelsPerRadian;
uniform vec2 u_viewport;
uniform float u_exposure;
out vec2 v_corner;
out vec3 v_colour;
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    float c = cos(u_rotation);
    float s = sin(u_rotation);
    vec3 d = vec3(c * a_star.x + s * a_star.z, a_star.y, -s * a_star.x + c * a_star.z);
    vec4 clip = u_rotationProjection * vec4(d * 500.0, 1.0);
    float radius = a_star.w * u_pixelsPerRadian;
    float shown = max(radius, 0.8);
    float energy = min(1.0, (radius * radius) / (shown * shown));
    clip.xy += corner * shown * 3.0 * 2.0 / u_viewport * clip.w;
    float twinkle = 1.0 - u_twinkle * (0.5 + 0.5 * sin(6.2831853 * a_look.y * u_time + a_look.z));
    float through = skyMapAt(d).a;
    vec3 tint = mix(vec3(0.78, 0.85, 1.0), vec3(1.0, 0.92, 0.8), a_look.w);
    v_colour = tint * a_look.x * twinkle * through * energy * u_exposure;
    v_corner = corner * 3.0;
    gl_Position = clip;
}
