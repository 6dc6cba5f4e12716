// The sky as an eye sees it: the sky map in the direction of each pixel, through the eye mask and the dither.
#include "skymap.glsl"
#include "exposure.glsl"
in vec3 v_ray;
layout(location = 0) out vec4 o_colour;

void main() {
    o_colour = vec4(exposed(skyMapAt(v_ray).rgb), 1.0);
}
