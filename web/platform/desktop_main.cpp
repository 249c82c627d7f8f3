// The desktop app: the same ImGui UI as the page, in a native SDL2 + OpenGL 3
// window. It sleeps in SDL_WaitEvent whenever nothing moves.
//
//   interleave-desktop [FILE.py | --scenario ID] [--run] [--lang ru|en] [--cores N]
//                      [--frames N] [--screenshot OUT.ppm] [--run-to-end] [--frame-times]
//                      [--moment SECONDS] [--select-task NAME] [--state OUT.json] [--settings]
//                      [--mouse X,Y]
//
// --run starts the program at once (as the Run button does); --scenario
// loads a built-in scenario ("threads/square_cube") with the machine its
// front matter describes (so does a FILE.py that opens with front matter);
// --cores sets the machine's cores (the Machine menu does the same);
// --settings opens the machine settings window; --mouse X,Y keeps the
// mouse at that point of the window (logical pixels), for tooltips in
// screenshots.
//
// --run-to-end finishes the program before the first frame; --frame-times
// prints how long the frames took to build, at exit.
//
// --frames and --screenshot exist for the smoke test under Xvfb: draw N
// frames, save the last one, exit 0. --moment scrubs the panels to a time of
// the run (as a click on the timeline's ruler does) and --select-task selects
// an asyncio task (its row, flow arrows and line), both once the run has
// ended (--run-to-end) or after the first frame; --state writes the app's
// snapshot (the page's window.interleave.state()) after the last frame.
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "sim/machine.h"
#include "shader_program.h"
#include "window.h"

