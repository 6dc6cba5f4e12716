// The window onto the preset's sky: the sky map in the direction seen through each pixel (dark land below the
// horizon), the frame and its cross bars lit by the lamp, a faint reflection of the lamp in the glass, and rain: drops
// catching the lamp's light, some with the wet trail they left, that gather, linger and fade slowly in place; nothing
// runs down the glass. Through the eye mask; weighted while presets dissolve.
#include "room.glsl"
#include "skymap.glsl"
#include "exposure.glsl"
in vec3 v_place;
layout(location = 0) out vec4 o_colour;
uniform vec3 u_eye;
uniform vec3 u_wall;
uniform vec3 u_ambient;
uniform vec3 u_lamp;
uniform float u_rain;
uniform float u_time;
uniform float u_weight;

vec4 hash4(vec2 cell) {
    uvec2 p = uvec2(ivec2(cell) + 4096);
    uint h = p.x * 1973u + p.y * 9277u;
    h = (h ^ (h >> 15u)) * 0x2c1b3c6du;
    uvec4 parts = uvec4(h, h * 0x297a2d39u, h * 0x6c8e9cf5u, h * 0x9e3779b1u) >> 8u;
    return vec4(parts) / 16777216.0;
}

void main() {
    vec3 ray = v_place - u_eye;
    vec3 outside = skyMapAt(ray).rgb;
    outside *= 1.0 - 0.65 * smoothstep(0.0, 0.12, -ray.y / length(ray));

    vec2 size = roomWindow.zw - roomWindow.xy;
    vec2 local = v_place.xy - roomWindow.xy;
    vec2 grid = local * vec2(18.0, 11.0) / size;
    vec4 drop = hash4(floor(grid));
    float life = fract(u_time / (10.0 + 9.0 * drop.y) + drop.z);
    float shown = step(drop.x, u_rain * 0.45) * smoothstep(0.0, 0.15, life) * (1.0 - smoothstep(0.7, 1.0, life));
    vec2 at = fract(grid);
    vec2 centre = 0.3 + 0.4 * drop.yz;
    float radius = 0.1 + 0.12 * drop.w;
    float d = length((at - centre) * vec2(1.0, 0.8)) / radius;
    float bead = shown * (1.0 - smoothstep(0.75, 1.0, d));
    float glint = shown * (1.0 - smoothstep(0.0, 0.4, length(at - centre - vec2(-0.3, 0.35) * radius) / radius));
    float trail = shown * step(drop.w, 0.45) * (1.0 - smoothstep(0.15, 0.3, abs(at.x - centre.x) / radius))
        * step(at.y, centre.y) * smoothstep(0.0, 0.7, at.y / centre.y);
    vec3 glass = mix(outside, outside * 1.3 + u_lamp * 0.05, bead) + u_lamp * (0.012 + 0.3 * glint) + (outside * 0.3 + u_lamp * 0.025) * trail;

    vec2 inFrame = min(local, size - local);
    vec2 bars = abs(local - size * vec2(0.5, 0.56));
    float frame = 1.0 - smoothstep(0.045, 0.055, min(min(inFrame.x, inFrame.y), min(bars.x + 0.03, bars.y + 0.03)));
    vec3 wood = u_wall * 0.55 * (0.3 + 1.6 * u_ambient + u_lamp * 0.35);
    o_colour = vec4(exposed(mix(glass, wood, frame)), u_weight);
}
