// The Interleave app: one ImGui UI shared by the browser builds and the
// desktop build. The platform layer (web/platform/) owns the window, the GL
// context and the event loop; it calls App::frame() to build each frame and
// asks App::needs_frame() whether anything is still moving, so an idle app
// draws nothing and costs no CPU.
//
// Table of contents (app.cpp):
//   Layout       where each area goes for a given window size
//   Menu bar     file, view, language
//   Toolbar      run / pause / step / reset, simulated time
//   Areas        editor, timeline, threads, event loop, locks, output
//   Snapshot     the JSON the page's window.interleave.state() returns
// The machine's own views live in machine_panels.cpp (threads, locks,
// machine settings), asyncio_panel.cpp (event loops and tasks) and
// timeline.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fonts.h"
#include "program_run.h"
#include "scenario/scenario.h"
#include "sim/config.h"
#include "strings.h"
#include "timeline.h"
#include "trace_index.h"

namespace interleave::json {
class Writer;
}

namespace interleave::ui {

enum class BuildKind { BrowserThreaded, BrowserSingle, Desktop };

// asyncio at one moment, derived from the trace (asyncio_panel.cpp): each
// loop's last pass by then, each task created by then with its state.
struct TaskMoment {
  uint32_t track = 0;
  uint32_t loop = kNone;  // index into TraceIndex::loops()
  sim::TaskState state = sim::TaskState::Ready;
  uint32_t reason = 0;    // trace string: what it awaits
  int line = 0;           // the program's line it waits (or resumes) at, 0 if unknown
  bool ended = false;
};
struct LoopMoment {
  uint32_t loop = 0;  // index into TraceIndex::loops()
  uint64_t pass = 0;  // passes made by then (0: none yet)
  uint32_t ready = 0, timers = 0;  // at the last of them
  uint32_t running = kNone;  // the task track running then
};
struct AsyncioMoment {
  uint64_t time = UINT64_MAX;
  size_t records = SIZE_MAX;
  std::vector<LoopMoment> loops;
  std::vector<TaskMoment> tasks;  // by loop; live ones first, then ended ones; in creation order
};

class App {
 public:
  App(BuildKind build, Fonts fonts);

  // Builds one frame's UI for a window of [width] x [height] logical pixels.
  void frame(float width, float height);

  // True while something animates or runs; the platform keeps drawing
  // frames until this turns false, then sleeps until the next event.
  bool needs_frame() const {
    return settle_frames_ > 0 || (run_ && run_->state() == ProgramRun::State::Running);
  }
  // Input arrived: draw a few frames so hover and focus states settle.
  void wake() { settle_frames_ = kSettleFrames; }

  std::string state_json() const;

  // "ok", or why the shaders in shaders/ did not compile on this GL.
  void set_shader_status(std::string status) { shader_status_ = std::move(status); }

  // The fonts were rebuilt (the window moved to a screen of another density).
  void set_fonts(Fonts fonts) { fonts_ = fonts; }

  const std::string& source() const { return source_; }
  // Puts [text] in the editor: ends any run and forgets the scenario. A
  // text that opens with a front-matter block sets the machine from it, as
  // the CLI does (a mistake in it is shown in the output area instead).
  void set_source(std::string text);
  // Loads a built-in scenario by id ("generators/grep"); false if unknown
  // (the app then says so in the output area). The machine becomes the one
  // its front matter describes (the defaults, with its machine.* and net keys).
  bool load_scenario(std::string_view id);

  int64_t frames_drawn() const { return frames_drawn_; }

  // The run controls, shared by the toolbar and the page's JavaScript API.
  void run();        // start (or resume) the program in the editor
  void pause();
  void step();       // run to the next line
  void reset();      // discard the run; the editor becomes editable again
  void run_to_end();  // finish the run now (bounded by the step limit)
  const ProgramRun* program_run() const { return run_.get(); }

