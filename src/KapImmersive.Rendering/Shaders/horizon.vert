// The part of the screen above the horizon (the sky) or below it (the ground), as a convex polygon of up to five
// corners worked out on the CPU (Scene/HorizonSplit.cs) and drawn as a fan, so each part runs only its own shader.
// Each corner carries its view ray in the room's axes (rotation only), which interpolates exactly across the screen.
uniform vec2 u_corners[5];
uniform mat4 u_invRotationProjection;
out vec3 v_ray;
void main() {
    vec2 ndc = u_corners[gl_VertexID];
    vec4 far = u_invRotationProjection * vec4(ndc, 1.0, 1.0);
    v_ray = far.xyz / far.w;
    gl_Position = vec4(ndc, 0.0, 1.0);
}
