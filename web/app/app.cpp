#include "app.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <utility>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <time.h>
#endif

#include "json/json_writer.h"
#include "scenario_library.h"
#include "sim/machine.h"
#include "state_style.h"

namespace interleave::ui {

namespace {
// CPU time of the calling thread in ms: frame figures that other processes
// on a busy machine do not inflate (0 where the platform has no such clock).
double thread_cpu_ms() {
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0) return static_cast<double>(ts.tv_sec) * 1e3 + ts.tv_nsec / 1e6;
#endif
  return 0;
}
}  // namespace

const char* build_name(BuildKind build) {
  switch (build) {
    case BuildKind::BrowserThreaded: return "threaded";
    case BuildKind::BrowserSingle: return "single";
    case BuildKind::Desktop: return "desktop";
  }
  return "unknown";
}

namespace {

constexpr const char* kWelcomeProgram =
    "# Параллелизм и конкурентность\n"
    "print(\"Параллелизм\", 6*7)\n";

constexpr ImGuiWindowFlags kAreaFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                        ImGuiWindowFlags_NoCollapse |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;

// The fixed areas of the main screen, recomputed every frame from the window
// size (ImGui 1.86 has no docking; fixed areas also suit an embedded page).
struct Rect {
  float x, y, w, h;
};

struct Layout {
  Rect toolbar, editor, output, timeline, threads, event_loop, locks;
};

// With asyncio the event loop panel gets the room the threads panel would.
Layout compute_layout(float top, float width, float height, bool asyncio) {
  constexpr float kToolbar = 40.0f;
  const float body_top = top + kToolbar;
  const float body_h = height - body_top;
  const float left_w = width * 0.42f;
  const float right_w = width - left_w;
  const float editor_h = body_h * 0.62f;
  const float timeline_h = body_h * 0.55f;
  // The threads panel gets the most room: names, states and their reasons.
  const float threads_w = right_w * (asyncio ? 0.30f : 0.42f), event_loop_w = right_w * (asyncio ? 0.52f : 0.23f);
  Layout l;
  l.toolbar = {0, top, width, kToolbar};
  l.editor = {0, body_top, left_w, editor_h};
  l.output = {0, body_top + editor_h, left_w, body_h - editor_h};
  l.timeline = {left_w, body_top, right_w, timeline_h};
  const float panels_y = body_top + timeline_h, panels_h = body_h - timeline_h;
  l.threads = {left_w, panels_y, threads_w, panels_h};
  l.event_loop = {left_w + threads_w, panels_y, event_loop_w, panels_h};
  l.locks = {left_w + threads_w + event_loop_w, panels_y, right_w - threads_w - event_loop_w, panels_h};
  return l;
}

bool begin_area(const char* title, const char* id, const Rect& r,
                ImGuiWindowFlags extra = 0) {
  ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
  ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
  // "###id" keeps the window's identity when the language changes its title.
  std::string label = std::string(title) + "###" + id;
  return ImGui::Begin(label.c_str(), nullptr, kAreaFlags | extra);
}

void hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

// ImGui's InputText grows a std::string through this callback.
int resize_string(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

}  // namespace

App::App(BuildKind build, Fonts fonts)
    : build_(build), fonts_(fonts), source_(kWelcomeProgram) {}

void App::set_source(std::string text) {
  run_.reset();
  index_ = TraceIndex();
  moment_ = AsyncioMoment();
  selected_task_ = kNone;
  source_ = std::move(text);
  scenario_id_.clear();
  scenario_settings_.clear();
  notice_.clear();
  // A program with front matter brings its machine along, as in the CLI.
  if (scenario::has_front_matter(source_)) {
    scenario::Scenario front;
    const scenario::ParseResult r = scenario::parse_front_matter("main.py", source_, &front);
    if (!r.ok) {
      notice_ = r.error;
    } else if (!front.settings.empty()) {
      take_front_matter(front);
    }
  }
  wake();
}

bool App::load_scenario(std::string_view id) {
  const scenario::Scenario* s = scenario_library().find(id);
  if (!s) {
    notice_ = std::string(tr(Text::UnknownScenario)) + " " + std::string(id);
    wake();
    return false;
  }
  set_source(s->program);
  scenario_id_ = s->id;
  take_front_matter(*s);
  return true;
}

// The front matter's machine replaces the one the learner had: a scenario
// runs on the machine its lesson speaks of (the settings can change it).
void App::take_front_matter(const scenario::Scenario& s) {
  scenario_settings_.clear();
  for (const scenario::Setting& setting : s.settings) scenario_settings_.push_back(setting.key + ": " + setting.value);
  scenario_machine_ = sim::Config();
  scenario::apply_settings(s, &scenario_machine_);
  config_ = scenario_machine_;
  sync_rule_edits();
}

void App::frame(float width, float height) {
  if (width != last_width_ || height != last_height_) {
    last_width_ = width;
    last_height_ = height;
    wake();
  }
  if (settle_frames_ > 0) --settle_frames_;
  ++frames_drawn_;
  advance_run();
  const auto ui_start = std::chrono::steady_clock::now();
  const double cpu_start = thread_cpu_ms();

  draw_menu_bar();
  const float top = ImGui::GetFrameHeight();
  const Layout l = compute_layout(top, width, height, run_ && !index().loops().empty());

  draw_toolbar(l.toolbar.y, l.toolbar.w, l.toolbar.h);
  if (begin_area(tr(Text::Editor), "editor", l.editor)) {
    if (run_) draw_code_view();
    else draw_editor();
  }
  ImGui::End();
  if (begin_area(tr(Text::Output), "output", l.output)) draw_output();
  ImGui::End();
  if (begin_area(tr(Text::Timeline), "timeline", l.timeline)) draw_timeline();
  ImGui::End();
  if (begin_area(tr(Text::Threads), "threads", l.threads)) draw_threads();
  ImGui::End();
  if (begin_area(tr(Text::EventLoop), "event_loop", l.event_loop)) draw_event_loop();
  ImGui::End();
  if (begin_area(tr(Text::Locks), "locks", l.locks)) draw_locks();
  ImGui::End();
  draw_machine_settings();
  // The program is where a learner starts: focus it, not the last area drawn.
  if (frames_drawn_ == 1) ImGui::SetWindowFocus(std::string(tr(Text::Editor)).append("###editor").c_str());
  ui_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - ui_start).count();
  ui_cpu_ms_ = thread_cpu_ms() - cpu_start;
}

