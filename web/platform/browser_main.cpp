// The browser builds (threaded and single-threaded): the same ImGui UI as the
// desktop app on a WebGL2 canvas. Frames are drawn only on demand, through
// requestAnimationFrame: an SDL event watch requests one when input arrives,
// the app requests more while something moves, and an idle tab schedules
// nothing at all.
//
// The page talks to the app through the C functions exported below; the
// JavaScript side (web/browser/interleave_api.js) wraps them as
// window.interleave.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <string>

#include "app/app.h"
#include "shader_program.h"
#include "window.h"

namespace {

#ifdef INTERLEAVE_BROWSER_THREADED
constexpr auto kBuild = interleave::ui::BuildKind::BrowserThreaded;
#else
constexpr auto kBuild = interleave::ui::BuildKind::BrowserSingle;
#endif
constexpr float kFontSize = 16.0f;

interleave::platform::Window g_window;
interleave::ui::App* g_app = nullptr;
float g_loaded_ratio = 1.0f;
bool g_frame_scheduled = false;
bool g_announced_first_frame = false;

void request_frame();

void draw_frame() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) g_window.handle(event);

  if (const float ratio = g_window.pixel_ratio(); ratio != g_loaded_ratio) {
    g_loaded_ratio = ratio;
    g_app->set_fonts(interleave::ui::load_fonts(kFontSize, ratio));
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  g_window.begin_frame();
  g_app->frame(static_cast<float>(g_window.width()), static_cast<float>(g_window.height()));
  g_window.end_frame();

  if (!g_announced_first_frame) {
    g_announced_first_frame = true;
    EM_ASM({ if (Module["onFirstFrame"]) Module["onFirstFrame"](); });
  }
}

EM_BOOL on_animation_frame(double /*time*/, void* /*user*/) {
  g_frame_scheduled = false;
  draw_frame();
  if (g_app->needs_frame()) request_frame();
  return EM_FALSE;  // one frame per request
}

void request_frame() {
  if (g_frame_scheduled) return;
  g_frame_scheduled = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
}

// Called by SDL as each event is queued (from the browser's event handlers).
int on_sdl_event(void* /*user*/, SDL_Event* event) {
  // SDL queues a sentinel at every poll; waking for it would redraw forever.
  if (event->type == SDL_POLLSENTINEL) return 0;
  if (g_app) {
    g_app->wake();
    request_frame();
  }
  return 0;
}

}  // namespace

extern "C" {

// A JSON snapshot of the app for window.interleave.state(). The pointer stays
// valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* interleave_state_json() {
  static std::string snapshot;
  snapshot = g_app ? g_app->state_json() : std::string("{}");
  return snapshot.c_str();
}

// "ru" or "en"; returns 0 for anything else.
EMSCRIPTEN_KEEPALIVE int interleave_set_language(const char* code) {
  const std::string c = code ? code : "";
  if (c == "ru") interleave::ui::set_language(interleave::ui::Language::Russian);
  else if (c == "en") interleave::ui::set_language(interleave::ui::Language::English);
  else return 0;
  if (g_app) g_app->wake();
  request_frame();
  return 1;
}

EMSCRIPTEN_KEEPALIVE void interleave_set_source(const char* text) {
  if (g_app) g_app->set_source(text ? text : "");
  request_frame();
}

// Loads a built-in scenario into the editor; 0 if there is no such id.
EMSCRIPTEN_KEEPALIVE int interleave_load_scenario(const char* id) {
  const bool ok = g_app && g_app->load_scenario(id ? id : "");
  request_frame();
  return ok ? 1 : 0;
}

