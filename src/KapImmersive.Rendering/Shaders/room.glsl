// The interior's measurements (Scene/RoomBox.cs holds the same numbers): the room's box, the window in its front
// wall, the lamp. Anything at infinity (the stars, the moon) shows in a room only through the window.
const vec3 roomMin = vec3(-2.6, 0.0, -3.2);
const vec3 roomMax = vec3(2.6, 2.7, 2.4);
const vec4 roomWindow = vec4(-1.0, 0.95, 1.0, 2.2);
const vec3 roomLamp = vec3(-1.55, 1.95, -2.1);
const float roomLampRadius = 0.17;

// How much of the view in this direction, from the eye, passes out through the window (1 inside, 0 outside, soft at
// the frame so a star crossing it fades rather than blinks).
float throughWindow(vec3 eye, vec3 direction) {
    if (direction.z >= -1e-4) {
        return 0.0;
    }
    vec2 hit = eye.xy + direction.xy * ((roomMin.z - eye.z) / direction.z);
    vec2 inside = min(hit - roomWindow.xy, roomWindow.zw - hit);
    return smoothstep(0.0, 0.04, min(inside.x, inside.y));
}