// --- Menu bar ---------------------------------------------------------------

void App::draw_menu_bar() {
  if (!ImGui::BeginMainMenuBar()) return;
  ImGui::TextUnformatted(tr(Text::AppTitle));
  ImGui::TextDisabled("— %s", tr(Text::AppSubtitle));
  draw_scenarios_menu();
  draw_machine_menu();
  if (ImGui::BeginMenu(tr(Text::MenuLanguage))) {
    if (ImGui::MenuItem("Русский", nullptr, language() == Language::Russian))
      set_language(Language::Russian);
    if (ImGui::MenuItem("English", nullptr, language() == Language::English))
      set_language(Language::English);
    ImGui::EndMenu();
  }
  const char* where = build_ == BuildKind::BrowserThreaded ? tr(Text::BuildThreaded)
                      : build_ == BuildKind::BrowserSingle ? tr(Text::BuildSingle)
                                                           : tr(Text::BuildDesktop);
  const float text_w = ImGui::CalcTextSize(where).x;
  ImGui::SameLine(ImGui::GetWindowWidth() - text_w - ImGui::GetStyle().ItemSpacing.x * 2);
  ImGui::TextDisabled("%s", where);
  ImGui::EndMainMenuBar();
}

// One submenu per topic, one item per scenario, titled in the UI language.
void App::draw_scenarios_menu() {
  if (!ImGui::BeginMenu(tr(Text::MenuScenarios))) return;
  const auto& scenarios = scenario_library().scenarios;
  for (size_t i = 0; i < scenarios.size();) {
    const std::string_view topic = topic_of(scenarios[i]);
    size_t end = i;
    while (end < scenarios.size() && topic_of(scenarios[end]) == topic) ++end;
    if (ImGui::BeginMenu(topic_title(topic, language()).c_str())) {
      for (size_t k = i; k < end; ++k) {
        const scenario::Scenario& s = scenarios[k];
        const std::string& title = language() == Language::Russian ? s.title_ru : s.title_en;
        if (ImGui::MenuItem(title.c_str(), nullptr, s.id == scenario_id_)) load_scenario(s.id);
      }
      ImGui::EndMenu();
    }
    i = end;
  }
  ImGui::EndMenu();
}

// --- Toolbar ----------------------------------------------------------------

