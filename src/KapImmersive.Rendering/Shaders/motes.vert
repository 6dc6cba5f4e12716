// Instanced motes: soft points of light in the room, fading near their box's sides and near the eyes (so nothing
// sweeps past the face: closer than u_nearMetres they are not drawn, and fade in over the next metre), pulsing very slowly.
layout(location = 0) in vec4 a_place;
layout(location = 1) in vec4 a_look;
uniform mat4 u_viewProjection;
uniform vec3 u_eye;
uniform vec3 u_colour;
uniform float u_time;
uniform float u_pixelsPerRadian;
uniform vec2 u_viewport;
uniform float u_nearMetres;
uniform float u_exposure;
out vec2 v_corner;
out vec3 v_colour;
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    vec4 clip = u_viewProjection * vec4(a_place.xyz, 1.0);
    float distance = length(a_place.xyz - u_eye);
    float radius = a_look.x / max(clip.w, 0.05) * u_pixelsPerRadian;
    float shown = max(radius, 0.8);
    float energy = min(1.0, (radius * radius) / (shown * shown));
    clip.xy += corner * shown * 4.0 * 2.0 / u_viewport * clip.w;
    float pulse = 0.8 + 0.2 * sin(0.6 * u_time + a_look.z);
    float near = smoothstep(u_nearMetres, u_nearMetres + 1.0, distance);
    v_colour = u_colour * a_look.y * a_place.w * pulse * near * energy * u_exposure;
    v_corner = corner * 4.0;
    gl_Position = clip;
}
