// The glade on calm water: the moon (or the low glow) mirrored and broken by ripples into glints, a narrow path from
// the horizon toward the patient. The ripples are standing waves that only breathe, so glints brighten and fade in
// place; far off, where a glint would be smaller than a pixel, the path is a soft even shimmer instead.
#include "terrain.glsl"
#include "exposure.glsl"
in vec3 v_place;
layout(location = 0) out vec4 o_colour;
uniform vec3 u_eye;
uniform vec3 u_source;
uniform vec3 u_sourceLight;
uniform float u_time;

void main() {
    vec3 ray = v_place - u_eye;
    float distance = length(ray);
    vec3 mirrored = vec3(ray.x, -ray.y, ray.z) / distance;
    vec2 toward = normalize(mirrored.xz);
    vec2 source = normalize(u_source.xz + 1e-5);
    float aside = toward.x * source.y - toward.y * source.x;
    float lift = mirrored.y - u_source.y;
    float path = step(0.0, dot(toward, source)) * exp(-aside * aside / 0.0012 - lift * lift / (0.015 + 0.25 * u_source.y * u_source.y));
    float breathe = 0.5 + 0.5 * sin(u_time * 0.35);
    vec2 at = v_place.xz * 2.3;
    float ripple = wave(at.x + 0.6 * breathe + at.y * 0.31) * wave(at.y * 1.3 - 0.4 * breathe + at.x * 0.23);
    float glints = mix(smoothstep(0.45, 0.9, ripple), 0.3, smoothstep(12.0, 60.0, distance));
    vec3 light = u_sourceLight * path * (0.15 + 0.85 * glints) * u_exposure;
    float lit = smoothstep(0.0, 2.0 / 255.0, max(light.r, max(light.g, light.b)));
    o_colour = vec4(light + lit * ditherAt(gl_FragCoord.xy) / 255.0, 1.0);
}