void App::draw_toolbar(float y, float width, float height) {
  ImGui::SetNextWindowPos(ImVec2(0, y));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::Begin("###toolbar", nullptr, kAreaFlags | ImGuiWindowFlags_NoTitleBar);
  const bool running = run_ && run_->state() == ProgramRun::State::Running;
  const bool finished = run_ && run_->state() == ProgramRun::State::Finished;
  if (running) {
    if (ImGui::Button(tr(Text::Pause))) pause();
  } else {
    ImGui::BeginDisabled(finished);
    if (ImGui::Button(tr(Text::Run))) run();
    ImGui::EndDisabled();
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(running || finished);
  if (ImGui::Button(tr(Text::Step))) step();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!run_);
  if (ImGui::Button(tr(Text::Reset))) reset();
  ImGui::EndDisabled();
  ImGui::SameLine();
  // The machine the next run gets; a click opens its settings.
  const std::string machine = machine_summary();
  if (ImGui::Button(machine.c_str())) show_settings_ = !show_settings_;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::MachineButtonTip));
  ImGui::SameLine();
  const double seconds = run_ ? static_cast<double>(run_->clock_ns()) / 1e9 : 0.0;
  ImGui::TextDisabled("%s: %.6f %s", tr(Text::SimTime), seconds, tr(Text::UnitS));
  if (run_) {
    ImGui::SameLine();
    ImGui::TextDisabled("· %llu %s", static_cast<unsigned long long>(run_->steps()), tr(Text::Steps));
    ImGui::SameLine();
    const char* state = running ? tr(Text::StateRunning)
                        : finished ? tr(Text::StateFinished)
                                   : tr(Text::StatePaused);
    ImGui::TextDisabled("· %s", state);
    if (finished) {
      ImGui::SameLine();
      ImGui::TextDisabled("(%s %d)", tr(Text::ExitCode), run_->exit_code());
    }
    if (run_->machine().trace().truncated()) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(1.0f, 0.75f, 0.3f, 1.0f), "· %s", tr(Text::TraceFull));
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::TraceFullTip));
    }
  }
  ImGui::End();
}

// --- Running ----------------------------------------------------------------

// Every run starts here: a fresh machine with the settings as they are now.
void App::new_run() {
  run_ = std::make_unique<ProgramRun>(source_, "main.py", config_);
  index_ = TraceIndex();
  moment_ = AsyncioMoment();
  timeline_.reset();
  selected_thread_ = 0;
  selected_task_ = kNone;
  scrolled_to_line_ = -1;
  scroll_output_ = true;
}

const TraceIndex& App::index() const {
  if (run_) index_.update(run_->machine().trace(), run_->machine().tasks(), run_->machine().loops());
  return index_;
}

void App::run() {
  if (!run_) new_run();
  run_->resume();
  // A program that does not compile is finished before its first slice.
  if (run_->state() == ProgramRun::State::Finished && on_run_finished) on_run_finished();
  wake();
}

void App::pause() {
  if (run_) run_->pause();
  wake();
}

void App::step() {
  if (!run_) new_run();
  run_->pause();
  run_->step_line();
  if (run_->state() == ProgramRun::State::Finished && on_run_finished) on_run_finished();
  scroll_output_ = true;
  wake();
}

void App::reset() {
  run_.reset();
  index_ = TraceIndex();
  moment_ = AsyncioMoment();
  selected_task_ = kNone;
  wake();
}

void App::run_to_end() {
  if (!run_) new_run();
  run_->run_to_end();
  if (on_run_finished) on_run_finished();
  scroll_output_ = true;
  wake();
}

