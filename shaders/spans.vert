// Spans of the timeline: one quad per span, positioned in window pixels.
in vec2 a_position;  // pixels, origin at the window's top left
in vec4 a_color;     // premultiplied RGBA

uniform vec2 u_viewport;  // window size in pixels

out vec4 v_color;

void main() {
  vec2 clip = a_position / u_viewport * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
  v_color = a_color;
}
