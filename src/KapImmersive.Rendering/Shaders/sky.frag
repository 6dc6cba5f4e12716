// The sky as an eye sees it: the sky map in the direction of each pixel, through the eye mask and the dither; laid
// over a previous scene at u_weight while presets dissolve.
#include "skymap.glsl"
#include "exposure.glsl"
in vec3 v_ray;
layout(location = 0) out vec4 o_colour;
uniform float u_weight;

void main() {
    o_colour = vec4(exposed(skyMapAt(v_ray).rgb), u_weight);
}
