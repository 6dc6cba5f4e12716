// The interior's surfaces (Scene/RoomMesh.cs), lit per vertex: walls and a slightly darker ceiling, floorboards in the
// ground's colour, softly shadowed into their corners, lit by the ambient light and by the paper lamp, whose light falls
// off gently with distance and turns away from surfaces it meets at a slant. The cells are small enough that the light
// is smooth; only the boards' joints are drawn per pixel (room.frag, built with FLOORBOARDS for the floor).
#include "room.glsl"
layout(location = 0) in vec4 a_place;
layout(location = 1) in vec4 a_normal;
uniform mat4 u_viewProjection;
uniform vec3 u_floor;
uniform vec3 u_wall;
uniform vec3 u_ambient;
uniform vec3 u_lamp;
out vec3 v_colour;
#ifdef FLOORBOARDS
out float v_across;
#endif
void main() {
    vec3 place = a_place.xyz;
    vec3 normal = a_normal.xyz;
    float material = a_place.w;
    vec3 base = material < 0.5 ? u_floor : material < 1.5 ? u_wall : material < 2.5 ? u_wall * 0.8 : vec3(0.03);
    vec3 toLamp = roomLamp - place;
    float near = dot(toLamp, toLamp);
    float facing = 0.4 + 0.6 * max(dot(normal, toLamp * inversesqrt(near)), 0.0);
    vec3 lamp = u_lamp * 2.2 * facing / (1.0 + near * 0.35);
    vec3 edges = min(place - roomMin, roomMax - place) + abs(normal) * 9.0;
    float corner = 0.72 + 0.28 * smoothstep(0.0, 0.7, min(edges.x, min(edges.y, edges.z)));
    v_colour = base * (0.25 + 1.6 * u_ambient + lamp) * corner;
#ifdef FLOORBOARDS
    v_across = place.x / 0.19;
#endif
    gl_Position = u_viewProjection * vec4(place, 1.0);
}
