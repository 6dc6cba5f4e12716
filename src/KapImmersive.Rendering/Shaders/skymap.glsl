// The sky map: the upper hemisphere of directions folded onto a square (hemi-octahedral), so one texture holds
// everything at infinity. The zenith is the square's centre, the horizon its border; a direction below the horizon
// reads the horizon in its azimuth. Directions need not be unit length. The map is fine enough (about a sixth of a
// degree a texel) that the eyes read it texel by texel (the map's sampler is set to nearest), which costs a third of a
// filtered lookup.
uniform sampler2D u_sky;

vec2 skyMapUv(vec3 direction) {
    vec3 d = vec3(direction.x, max(direction.y, 0.0), direction.z);
    vec2 p = d.xz / (abs(d.x) + d.y + abs(d.z) + 1e-6);
    return vec2(p.x + p.y, p.x - p.y) * 0.5 + 0.5;
}

vec4 skyMapAt(vec3 direction) {
    return textureLod(u_sky, skyMapUv(direction), 0.0);
}

vec3 skyMapDirection(vec2 uv) {
    vec2 q = uv * 2.0 - 1.0;
    vec2 p = vec2(q.x + q.y, q.x - q.y) * 0.5;
    return normalize(vec3(p.x, max(1.0 - abs(p.x) - abs(p.y), 0.0), p.y));
}
