// The window's pane in the front wall, as a quad in the room (room.glsl's roomWindow).
#include "room.glsl"
uniform mat4 u_viewProjection;
out vec3 v_place;
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    v_place = vec3(mix(roomWindow.x, roomWindow.z, corner.x), mix(roomWindow.y, roomWindow.w, corner.y), roomMin.z);
    gl_Position = u_viewProjection * vec4(v_place, 1.0);
}
