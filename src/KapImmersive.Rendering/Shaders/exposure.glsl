// The eye mask, folded into the passes that draw the room: each scales its light by the frame's exposure and adds a
// dither of one 8-bit step, so a dark sky fades smoothly instead of in bands. The dither is interleaved gradient
// noise (Jimenez 2014): it depends on the pixel only, so both eyes and every picture of the same scene come out alike,
// and it costs a few multiplies where a hash costs many.
uniform float u_exposure;

float ditherAt(vec2 pixel) {
    return fract(52.9829189 * fract(dot(pixel, vec2(0.06711056, 0.00583715)))) - 0.5;
}

vec3 exposed(vec3 colour) {
    return colour * u_exposure + ditherAt(gl_FragCoord.xy) / 255.0;
}
