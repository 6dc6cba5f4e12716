// One triangle that covers the screen, carrying each corner's view ray in the room's axes (rotation only: the sky
// is at infinity), which interpolates exactly across a flat projection.
uniform mat4 u_invRotationProjection;
out vec3 v_ray;
void main() {
    vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    vec2 ndc = corner * 2.0 - 1.0;
    vec4 far = u_invRotationProjection * vec4(ndc, 1.0, 1.0);
    v_ray = far.xyz / far.w;
    gl_Position = vec4(ndc, 0.0, 1.0);
}
