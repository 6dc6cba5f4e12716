// The ground's colour from its mesh, through the eye mask and the dither; laid over a previous ground at u_weight
// while one preset dissolves into another.
#include "exposure.glsl"
in vec3 v_colour;
layout(location = 0) out vec4 o_colour;
uniform float u_weight;

void main() {
    o_colour = vec4(exposed(v_colour), u_weight);
}
