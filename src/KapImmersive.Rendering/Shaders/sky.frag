// Sky dome and ground in one full-screen pass: the view ray picks the zenith-to-horizon gradient and the glow above
// the horizon, or the ground plane (y = 0) fading into haze below it. Both meet in the same haze colour, so the
// horizon is a soft, level line.
in vec2 v_ndc;
layout(location = 0) out vec4 o_colour;
uniform mat4 u_invRotationProjection;
uniform vec3 u_eye;
uniform vec3 u_zenith;
uniform vec3 u_horizon;
uniform vec3 u_glowColour;
uniform vec3 u_glowDirection;
uniform float u_glowIntensity;
uniform vec3 u_ambient;
uniform vec3 u_ground;
uniform float u_groundFade;
uniform vec3 u_fog;
uniform float u_fogDensity;

float hash(ivec2 p) {
    uint h = uint(p.x) * 1973u + uint(p.y) * 9277u;
    h = (h ^ (h >> 15u)) * 0x2c1b3c6du;
    return float(h >> 16u) / 65535.0;
}
float noise(vec2 p) {
    ivec2 i = ivec2(floor(p)); vec2 f = fract(p); f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + ivec2(1, 0)), f.x), mix(hash(i + ivec2(0, 1)), hash(i + ivec2(1, 1)), f.x), f.y);
}
vec3 glow(vec3 dir) {
    float c = max(dot(dir, u_glowDirection), -1.0);
    float halo = 0.55 * exp((c - 1.0) * 60.0) + 0.45 * exp((c - 1.0) * 5.0);
    float band = exp(-abs(dir.y) * 9.0) * pow(max(dot(normalize(vec2(dir.x, dir.z) + 1e-5), normalize(u_glowDirection.xz + 1e-5)), 0.0), 3.0);
    return u_glowColour * u_glowIntensity * (halo + 0.35 * band);
}
void main() {
    vec4 far = u_invRotationProjection * vec4(v_ndc, 1.0, 1.0);
    vec3 dir = normalize(far.xyz / far.w);
    vec3 haze = mix(u_horizon, u_fog, 0.35 + 0.4 * u_fogDensity);
    vec3 colour;
    if (dir.y >= 0.0) {
        vec3 sky = mix(u_horizon, u_zenith, sqrt(dir.y));
        sky = mix(sky, haze, exp(-dir.y * (10.0 + 10.0 * (1.0 - u_fogDensity))));
        colour = sky + glow(dir);
    } else {
        float distance = u_eye.y / max(-dir.y, 1e-4);
        vec2 spot = u_eye.xz + dir.xz * distance;
        float texture = 0.92 + 0.12 * noise(spot * 0.35);
        vec3 ground = u_ground * texture + u_ground * u_ambient * 1.5;
        float fog = 1.0 - exp(-distance * (0.01 + 0.06 * u_fogDensity));
        float fade = smoothstep(0.0, max(u_groundFade, 1.0), distance);
        float grazing = exp(dir.y * 12.0);
        float amount = 1.0 - (1.0 - fog) * (1.0 - fade * 0.85) * (1.0 - grazing);
        vec3 mirrored = vec3(dir.x, -dir.y, dir.z);
        colour = mix(ground, haze, amount) + glow(mirrored) * amount;
    }
    o_colour = vec4(colour, 1.0);
}
