// A ball of light (the breathing light, the room's lamp): a billboard that always faces the eye, reaching out as far
// as its halo does (u_extent, in the ball's radii).
uniform mat4 u_view;
uniform mat4 u_projection;
uniform vec3 u_centre;
uniform float u_radius;
uniform float u_extent;
out vec2 v_local;
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    vec4 centre = u_view * vec4(u_centre, 1.0);
    v_local = corner * u_extent;
    gl_Position = u_projection * (centre + vec4(v_local * u_radius, 0.0, 0.0));
}