namespace {

struct Options {
  std::string file;
  std::string screenshot;
  std::string scenario;
  std::string select_task;
  std::string state_file;
  double moment = -1;  // seconds; < 0: the live end
  int cores = 0;  // 0: the default
  bool frame_times = false;
  bool run_to_end = false;
  long frames = 0;  // 0: run until the window closes
  bool run = false;
  bool settings = false;
  float mouse_x = -1, mouse_y = -1;  // --mouse; < 0: the real pointer
  interleave::ui::Language language = interleave::ui::Language::Russian;
};

void usage() {
  std::fprintf(stderr,
               "usage: interleave-desktop [FILE.py] [--run] [--lang ru|en] [--frames N] "
               "[--screenshot OUT.ppm] [--scenario ID] [--cores N] [--run-to-end] [--frame-times] "
               "[--moment SECONDS] [--select-task NAME] [--state OUT.json] [--settings] [--mouse X,Y]\n");
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
    } else if (arg == "--scenario") {
      const char* v = next("a scenario id");
      if (!v) return false;
      options.scenario = v;
    } else if (arg == "--cores") {
      const char* v = next("a number");
      if (!v) return false;
      char* end = nullptr;
      options.cores = static_cast<int>(std::strtol(v, &end, 10));
      if (*end != '\0' || options.cores < 1 || options.cores > 64) {
        std::fprintf(stderr, "interleave-desktop: --cores takes 1..64, not '%s'\n", v);
        return false;
      }
    } else if (arg == "--moment") {
      const char* v = next("a number of seconds");
      if (!v) return false;
      char* end = nullptr;
      options.moment = std::strtod(v, &end);
      if (*end != '\0' || !(options.moment >= 0)) {
        std::fprintf(stderr, "interleave-desktop: --moment needs seconds >= 0, not '%s'\n", v);
        return false;
      }
    } else if (arg == "--select-task") {
      const char* v = next("a task name");
      if (!v) return false;
      options.select_task = v;
    } else if (arg == "--state") {
      const char* v = next("a file name");
      if (!v) return false;
      options.state_file = v;
    } else if (arg == "--run-to-end") {
      options.run_to_end = true;
    } else if (arg == "--frame-times") {
      options.frame_times = true;
    } else if (arg == "--run") {
      options.run = true;
    } else if (arg == "--settings") {
      options.settings = true;
    } else if (arg == "--mouse") {
      const char* v = next("X,Y");
      if (!v) return false;
      if (std::sscanf(v, "%f,%f", &options.mouse_x, &options.mouse_y) != 2 || options.mouse_x < 0 || options.mouse_y < 0) {
        std::fprintf(stderr, "interleave-desktop: --mouse takes X,Y in pixels, not '%s'\n", v);
        return false;
      }
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
  if (!options.scenario.empty() && !app.load_scenario(options.scenario)) {
    std::fprintf(stderr, "interleave-desktop: no scenario '%s'\n", options.scenario.c_str());
    return 2;
  }
  if (options.cores) {
    interleave::sim::Config config = app.machine_config();
    config.cores = options.cores;
    app.set_machine_config(config);
  }
  if (options.settings) app.show_machine_settings(true);
  if (options.mouse_x >= 0) window.pin_mouse(options.mouse_x, options.mouse_y);
  if (options.run) app.run();
  if (options.run_to_end) app.run_to_end();
  // A task to select may not exist yet while the run goes on: try each frame.
  bool task_selected = options.select_task.empty();
  auto apply_view_options = [&]() {
    if (options.moment >= 0) app.set_moment(static_cast<int64_t>(options.moment * 1e9 + 0.5));
  };
  if (options.run_to_end) apply_view_options();
  double ui_ms_total = 0, ui_ms_max = 0;
  std::vector<double> ui_ms, ui_cpu_ms;  // every frame's, for the percentiles

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
    if (frame == 1 && !options.run_to_end) apply_view_options();
    if (!task_selected) task_selected = app.select_task(options.select_task);
    ui_ms_total += app.last_ui_ms();
    ui_ms_max = std::max(ui_ms_max, app.last_ui_ms());
    ui_ms.push_back(app.last_ui_ms());
    ui_cpu_ms.push_back(app.last_ui_cpu_ms());
    const bool last = options.frames > 0 && frame >= options.frames;
    if (last && !options.screenshot.empty() && !window.capture_ppm(options.screenshot)) {
      std::fprintf(stderr, "interleave-desktop: cannot write '%s'\n", options.screenshot.c_str());
      window.close();
      return 1;
    }
    SDL_GL_SwapWindow(SDL_GL_GetCurrentWindow());
    if (last) break;
  }
  if (options.frame_times && frame > 0) {
    const interleave::ui::ProgramRun* run = app.program_run();
    // Wall time, and CPU time of the UI thread (what a busy machine does
    // not inflate).
    auto p95 = [](std::vector<double>& v) {
      std::sort(v.begin(), v.end());
      return v[std::min(v.size() - 1, v.size() * 95 / 100)];
    };
    double cpu_total = 0;
    for (double ms : ui_cpu_ms) cpu_total += ms;
    const double cpu_p95 = p95(ui_cpu_ms), cpu_max = ui_cpu_ms.back();
    std::printf("frames %ld, UI build ms: mean %.3f, p95 %.3f, max %.3f (CPU: mean %.3f, p95 %.3f, max %.3f); "
                "trace records %zu\n",
                frame, ui_ms_total / static_cast<double>(frame), p95(ui_ms), ui_ms_max,
                cpu_total / static_cast<double>(frame), cpu_p95, cpu_max,
                run ? run->machine().trace().records().size() : size_t{0});
  }
  if (!task_selected) std::fprintf(stderr, "interleave-desktop: no task '%s' in the run\n", options.select_task.c_str());
  if (!options.state_file.empty()) {
    std::ofstream out(options.state_file, std::ios::binary);
    out << app.state_json();
    if (!out) {
      std::fprintf(stderr, "interleave-desktop: cannot write '%s'\n", options.state_file.c_str());
      interleave::platform::destroy_program(spans);
      window.close();
      return 1;
    }
  }
  interleave::platform::destroy_program(spans);
  window.close();
  return 0;
}