  // The machine the next run gets (cores, GIL, switch interval, switch
  // points, seed, the network). Returns "" or why [config] is refused (then
  // nothing changes). A run in progress keeps its machine until Reset.
  std::string set_machine_config(const sim::Config& config);
  const sim::Config& machine_config() const { return config_; }
  // Opens (or closes) the machine settings window, as the toolbar's machine button does.
  void show_machine_settings(bool show) {
    show_settings_ = show;
    wake();
  }
  // Milliseconds the last frame spent building the UI (the simulation's
  // slice not included).
  double last_ui_ms() const { return ui_ms_; }
  // The same in CPU time of the UI thread (desktop on Linux; 0 elsewhere).
  double last_ui_cpu_ms() const { return ui_cpu_ms_; }
  // Called once when a run finishes (the page resolves runToEnd() with it).
  std::function<void()> on_run_finished;

  // The moment the panels show: a scrubbed time (ns), or -1 for the live end.
  void set_moment(int64_t ns);
  int64_t scrubbed_moment() const { return timeline_.cursor(); }
  // Selects the asyncio task named [name] (its row, its flows, its line);
  // "" selects none. False if the run has no such task.
  bool select_task(std::string_view name);

 private:
  static constexpr int kSettleFrames = 3;

  void draw_menu_bar();
  void draw_scenarios_menu();
  float lesson_height(float width) const;
  void draw_lesson();
  void draw_toolbar(float y, float width, float height);
  void draw_editor();
  void draw_code_view();
  void advance_run();
  void draw_timeline();
  void draw_threads();
  void draw_event_loop();
  void draw_locks();
  void draw_output();
  void draw_machine_menu();
  void draw_machine_settings();
  void draw_network_settings(sim::Config* c);
  std::string machine_summary() const;
  // The machine the front matter of [s] describes: the defaults with its settings.
  void take_front_matter(const scenario::Scenario& s);
  // The rule editor's lines, from config_'s rules (after config_ was replaced).
  void sync_rule_edits();
  void new_run();
  const TraceIndex& index() const;  // the run's trace index, brought up to date
  void write_machine_state(json::Writer& w) const;  // the run's threads, locks, trace, view
  void write_asyncio_state(json::Writer& w) const;  // loops and tasks at the shown moment
  uint64_t moment() const;  // the scrubbed moment, or the run's clock
  const AsyncioMoment& asyncio_moment() const;

  BuildKind build_;
  Fonts fonts_;
  std::string source_;
  std::string scenario_id_;  // the loaded scenario, empty for the user's own program
  std::string notice_;       // a problem to show in the output area (e.g. a bad link)
  std::string shader_status_ = "not compiled";
  int64_t frames_drawn_ = 0;
  int settle_frames_ = kSettleFrames;
  float last_width_ = 0, last_height_ = 0;
  std::unique_ptr<ProgramRun> run_;
  int64_t slice_budget_ = 20'000;  // instructions per frame, adapted to ~8 ms
  bool scroll_output_ = false;
  sim::Config config_;
  bool show_settings_ = false;
  std::vector<std::string> rule_edits_;  // the network rules as the learner types them
  // The loaded program's front matter: its machine lines ("machine.cores: 2")
  // and the machine they make (what "as the scenario sets" restores).
  std::vector<std::string> scenario_settings_;
  sim::Config scenario_machine_;
  mutable TraceIndex index_;  // rebuilt per run, grows as the trace grows
  TimelineView timeline_;
  uint32_t selected_thread_ = 0;  // the thread whose line the code view highlights
  uint32_t selected_task_ = kNone;  // the task (its track) whose line it highlights instead
  bool show_finished_tasks_ = true;
  mutable AsyncioMoment moment_;  // kept while neither the moment nor the trace changes
  int scrolled_to_line_ = -1;
  double ui_ms_ = 0;
  double ui_cpu_ms_ = 0;
};

const char* build_name(BuildKind build);  // "threaded" / "single" / "desktop"
// {cores, gil, switchInterval (seconds), switchPoints ("cpython"/"any"), seed}
void write_config(json::Writer& w, const sim::Config& config);

}  // namespace interleave::ui