// Runs one slice per frame, sized so a slice takes about 8 ms of wall time:
// the page stays responsive and Pause works even in an endless loop.
void App::advance_run() {
  if (!run_ || run_->state() != ProgramRun::State::Running) return;
  const auto start = std::chrono::steady_clock::now();
  const size_t chunks = run_->output().size();
  run_->advance(slice_budget_);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  const double target = 8.0;
  const double scale = ms > 0.05 ? std::clamp(target / ms, 0.5, 2.0) : 2.0;
  slice_budget_ = std::clamp<int64_t>(static_cast<int64_t>(static_cast<double>(slice_budget_) * scale),
                                      1'000, 50'000'000);
  if (run_->output().size() != chunks) scroll_output_ = true;
  if (run_->state() == ProgramRun::State::Finished) {
    wake();
    if (on_run_finished) on_run_finished();
  }
}

// --- Areas ------------------------------------------------------------------

void App::draw_editor() {
  ImGui::PushFont(fonts_.code);
  const ImVec2 size(-1.0f, -lesson_height(ImGui::GetContentRegionAvail().x));
  ImGui::InputTextMultiline("##source", source_.data(), source_.capacity() + 1, size,
                            ImGuiInputTextFlags_AllowTabInput |
                                ImGuiInputTextFlags_CallbackResize,
                            resize_string, &source_);
  ImGui::PopFont();
  draw_lesson();
}

// Under the program: the scenario's lesson, or a hint for one's own program.
float App::lesson_height(float width) const {
  const scenario::Scenario* s = scenario_id_.empty() ? nullptr : scenario_library().find(scenario_id_);
  const std::string& text = !s ? std::string() : language() == Language::Russian ? s->lesson_ru : s->lesson_en;
  const char* shown = s ? text.c_str() : tr(Text::EditorHint);
  return ImGui::CalcTextSize(shown, nullptr, false, width).y + ImGui::GetStyle().ItemSpacing.y * 2;
}

void App::draw_lesson() {
  const scenario::Scenario* s = scenario_id_.empty() ? nullptr : scenario_library().find(scenario_id_);
  if (!s) {
    hint(tr(Text::EditorHint));
    return;
  }
  ImGui::TextWrapped("%s", (language() == Language::Russian ? s->lesson_ru : s->lesson_en).c_str());
}

void App::draw_timeline() {
  if (!run_) {
    hint(tr(Text::TimelineEmpty));
    return;
  }
  timeline_.set_selected_thread(selected_thread_);
  timeline_.set_selected_task(selected_task_);
  timeline_.draw(*run_, index());
  if (const int64_t clicked = timeline_.take_clicked_thread(); clicked >= 0) {
    selected_thread_ = static_cast<uint32_t>(clicked);
    selected_task_ = kNone;
    scrolled_to_line_ = -1;
  }
  if (const int64_t clicked = timeline_.take_clicked_task(); clicked >= 0) {
    // A second click on the selected task lets it go.
    selected_task_ = selected_task_ == static_cast<uint32_t>(clicked) ? kNone : static_cast<uint32_t>(clicked);
    scrolled_to_line_ = -1;
  }
}
void App::draw_output() {
  if (!notice_.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.8f, 0.4f, 1.0f));
    ImGui::TextWrapped("%s", notice_.c_str());
    ImGui::PopStyleColor();
  }
  if (!run_ || (run_->output().empty() && run_->stop_message().empty())) {
    hint(tr(Text::OutputEmpty));
    return;
  }
  ImGui::PushFont(fonts_.code);
  for (const OutputChunk& chunk : run_->output()) {
    if (chunk.is_err) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.55f, 0.5f, 1.0f));
    ImGui::TextUnformatted(chunk.text.data(), chunk.text.data() + chunk.text.size());
    if (chunk.is_err) ImGui::PopStyleColor();
  }
  if (!run_->stop_message().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.8f, 0.4f, 1.0f));
    ImGui::TextWrapped("%s", run_->stop_message().c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
  if (scroll_output_) {
    ImGui::SetScrollHereY(1.0f);
    scroll_output_ = false;
  }
}

