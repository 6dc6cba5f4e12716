// The yardstick: one instruction per pixel (see Gpu/BarePass.cs).
layout(location = 0) out vec4 o_colour;
void main() {
    o_colour = vec4(0.1, 0.1, 0.1, 1.0);
}
