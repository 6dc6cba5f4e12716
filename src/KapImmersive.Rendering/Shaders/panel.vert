// A panel card as a quad in the room.
uniform mat4 u_viewProjection;
uniform vec3 u_centre;
uniform vec3 u_halfRight;
uniform vec3 u_halfUp;
out vec2 v_uv;
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    v_uv = vec2(corner.x * 0.5 + 0.5, 0.5 - corner.y * 0.5);
    gl_Position = u_viewProjection * vec4(u_centre + corner.x * u_halfRight + corner.y * u_halfUp, 1.0);
}
