// The ground's colour from its mesh, through the eye mask and the dither.
#include "exposure.glsl"
in vec3 v_colour;
layout(location = 0) out vec4 o_colour;

void main() {
    o_colour = vec4(exposed(v_colour), 1.0);
}
