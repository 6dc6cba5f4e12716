// The eye mask, folded into the passes that draw the room: each scales its light by the frame's exposure and adds
// a triangular dither of one 8-bit step, so a dark sky fades smoothly instead of in bands. The noise depends on the
// pixel only, so both eyes and every picture of the same scene come out alike.
uniform float u_exposure;

float ditherAt(vec2 fragCoord) {
    uvec2 p = uvec2(fragCoord);
    uint h = p.x * 1973u + p.y * 9277u;
    h = (h ^ (h >> 16u)) * 0x45d9f3bu;
    h = (h ^ (h >> 16u)) * 0x45d9f3bu;
    h = h ^ (h >> 16u);
    return (float(h & 0xffffu) + float(h >> 16u)) / 65535.0 - 1.0;
}

vec3 exposed(vec3 colour) {
    return colour * u_exposure + ditherAt(gl_FragCoord.xy) / 255.0;
}
