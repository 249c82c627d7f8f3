// The desktop app: the same ImGui UI as the page, in a native SDL2 + OpenGL 3
// window. It sleeps in SDL_WaitEvent whenever nothing moves.
//
//   interleave-desktop [FILE.py] [--run] [--lang ru|en] [--frames N] [--screenshot OUT.ppm]
//
// --run starts the program at once (as the Run button does).
//
// --frames and --screenshot exist for the smoke test under Xvfb: draw N
// frames, save the last one, exit 0.
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "app/app.h"
#include "shader_program.h"
#include "window.h"

namespace {

struct Options {
  std::string file;
  std::string screenshot;
  long frames = 0;  // 0: run until the window closes
  bool run = false;
  interleave::ui::Language language = interleave::ui::Language::Russian;
};

void usage() {
  std::fprintf(stderr,
               "usage: interleave-desktop [FILE.py] [--run] [--lang ru|en] [--frames N] "
               "[--screenshot OUT.ppm]\n");
}

bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&](const char* what) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "interleave-desktop: %s needs %s\n", arg.c_str(), what);
        return nullptr;
      }
      return argv[++i];
    };
    if (arg == "--frames") {
      const char* v = next("a number");
      if (!v) return false;
      char* end = nullptr;
      options.frames = std::strtol(v, &end, 10);
      if (*end != '\0' || options.frames <= 0) {
        std::fprintf(stderr, "interleave-desktop: --frames needs a positive number, not '%s'\n", v);
        return false;
      }
    } else if (arg == "--screenshot") {
      const char* v = next("a file name");
      if (!v) return false;
      options.screenshot = v;
    } else if (arg == "--lang") {
      const char* v = next("ru or en");
      if (!v) return false;
      if (std::strcmp(v, "ru") == 0) options.language = interleave::ui::Language::Russian;
      else if (std::strcmp(v, "en") == 0) options.language = interleave::ui::Language::English;
      else {
        std::fprintf(stderr, "interleave-desktop: --lang takes ru or en, not '%s'\n", v);
        return false;
      }
    } else if (arg == "--run") {
      options.run = true;
    } else if (arg == "--help" || arg == "-h") {
      usage();
      std::exit(0);
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "interleave-desktop: unknown option '%s'\n", arg.c_str());
      usage();
      return false;
    } else {
      options.file = arg;
    }
  }
  return true;
}

bool read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) return 2;

  std::string source;
  if (!options.file.empty() && !read_file(options.file, source)) {
    std::fprintf(stderr, "interleave-desktop: cannot read '%s'\n", options.file.c_str());
    return 2;
  }

  interleave::platform::Window window;
  if (!window.open("Interleave", 1280, 800)) {
    std::fprintf(stderr, "interleave-desktop: %s\n", window.error().c_str());
    return 1;
  }
  interleave::ui::set_language(options.language);
  float loaded_ratio = window.pixel_ratio();
  interleave::ui::App app(interleave::ui::BuildKind::Desktop,
                          interleave::ui::load_fonts(16.0f, loaded_ratio));
  // The timeline's shaders must compile on this GL; say so loudly if not.
  interleave::platform::ShaderProgram spans = interleave::platform::build_program("spans");
  if (spans.id) app.set_shader_status("ok");
  else {
    app.set_shader_status(spans.error);
    std::fprintf(stderr, "interleave-desktop: %s\n", spans.error.c_str());
  }
  if (!options.file.empty()) app.set_source(source);
  if (options.run) app.run();

  bool running = true;
  long frame = 0;
  while (running) {
    SDL_Event event;
    // Sleep until an event arrives unless something is moving (or the smoke
    // test wants frames back to back).
    const bool busy = app.needs_frame() || options.frames > 0;
    if (!busy) {
      if (!SDL_WaitEvent(&event)) break;
      running = window.handle(event);
      app.wake();
    }
    while (running && SDL_PollEvent(&event)) {
      running = window.handle(event);
      app.wake();
    }
    if (!running) break;

    // Moving the window to a screen of another density: re-rasterise the fonts.
    if (const float ratio = window.pixel_ratio(); ratio != loaded_ratio) {
      loaded_ratio = ratio;
      app.set_fonts(interleave::ui::load_fonts(16.0f, ratio));
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }

    window.begin_frame();
    app.frame(static_cast<float>(window.width()), static_cast<float>(window.height()));
    window.end_frame();
    ++frame;
    const bool last = options.frames > 0 && frame >= options.frames;
    if (last && !options.screenshot.empty() && !window.capture_ppm(options.screenshot)) {
      std::fprintf(stderr, "interleave-desktop: cannot write '%s'\n", options.screenshot.c_str());
      window.close();
      return 1;
    }
    SDL_GL_SwapWindow(SDL_GL_GetCurrentWindow());
    if (last) break;
  }
  interleave::platform::destroy_program(spans);
  window.close();
  return 0;
}
