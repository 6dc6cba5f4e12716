// Soft, irregular patches across the ground, made of two crossed, bent waves in the room's own metres: enough texture
// that the ground sits at its true depth in both eyes, for a few multiplies a pixel (a noise lookup or a sine costs
// many times more on a software renderer). Beyond about 20 m they fade to their mean, before they are small enough on
// screen to shimmer as the head moves.
float wave(float x) {
    float t = abs(fract(x) - 0.5) * 2.0;
    return t * t * (3.0 - 2.0 * t);
}

float patches(vec2 spot, float distance) {
    float a = wave(spot.x * 0.11 + 0.35 * wave(spot.y * 0.07));
    float b = wave(spot.y * 0.13 + 0.35 * wave(spot.x * 0.05 + 0.3));
    return 0.5 + 0.5 * (a + b - 1.0) * (1.0 - smoothstep(8.0, 25.0, distance));
}
