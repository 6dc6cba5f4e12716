// The moon's disc: a small square of sky around its direction, at infinity (rotation-only view, so both eyes see it
// alike), a little larger than the disc so its edge stays soft.
uniform mat4 u_rotationProjection;
uniform vec4 u_moon;
uniform vec3 u_sideways;
uniform vec3 u_upwards;
out vec2 v_local;
out vec3 v_direction;
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    v_local = corner * 1.15;
    float across = tan(u_moon.w);
    v_direction = u_moon.xyz + (u_sideways * v_local.x + u_upwards * v_local.y) * across;
    gl_Position = u_rotationProjection * vec4(v_direction * 500.0, 1.0);
}
