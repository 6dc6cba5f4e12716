// Everything at infinity, drawn into the sky map for both eyes (Scene/SkyMap.cs): the zenith-to-horizon gradient and
// the haze low down, the glow, and as the frame has them the moon's halo (its disc is drawn sharp per eye), the Milky
// Way turning with the stars, an aurora's folding curtains, soft clouds turning about the zenith, and on the horizon
// the far hills and a tree line (the previous preset's dissolving into the current one's). Each element is compiled in
// only when a frame shows it (MOON, MILKY_WAY, AURORA, CLOUDS, HORIZON_SHAPES), for a software renderer runs every line
// of a shader whatever its branches say. Dithered by a step, so the 8-bit map keeps no bands. Alpha is how much of what
// lies beyond (the stars, the moon's disc) shows through: less behind cloud, none behind hills and trees.
#include "skymap.glsl"
#include "haze.glsl"
#include "exposure.glsl"
in vec2 v_ndc;
layout(location = 0) out vec4 o_colour;
uniform vec3 u_zenith;
uniform vec3 u_ground;
uniform vec3 u_ambient;
uniform sampler2D u_noise;
uniform vec4 u_moon;
uniform float u_moonLight;
uniform vec2 u_clouds;
uniform vec3 u_aurora;
uniform vec3 u_auroraColour;
uniform vec4 u_milkyWay;
uniform vec3 u_milkyWayAlong;
uniform vec3 u_milkyWayAcross;
uniform vec4 u_horizonShapes;
uniform float u_shapeBlend;

const vec3 moonlight = vec3(0.80, 0.84, 0.92);
const float tau = 6.2831853;

float wrapped(float angle) {
    return mod(angle + 3.1415927, tau) - 3.1415927;
}

vec3 milkyWay(vec3 dir) {
    float across = dot(dir, u_milkyWay.xyz);
    float along = atan(dot(dir, u_milkyWayAcross), dot(dir, u_milkyWayAlong));
    vec4 field = texture(u_noise, vec2(along * 0.3, across * 0.7));
    float clouds = field.g;
    float dust = smoothstep(0.5, 0.68, field.b) * exp(-across * across / 0.004);
    float band = exp(-across * across / 0.03) * 0.5 + exp(-across * across / 0.006) * 0.5;
    float light = u_milkyWay.w * band * (0.2 + 1.2 * clouds * clouds) * (1.0 - 0.55 * dust) * smoothstep(0.04, 0.3, dir.y);
    return mix(vec3(0.66, 0.70, 0.84), vec3(0.86, 0.78, 0.66), clouds) * light * 0.2;
}

vec3 aurora(vec3 dir) {
    float off = wrapped(atan(dir.x, -dir.z) - u_aurora.y);
    float band = exp(-off * off / 0.9);
    float hem = 0.045 + 0.06 * texture(u_noise, vec2(off * 0.4 + u_aurora.z * 0.05, 0.3)).r;
    float rise = smoothstep(hem, hem + 0.08, dir.y) * exp(-max(dir.y - hem - 0.1, 0.0) * 3.0);
    float fold = off + 0.12 * sin(off * 4.0 + dir.y * 3.0 + u_aurora.z * 2.0);
    float rays = texture(u_noise, vec2((fold + u_aurora.z) * 1.6, dir.y * 0.05 + 0.5)).a;
    rays = 0.15 + 1.9 * rays * rays;
    vec3 fringe = vec3(u_auroraColour.b * 0.9, u_auroraColour.r * 0.6, u_auroraColour.g * 0.9);
    vec3 colour = mix(u_auroraColour, fringe, 0.55 * smoothstep(0.14, 0.34, dir.y));
    return colour * u_aurora.x * band * rise * rays * 0.8;
}

// Cover (0..1) of cloud in this direction: a layer overhead seen ever flatter toward the horizon, turning slowly.
float cloudCover(vec3 dir) {
    vec2 flat_ = dir.xz / (dir.y + 0.12);
    float c = cos(u_clouds.y);
    float s = sin(u_clouds.y);
    vec2 at = vec2(c * flat_.x - s * flat_.y, s * flat_.x + c * flat_.y) * 0.13;
    float edge = 1.0 - u_clouds.x;
    return smoothstep(edge - 0.1, edge + 0.18, texture(u_noise, at).r) * smoothstep(0.0, 0.1, dir.y);
}

// How much of this direction lies below a horizon shape of that height (none for a shape of no height).
float below(float height, float y) {
    return smoothstep(height + 0.0025, height - 0.0015, y) * step(0.0005, height);
}

void main() {
    vec3 dir = skyMapDirection(v_ndc * 0.5 + 0.5);
    vec3 haze = hazeColour();
    vec3 sky = mix(u_horizon, u_zenith, sqrt(dir.y));
    float low = exp(-dir.y * (10.0 + 10.0 * (1.0 - u_fogDensity)));
    sky = mix(sky, haze, low) + glow(dir);
    float through = 1.0;
#ifdef MOON
    float moonDot = dot(dir, u_moon.xyz);
    sky += moonlight * u_moonLight * (0.22 * exp((moonDot - 1.0) * 900.0) + 0.06 * exp((moonDot - 1.0) * 60.0));
#endif
#ifdef MILKY_WAY
    sky += milkyWay(dir) * (1.0 - 0.7 * low);
#endif
#ifdef AURORA
    sky += aurora(dir) * (1.0 - 0.7 * low);
#endif
#ifdef CLOUDS
    float cover = cloudCover(dir);
    vec3 cloud = mix(u_zenith * 1.25, u_horizon, 0.45) + glow(dir) * 0.6;
#ifdef MOON
    cloud += moonlight * u_moonLight * (0.05 + 0.1 * exp((moonDot - 1.0) * 12.0));
#endif
    sky = mix(sky, mix(cloud, haze, low), cover * 0.9);
    through *= 1.0 - 0.95 * cover;
#endif
#ifdef HORIZON_SHAPES
    float around = atan(dir.x, -dir.z) / tau;
    float leaves = texture(u_noise, vec2(around * 24.0, 0.35)).r;
    vec4 fine = texture(u_noise, vec2(around * 5.6, 0.1));
    vec4 coarse = texture(u_noise, vec2(around * 0.7, 0.6));
    float stands = smoothstep(0.35, 0.62, coarse.b);
    float crowns = 0.012 + 0.06 * smoothstep(0.2, 0.8, leaves) * (0.35 + 0.65 * stands);
    vec2 farNear = vec2(0.03 + 0.12 * smoothstep(0.3, 0.7, coarse.a), 0.01 + 0.07 * smoothstep(0.3, 0.7, fine.g));
    float farHill = mix(below(u_horizonShapes.z * farNear.x, dir.y), below(u_horizonShapes.w * farNear.x, dir.y), u_shapeBlend);
    float nearHill = mix(below(u_horizonShapes.z * farNear.y, dir.y), below(u_horizonShapes.w * farNear.y, dir.y), u_shapeBlend);
    float tree = mix(below(u_horizonShapes.x * crowns, dir.y), below(u_horizonShapes.y * crowns, dir.y), u_shapeBlend);
    vec3 land = u_ground * (0.55 + u_ambient);
    sky = mix(sky, mix(land, haze, 0.6), farHill);
    sky = mix(sky, mix(land, haze, 0.35), nearHill);
    sky = mix(sky, mix(land * 0.7, haze, 0.42), tree);
    through *= 1.0 - max(max(farHill, nearHill), tree);
#endif
    o_colour = vec4(sky + ditherAt(gl_FragCoord.xy) / 255.0, through);
}
