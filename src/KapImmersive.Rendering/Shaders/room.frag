// The interior's colour from its mesh, with the floorboards' joints and each board's slightly different tone, through
// the eye mask; laid over a previous scene at u_weight while presets dissolve.
#include "exposure.glsl"
in vec3 v_colour;
in float v_boards;
in float v_across;
layout(location = 0) out vec4 o_colour;
uniform float u_weight;

void main() {
    float board = fract(v_across);
    float tone = 0.92 + 0.08 * fract(floor(v_across) * 0.618034);
    float joints = mix(1.0, tone * (0.78 + 0.22 * smoothstep(0.0, 0.04, min(board, 1.0 - board))), v_boards);
    o_colour = vec4(exposed(v_colour * joints), u_weight);
}
