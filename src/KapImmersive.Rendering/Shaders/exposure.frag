// The last step: the eye-mask darkening scales everything drawn, then a triangular dither of one 8-bit step breaks
// up gradients, so a dark sky fades smoothly instead of in bands. The noise depends on the pixel only, so both eyes
// and every picture of the same scene come out alike.
layout(location = 0) out vec4 o_colour;
uniform sampler2D u_scene;
uniform float u_exposure;
float noise(uvec2 p, uint salt) {
    uint h = p.x * 1973u + p.y * 9277u + salt * 26699u;
    h = (h ^ (h >> 16u)) * 0x45d9f3bu;
    h = (h ^ (h >> 16u)) * 0x45d9f3bu;
    h = h ^ (h >> 16u);
    return float(h & 0xffffu) / 65535.0;
}
void main() {
    uvec2 pixel = uvec2(gl_FragCoord.xy);
    vec3 colour = texelFetch(u_scene, ivec2(pixel), 0).rgb * u_exposure;
    float dither = (noise(pixel, 1u) + noise(pixel, 2u) - 1.0) / 255.0;
    o_colour = vec4(clamp(colour + dither, 0.0, 1.0), 1.0);
}
