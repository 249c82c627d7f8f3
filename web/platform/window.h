// The platform window shared by the desktop and browser builds: an SDL2
// window with an OpenGL 3 (desktop) or WebGL2 (browser) context, and Dear
// ImGui bound to both. The two mains (desktop_main.cpp, browser_main.cpp)
// differ only in how they drive frames.
#pragma once

#include <SDL.h>

#include <string>

namespace interleave::platform {

class Window {
 public:
  // Opens the window and initialises ImGui. [width] and [height] are logical
  // pixels; the GL drawable may be larger on high-DPI screens. Returns false
  // (with error() set) when SDL or the GL context cannot start.
  bool open(const char* title, int width, int height);
  void close();

  // Feeds one SDL event to ImGui; returns false when the user closed the window.
  bool handle(const SDL_Event& event);

  void begin_frame();
  void end_frame();  // renders and presents
  // Puts ImGui's mouse at (x, y) logical pixels every frame from now on,
  // whatever the pointer does (tests: a tooltip in a screenshot).
  void pin_mouse(float x, float y) {
    pinned_ = true;
    pin_x_ = x;
    pin_y_ = y;
  }

  // Device pixels per logical pixel (2 on a typical high-DPI screen).
  float pixel_ratio() const;
  // Logical size of the window.
  int width() const;
  int height() const;

  // Reads the last rendered frame (before it is presented) as a binary PPM.
  bool capture_ppm(const std::string& path) const;

  const std::string& error() const { return error_; }

 private:
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  std::string error_;
  bool pinned_ = false;
  float pin_x_ = 0, pin_y_ = 0;
};

}  // namespace interleave::platform
