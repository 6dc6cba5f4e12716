// The breathing light: a billboard that always faces the eye.
uniform mat4 u_view;
uniform mat4 u_projection;
uniform vec3 u_centre;
uniform float u_radius;
out vec2 v_local;
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    vec4 centre = u_view * vec4(u_centre, 1.0);
    v_local = corner * 7.0;
    gl_Position = u_projection * (centre + vec4(v_local * u_radius, 0.0, 0.0));
}
