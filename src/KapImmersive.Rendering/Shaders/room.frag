// The interior's colour from its mesh, through the eye mask; built with FLOORBOARDS (for the floor alone, as the
// boards cost more than the colour) with the floorboards' joints and each board's slightly different tone. Laid over a
// previous scene at u_weight while presets dissolve.
#include "exposure.glsl"
in vec3 v_colour;
#ifdef FLOORBOARDS
in float v_across;
#endif
layout(location = 0) out vec4 o_colour;
uniform float u_weight;

void main() {
#ifdef FLOORBOARDS
    float board = fract(v_across);
    float tone = 0.92 + 0.08 * fract(floor(v_across) * 0.618034);
    float joints = tone * (0.78 + 0.22 * smoothstep(0.0, 0.04, min(board, 1.0 - board)));
    o_colour = vec4(exposed(v_colour * joints), u_weight);
#else
    o_colour = vec4(exposed(v_colour), u_weight);
#endif
}