// While a run exists the program is shown read-only, with line numbers, a
// coloured tag for each live thread on the line it executes next, and the
// selected thread's line (the main thread's unless one was clicked in the
// threads panel) highlighted. Reset makes it editable again.
void App::draw_code_view() {
  ImGui::PushFont(fonts_.code);
  const float footer = lesson_height(ImGui::GetContentRegionAvail().x);
  ImGui::BeginChild("##code", ImVec2(-1.0f, -footer), true, ImGuiWindowFlags_HorizontalScrollbar);
  const auto& threads = run_->machine().threads();
  if (selected_thread_ >= threads.size()) selected_thread_ = 0;
  // A deadlocked run keeps the lines its threads are stuck on.
  int current = threads.empty() || threads[selected_thread_]->state == sim::ThreadState::Done
                    ? 0
                    : run_->line_of(*threads[selected_thread_]);
  ImU32 highlight = selected_thread_ == 0 ? IM_COL32(70, 90, 40, 255)
                                          : ((thread_color(selected_thread_) & ~IM_COL32_A_MASK) |
                                             (110u << IM_COL32_A_SHIFT));
  // A selected asyncio task: the line it waits (or resumes) at, at the shown moment.
  if (selected_task_ != kNone) {
    current = 0;
    for (const TaskMoment& t : asyncio_moment().tasks)
      if (t.track == selected_task_) current = t.line;
    const TaskView* task = index().task_of_track(selected_task_);
    highlight = (thread_color(task ? task->number + 3 : 0) & ~IM_COL32_A_MASK) | (110u << IM_COL32_A_SHIFT);
  }
  // Which live threads stand on which line.
  std::vector<std::pair<int, uint32_t>> at;  // (line, thread id)
  for (const auto& t : threads)
    if (t->vt && t->state != sim::ThreadState::Done)
      if (const int line = run_->line_of(*t)) at.emplace_back(line, t->id);
  std::sort(at.begin(), at.end());
  constexpr int kMaxTags = 3;
  const float tag_w = ImGui::CalcTextSize(threads.size() > 10 ? "00" : "0").x + 6;
  const float tags_w = kMaxTags * (tag_w + 2) + 4;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  int number = 1;
  size_t begin = 0;
  while (begin <= source_.size()) {
    size_t end = source_.find('\n', begin);
    if (end == std::string::npos) end = source_.size();
    const bool here = number == current;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    if (here)
      dl->AddRectFilled(p, ImVec2(p.x + ImGui::GetContentRegionAvail().x, p.y + h), highlight);
    ImGui::TextDisabled("%3d %s", number, here ? "▶" : " ");
    ImGui::SameLine();
    // The tags of the threads on this line.
    const ImVec2 tags_at = ImGui::GetCursorScreenPos();
    auto first = std::lower_bound(at.begin(), at.end(), std::make_pair(number, 0u));
    int shown = 0;
    for (auto it = first; it != at.end() && it->first == number; ++it, ++shown) {
      const float x = tags_at.x + static_cast<float>(shown) * (tag_w + 2);
      if (shown == kMaxTags - 1 && std::next(it) != at.end() && std::next(it)->first == number) {
        dl->AddText(ImVec2(x, tags_at.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), "+");
        break;
      }
      dl->AddRectFilled(ImVec2(x, tags_at.y + 1), ImVec2(x + tag_w, tags_at.y + h - 1), thread_color(it->second),
                        3.0f);
      if (it->second == selected_thread_)
        dl->AddRect(ImVec2(x, tags_at.y + 1), ImVec2(x + tag_w, tags_at.y + h - 1), IM_COL32(255, 255, 255, 230),
                    3.0f, 0, 1.5f);
      const std::string id = std::to_string(it->second);
      const float w = ImGui::CalcTextSize(id.c_str()).x;
      dl->AddText(ImVec2(x + (tag_w - w) * 0.5f, tags_at.y), IM_COL32(255, 255, 255, 255), id.c_str());
    }
    ImGui::Dummy(ImVec2(tags_w, h));
    ImGui::SameLine(0, 0);
    ImGui::TextUnformatted(source_.data() + begin, source_.data() + end);
    // Bring the highlighted line into view when it changes (not every frame:
    // that would fight the learner's own scrolling).
    if (here && current != scrolled_to_line_ && (run_->state() != ProgramRun::State::Running || selected_task_ != kNone)) {
      ImGui::SetScrollHereY(0.3f);
      scrolled_to_line_ = current;
    }
    if (end == source_.size()) break;
    begin = end + 1;
    ++number;
  }
  ImGui::EndChild();
  ImGui::PopFont();
  draw_lesson();
}

// --- Snapshot ---------------------------------------------------------------

std::string App::state_json() const {
  json::Writer w;
  w.begin_object();
  w.field("build", build_name(build_));
  w.field("frames", frames_drawn_);
  w.field("language", language_code(language()));
  w.field("title", tr(Text::AppSubtitle));
  w.field("glyphs", loaded_glyph_count());
  w.field("shaders", shader_status_);
  w.key("areas").begin_array();
  for (const char* area : {"editor", "output", "timeline", "threads", "event_loop", "locks"})
    w.value(area);
  w.end_array();
  w.field("source", source_);
  w.key("scenario");
  if (scenario_id_.empty()) w.null();
  else w.value(scenario_id_);
  w.key("scenarios").begin_array();
  for (const scenario::Scenario& s : scenario_library().scenarios) w.value(s.id);
  w.end_array();
  w.key("scenarioErrors").begin_array();
  for (const std::string& e : scenario_library().errors) w.value(e);
  w.end_array();
  w.field("notice", notice_);
  w.field("idle", !needs_frame());
  w.field("uiMs", ui_ms_);
  w.key("machine");
  write_config(w, config_);
  w.field("settingsOpen", show_settings_);
  w.key("run");
  if (!run_) {
    w.null();
  } else {
    const ProgramRun::State st = run_->state();
    w.begin_object();
    w.field("state", st == ProgramRun::State::Running ? "running"
                     : st == ProgramRun::State::Paused ? "paused" : "finished");
    w.field("line", run_->current_line());
    w.field("steps", static_cast<int64_t>(run_->steps()));
    w.field("simTime", static_cast<double>(run_->clock_ns()) / 1e9);
    w.field("output", run_->output_text(false));
    w.field("errors", run_->output_text(true));
    w.field("stopMessage", run_->stop_message());
    w.key("exitCode");
    if (st == ProgramRun::State::Finished) w.value(run_->exit_code());
    else w.null();
    write_machine_state(w);
    write_asyncio_state(w);
    w.end_object();
  }
  w.end_object();
  return w.take();
}

}  // namespace interleave::ui
