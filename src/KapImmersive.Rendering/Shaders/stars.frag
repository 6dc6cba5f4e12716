// A star's soft point of light.
in vec2 v_corner;
in vec3 v_colour;
layout(location = 0) out vec4 o_colour;
void main() {
    float r2 = dot(v_corner, v_corner);
    o_colour = vec4(v_colour * exp(-r2 * 0.7), 1.0);
}