// The run controls (window.interleave.run/pause/step/reset).
EMSCRIPTEN_KEEPALIVE void interleave_run() {
  if (g_app) g_app->run();
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void interleave_pause() {
  if (g_app) g_app->pause();
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void interleave_step() {
  if (g_app) g_app->step();
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void interleave_reset() {
  if (g_app) g_app->reset();
  request_frame();
}

// The machine the next run gets (window.interleave.setMachine). Returns ""
// or why the settings were refused (then nothing changes). The pointer stays
// valid until the next call.
// [latency_min_s]..[latency_max_s] is the network's default latency;
// [net_rules] its per-host rules, one per line, as in front matter
// ("example.com=300ms,status=404"), replacing the current ones.
EMSCRIPTEN_KEEPALIVE const char* interleave_set_machine(int cores, int gil, double switch_interval_s,
                                                        int any_switch_points, double seed, double latency_min_s,
                                                        double latency_max_s, const char* net_rules) {
  static std::string error;
  if (!g_app) return "not started";
  interleave::sim::Config c = g_app->machine_config();
  if (!(latency_min_s >= 0 && latency_max_s >= latency_min_s && latency_max_s <= 3600)) {
    error = "netLatency must be [min, max] seconds with 0 <= min <= max <= 3600";
    return error.c_str();
  }
  c.net.latency_min_ns = static_cast<uint64_t>(latency_min_s * 1e9 + 0.5);
  c.net.latency_max_ns = static_cast<uint64_t>(latency_max_s * 1e9 + 0.5);
  c.net.rules.clear();
  std::string rules = net_rules ? net_rules : "";
  size_t start = 0, index = 0;
  while (start < rules.size()) {
    size_t end = rules.find('\n', start);
    if (end == std::string::npos) end = rules.size();
    const std::string rule = rules.substr(start, end - start);
    error = interleave::sim::set_option(&c, "net", rule, "net[" + std::to_string(index) + "]");
    if (!error.empty()) return error.c_str();
    start = end + 1;
    ++index;
  }
  c.cores = cores;
  c.gil = gil != 0;
  if (!(switch_interval_s > 0 && switch_interval_s <= 10.0)) {
    error = "switchInterval must be a number of seconds in (0, 10]";
    return error.c_str();
  }
  if (!(seed >= 0 && seed <= 9007199254740991.0)) {
    error = "seed must be a whole number from 0 to 2**53 - 1";
    return error.c_str();
  }
  c.switch_interval_ns = static_cast<uint64_t>(switch_interval_s * 1e9 + 0.5);
  c.switch_points = any_switch_points ? interleave::vm::SwitchPoints::Any : interleave::vm::SwitchPoints::CPython;
  c.seed = static_cast<uint64_t>(seed);
  error = g_app->set_machine_config(c);
  request_frame();
  return error.c_str();
}

// The moment the panels show (window.interleave.setMoment): seconds of
// simulated time, or a negative number for the live end.
EMSCRIPTEN_KEEPALIVE void interleave_set_moment(double seconds) {
  if (g_app) g_app->set_moment(seconds < 0 ? -1 : static_cast<int64_t>(seconds * 1e9 + 0.5));
  request_frame();
}

// Selects the asyncio task of that name ("" for none); 0 if there is none.
EMSCRIPTEN_KEEPALIVE int interleave_select_task(const char* name) {
  const bool ok = g_app && g_app->select_task(name ? name : "");
  request_frame();
  return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void interleave_request_frame() {
  if (g_app) g_app->wake();
  request_frame();
}

}  // extern "C"

int main() {
  if (!g_window.open("Interleave", 1280, 800)) {
    std::fprintf(stderr, "Interleave: %s\n", g_window.error().c_str());
    return 1;
  }
  g_loaded_ratio = g_window.pixel_ratio();
  static interleave::ui::App app(kBuild, interleave::ui::load_fonts(kFontSize, g_loaded_ratio));
  g_app = &app;
  // The timeline's shaders must compile on WebGL2; state().shaders says if not.
  static interleave::platform::ShaderProgram spans = interleave::platform::build_program("spans");
  app.set_shader_status(spans.id ? std::string("ok") : spans.error);
  if (!spans.id) std::fprintf(stderr, "Interleave: %s\n", spans.error.c_str());
  app.on_run_finished = [] { EM_ASM({ if (Module["onRunFinished"]) Module["onRunFinished"](); }); };
  SDL_AddEventWatch(on_sdl_event, nullptr);
  request_frame();
  // Returning keeps the runtime alive (EXIT_RUNTIME is off): frames continue
  // through requestAnimationFrame.
  return 0;
}
