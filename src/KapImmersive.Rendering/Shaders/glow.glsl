// The glow low in the sky (the sun's afterglow, a town's light): a halo around its direction and a band along the
// horizon beneath it. The sky map draws it in the sky; the ground's haze takes it at the horizon, so they meet.
uniform vec3 u_glowColour;
uniform vec3 u_glowDirection;
uniform float u_glowIntensity;

vec3 glow(vec3 dir) {
    float c = dot(dir, u_glowDirection);
    float halo = 0.55 * exp((c - 1.0) * 60.0) + 0.45 * exp((c - 1.0) * 5.0);
    float toward = max(dot(normalize(dir.xz + 1e-5), normalize(u_glowDirection.xz + 1e-5)), 0.0);
    float band = exp(-abs(dir.y) * 9.0) * toward * toward * toward;
    return u_glowColour * u_glowIntensity * (halo + 0.35 * band);
}
