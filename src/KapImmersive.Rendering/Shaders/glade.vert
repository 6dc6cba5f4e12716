// The glade: a long, narrow wedge of the sea's surface (y = 0) beneath the moon or the glow, from a metre in front
// of the patient out to the horizon, so the per-pixel glints are worked out only where they can be.
uniform mat4 u_viewProjection;
uniform vec3 u_eye;
uniform float u_azimuth;
const int segments = 24;
out vec3 v_place;
void main() {
    int segment = gl_VertexID / 2;
    float side = float(gl_VertexID % 2) * 2.0 - 1.0;
    float radius = 1.0 * pow(6000.0, float(segment) / float(segments));
    float angle = u_azimuth + side * 0.1;
    v_place = vec3(u_eye.x + sin(angle) * radius, 0.0, u_eye.z - cos(angle) * radius);
    gl_Position = u_viewProjection * vec4(v_place, 1.0);
}
