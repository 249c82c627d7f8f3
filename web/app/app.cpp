#include "app.h"

#include <imgui.h>

#include <utility>

#include "json/json_writer.h"

namespace interleave::ui {

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

Layout compute_layout(float top, float width, float height) {
  constexpr float kToolbar = 40.0f;
  const float body_top = top + kToolbar;
  const float body_h = height - body_top;
  const float left_w = width * 0.42f;
  const float right_w = width - left_w;
  const float editor_h = body_h * 0.62f;
  const float timeline_h = body_h * 0.55f;
  const float panel_w = right_w / 3.0f;
  Layout l;
  l.toolbar = {0, top, width, kToolbar};
  l.editor = {0, body_top, left_w, editor_h};
  l.output = {0, body_top + editor_h, left_w, body_h - editor_h};
  l.timeline = {left_w, body_top, right_w, timeline_h};
  const float panels_y = body_top + timeline_h, panels_h = body_h - timeline_h;
  l.threads = {left_w, panels_y, panel_w, panels_h};
  l.event_loop = {left_w + panel_w, panels_y, panel_w, panels_h};
  l.locks = {left_w + 2 * panel_w, panels_y, right_w - 2 * panel_w, panels_h};
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
  source_ = std::move(text);
  wake();
}

void App::frame(float width, float height) {
  if (width != last_width_ || height != last_height_) {
    last_width_ = width;
    last_height_ = height;
    wake();
  }
  if (settle_frames_ > 0) --settle_frames_;
  ++frames_drawn_;

  draw_menu_bar();
  const float top = ImGui::GetFrameHeight();
  const Layout l = compute_layout(top, width, height);

  draw_toolbar(l.toolbar.y, l.toolbar.w, l.toolbar.h);
  if (begin_area(tr(Text::Editor), "editor", l.editor)) draw_editor();
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
}

// --- Menu bar ---------------------------------------------------------------

void App::draw_menu_bar() {
  if (!ImGui::BeginMainMenuBar()) return;
  ImGui::TextUnformatted(tr(Text::AppTitle));
  ImGui::TextDisabled("— %s", tr(Text::AppSubtitle));
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

// --- Toolbar ----------------------------------------------------------------

void App::draw_toolbar(float y, float width, float height) {
  ImGui::SetNextWindowPos(ImVec2(0, y));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::Begin("###toolbar", nullptr, kAreaFlags | ImGuiWindowFlags_NoTitleBar);
  // Running a program needs the interpreter (the language issue); until it
  // lands the controls are shown but disabled, with the reason on hover.
  ImGui::BeginDisabled(true);
  ImGui::Button(tr(Text::Run));
  ImGui::SameLine();
  ImGui::Button(tr(Text::Pause));
  ImGui::SameLine();
  ImGui::Button(tr(Text::Step));
  ImGui::SameLine();
  ImGui::Button(tr(Text::Reset));
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", tr(Text::NotYetAvailable));
  ImGui::SameLine();
  ImGui::TextDisabled("%s: 0.000 s", tr(Text::SimTime));
  ImGui::End();
}

// --- Areas ------------------------------------------------------------------

void App::draw_editor() {
  ImGui::PushFont(fonts_.code);
  const ImVec2 size(-1.0f, -ImGui::GetTextLineHeightWithSpacing() * 1.4f);
  ImGui::InputTextMultiline("##source", source_.data(), source_.capacity() + 1, size,
                            ImGuiInputTextFlags_AllowTabInput |
                                ImGuiInputTextFlags_CallbackResize,
                            resize_string, &source_);
  ImGui::PopFont();
  hint(tr(Text::EditorHint));
}

void App::draw_timeline() { hint(tr(Text::TimelineEmpty)); }
void App::draw_threads() { hint(tr(Text::ThreadsEmpty)); }
void App::draw_event_loop() { hint(tr(Text::EventLoopEmpty)); }
void App::draw_locks() { hint(tr(Text::LocksEmpty)); }
void App::draw_output() { hint(tr(Text::OutputEmpty)); }

// --- Snapshot ---------------------------------------------------------------

std::string App::state_json() const {
  json::Writer w;
  w.begin_object();
  w.field("build", build_name(build_));
  w.field("frames", frames_drawn_);
  w.field("language", language_code(language()));
  w.field("title", tr(Text::AppSubtitle));
  w.field("glyphs", loaded_glyph_count());
  w.key("areas").begin_array();
  for (const char* area : {"editor", "output", "timeline", "threads", "event_loop", "locks"})
    w.value(area);
  w.end_array();
  w.field("source", source_);
  w.field("idle", !needs_frame());
  w.end_object();
  return w.take();
}

}  // namespace interleave::ui
