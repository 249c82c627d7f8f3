#include "timeline.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "program_run.h"
#include "sim/machine.h"
#include "state_style.h"
#include "strings.h"

// Table of contents:
//   View mode      fit all / follow the end / free
//   Axis           ticks every 1, 2 or 5 units of a power of ten
//   Input          wheel zooms around the cursor, drag pans
//   Rows           which rows exist, in what order
//   Drawing a row  spans and marks, decided by trace_index.cpp
//   Loop chart     an event loop's ready callbacks and timers per pixel column
//   Flows          arrows from whoever woke a task to the moment it ran
//   Tooltips       what the hovered span or mark means

namespace interleave::ui {

using sim::Ev;
using sim::Record;
using sim::TaskState;
using sim::ThreadState;

namespace {

constexpr float kLabelWidth = 140.0f;
constexpr float kAxisHeight = 22.0f;
constexpr float kMinSpanPx = 2.0f;  // narrower spans are folded into their neighbours
constexpr float kMaxFoldPx = 4.0f;  // a fold samples the state at its middle: keep folds small
constexpr float kMinMarkPx = 4.0f;  // marks closer than this are drawn as one
constexpr double kMinNsPerPx = 0.02;

const std::string& thread_name(const sim::Trace& trace, uint32_t thread) {
  static const std::string unknown = "?";
  // thread_track() is only defined for bound threads; thread tracks are bound
  // as threads are created, so any id the trace mentions is bound.
  const uint32_t track = trace.thread_track(thread);
  return track < trace.tracks().size() ? trace.tracks()[track].name : unknown;
}

// An axis label: [t] in the largest unit not above the view's end, with as
// many decimals as the tick step needs.
std::string tick_label(double t, double step, double view_end) {
  double unit = 1;
  const char* name = tr(Text::UnitNs);
  if (view_end >= 1e9) { unit = 1e9; name = tr(Text::UnitS); }
  else if (view_end >= 1e6) { unit = 1e6; name = tr(Text::UnitMs); }
  else if (view_end >= 1e3) { unit = 1e3; name = tr(Text::UnitUs); }
  const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(step / unit) - 1e-9)), 0, 9);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f %s", decimals, t / unit, name);
  return buf;
}

ImU32 with_alpha(ImU32 c, int alpha) { return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }

uint32_t thread_of_track(const ProgramRun& run, uint32_t track) {
  for (const auto& t : run.machine().threads())
    if (t->track == track) return t->id;
  return kNone;
}

bool lock_shown(const TraceIndex& index, uint32_t track) {
  for (const LockView& lock : index.locks())
    if (lock.track == track) return lock.shown;
  return false;
}

// A task's colour on its loop's row (and its swatch): one per task number.
ImU32 task_color(const TraceIndex& index, uint32_t task_track) {
  const TaskView* t = index.task_of_track(task_track);
  return thread_color(t ? t->number + 3 : 0);
}

// What a loop's thread is called ("MainThread"), or "?".
const std::string& loop_thread_name(const sim::Trace& trace, const LoopView& loop) {
  static const std::string unknown = "?";
  return loop.thread >= 0 ? thread_name(trace, static_cast<uint32_t>(loop.thread)) : unknown;
}

// The name of a track that woke a task: a task's or a thread's.
const std::string& track_name(const sim::Trace& trace, uint32_t track) {
  static const std::string unknown = "?";
  return track < trace.tracks().size() ? trace.tracks()[track].name : unknown;
}

// A greenlet row's name: "main" translated, else the trace's "test1 (gr1)".
std::string greenlet_label(const sim::Trace& trace, const GreenletView& g) {
  return g.main ? std::string(tr(Text::GreenletMain)) : trace.text(g.name);
}

// The greenlet [number] of [thread_track]'s label, or "greenlet N" when the trace does not name it.
std::string greenlet_label(const sim::Trace& trace, const TraceIndex& index, uint32_t thread_track, uint32_t number) {
  const uint32_t g = index.greenlet_of(thread_track, number);
  return g != kNone ? greenlet_label(trace, index.greenlets()[g]) : "greenlet " + std::to_string(number);
}

// An ✕ centred at (x, y).
void draw_cross(ImDrawList* dl, float x, float y, float r, ImU32 color) {
  dl->AddLine(ImVec2(x - r, y - r), ImVec2(x + r, y + r), color, 2.0f);
  dl->AddLine(ImVec2(x - r, y + r), ImVec2(x + r, y - r), color, 2.0f);
}

// One legend entry: a swatch and its words, wrapped rather than run off the edge.
void legend_item(ImU32 color, const char* text, bool cross = false) {
  const float h = ImGui::GetTextLineHeight();
  const float item_w = h * 0.8f + 3 + ImGui::CalcTextSize(text).x;
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + item_w > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (cross) draw_cross(dl, p.x + h * 0.4f, p.y + h * 0.6f, h * 0.28f, color);
  else dl->AddRectFilled(ImVec2(p.x, p.y + h * 0.2f), ImVec2(p.x + h * 0.8f, p.y + h), color, 2.0f);
  ImGui::Dummy(ImVec2(h * 0.8f, h));
  ImGui::SameLine(0, 3);
  ImGui::TextUnformatted(text);
}

}  // namespace

struct TimelineView::Hover {
  bool inside = false;  // the mouse is over this row's lane
  float mouse_x = 0;
  bool on_span = false, on_mark = false, on_chart = false;
  SpanItem span{};
  MarkItem mark{};
  uint32_t column = 0;  // on_chart: the pixel column of the loop's chart
};

void TimelineView::reset() {
  row_items_.clear();
  fit_ = true;
  follow_ = true;
  t0_ = 0;
  width_ = 1e6;
  cursor_ = -1;
  selected_task_ = kNone;
  clicked_task_ = -1;
  hovered_switch_ = kNone;
  loop_folded_.clear();
  loop_all_.clear();
  cores_open_ = true;
  cores_touched_ = false;
  greenlets_seen_ = false;
}

// --- View mode --------------------------------------------------------------

void TimelineView::draw_toolbar(const ProgramRun& run, const TraceIndex& index) {
  if (ImGui::SmallButton(tr(Text::FitAll))) {
    fit_ = true;
    follow_ = true;
  }
  ImGui::SameLine();
  bool follow = follow_;
  if (ImGui::Checkbox(tr(Text::Follow), &follow)) {
    follow_ = follow;
    if (!follow_) fit_ = false;
  }
  // The scrubbed moment the panels show, and the way back to the live end.
  if (cursor_ >= 0) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "%s: %s", tr(Text::Moment),
                       format_duration(static_cast<uint64_t>(cursor_)).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(Text::BackToLive))) cursor_ = -1;
  }
  // How to drive it, on demand: the rows need the room.
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(tr(Text::TimelineHint));
    ImGui::TextUnformatted(tr(Text::ScrubHint));
    ImGui::EndTooltip();
  }
  // The legend: the colours of thread states.
  bool first = true;
  for (ThreadState s : {ThreadState::Running, ThreadState::Ready, ThreadState::WaitGil, ThreadState::WaitSwitch,
                        ThreadState::Blocked}) {
    if (first) ImGui::Dummy(ImVec2(0, 0));  // a new line for the legend
    first = false;
    legend_item(state_color(s), state_text(s));
  }
  // Tasks share those colours; their ends are marks.
  if (!index.tasks().empty()) {
    ImGui::TextDisabled("%s", tr(Text::TaskLegend));
    legend_item(task_state_color(TaskState::Running), task_state_text(TaskState::Running));
    legend_item(task_state_color(TaskState::Ready), tr(Text::TaskReadyShort));
    legend_item(task_state_color(TaskState::Waiting), task_state_text(TaskState::Waiting));
    legend_item(task_state_color(TaskState::Cancelled), task_state_text(TaskState::Cancelled), true);
    legend_item(task_state_color(TaskState::Failed), tr(Text::TaskFailedShort), true);
  }
  if (!index.greenlets().empty()) {
    ImGui::TextDisabled("%s", tr(Text::GreenletLegend));
    legend_item(greenlet_color(kGreenletRunning), tr(Text::GreenletRunning));
    legend_item(greenlet_color(kGreenletSuspended), tr(Text::GreenletSuspendedShort));
    legend_item(greenlet_switch_color(), tr(Text::GreenletSwitchShort));
  }
  (void)run;
}

void TimelineView::apply_view_mode(uint64_t end, float lane_width) {
  const double total = std::max<double>(static_cast<double>(end), 1000.0);
  if (fit_) {
    t0_ = 0;
    width_ = total * 1.03;
  } else if (follow_) {
    t0_ = std::max(0.0, static_cast<double>(end) - width_ * 0.97);
  }
  width_ = std::max(width_, kMinNsPerPx * lane_width);
}

// --- Axis -------------------------------------------------------------------

void TimelineView::draw_axis(float x0, float y, float lane_width, double ns_per_px) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const double raw = ns_per_px * 110.0;  // a label every ~110 px at least
  const double pow10 = std::pow(10.0, std::floor(std::log10(raw)));
  double step = pow10;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * pow10;
    if (step >= raw) break;
  }
  const double view_end = t0_ + width_;
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const ImU32 line = ImGui::GetColorU32(ImGuiCol_Separator);
  dl->AddLine(ImVec2(x0, y + kAxisHeight - 1), ImVec2(x0 + lane_width, y + kAxisHeight - 1), line);
  const double minor = step / 5;
  for (double t = std::ceil(t0_ / minor) * minor; t < view_end; t += minor) {
    const float x = x0 + static_cast<float>((t - t0_) / ns_per_px);
    const bool major = std::fabs(std::remainder(t, step)) < minor * 0.01;
    dl->AddLine(ImVec2(x, y + kAxisHeight - (major ? 8.0f : 4.0f)), ImVec2(x, y + kAxisHeight - 1), line);
    if (major && t >= 0) {
      const std::string label = tick_label(t, step, view_end);
      dl->AddText(ImVec2(x + 3, y + 1), text, label.c_str());
    }
  }
}

// --- Input ------------------------------------------------------------------

void TimelineView::handle_input(float x0, float lane_width, double ns_per_px, uint64_t end) {
  ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f) {
    if (io.KeyShift || io.MousePos.x < x0) {
      ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * 3 * ImGui::GetTextLineHeightWithSpacing());
    } else {
      const double mouse_t = t0_ + (io.MousePos.x - x0) * ns_per_px;
      const double max_width = std::max(static_cast<double>(end) * 4.0, 1e6);
      const double new_width =
          std::clamp(width_ * std::pow(0.8, io.MouseWheel), kMinNsPerPx * lane_width, max_width);
      t0_ = mouse_t - (io.MousePos.x - x0) * new_width / lane_width;
      width_ = new_width;
      fit_ = follow_ = false;
    }
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    t0_ -= io.MouseDelta.x * ns_per_px;
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    if (io.MouseDelta.x != 0.0f) fit_ = follow_ = false;
  }
  t0_ = std::max(t0_, -0.25 * width_);
}

// --- Rows -------------------------------------------------------------------

std::vector<TimelineView::Row> TimelineView::layout_rows(const ProgramRun& run, const TraceIndex& index) const {
  const sim::Trace& trace = run.machine().trace();
  std::vector<Row> rows;
  const auto& tracks = trace.tracks();
  for (uint32_t i = 0; i < tracks.size(); ++i)
    if (tracks[i].kind == sim::TrackKind::Core && cores_open_) rows.push_back({RowKind::Core, i, 16.0f});
  for (uint32_t i = 0; i < tracks.size(); ++i)
    if (tracks[i].kind == sim::TrackKind::Gil) rows.push_back({RowKind::Gil, i, 20.0f});
  // A loop, then its tasks (unless folded; at most kTaskRows unless all are asked for).
  const std::vector<LoopView>& loops = index.loops();
  auto add_loop = [&](uint32_t l) {
    const LoopView& loop = loops[l];
    rows.push_back({RowKind::Loop, loop.track, 36.0f, l});
    if (l < loop_folded_.size() && loop_folded_[l]) return;
    const bool all = l < loop_all_.size() && loop_all_[l];
    const size_t n = loop.tasks.size();
    const size_t shown = all ? n : std::min<size_t>(n, kTaskRows);
    for (size_t k = 0; k < shown; ++k) rows.push_back({RowKind::Task, loop.tasks[k], 18.0f, l});
    if (n > kTaskRows) rows.push_back({RowKind::TasksMore, loop.track, 18.0f, l, static_cast<uint32_t>(n - shown)});
  };
  // Each thread, followed by the event loops it runs.
  std::vector<uint8_t> placed(loops.size(), 0);
  for (uint32_t i = 0; i < tracks.size(); ++i) {
    if (tracks[i].kind != sim::TrackKind::Thread) continue;
    rows.push_back({RowKind::Thread, i, 22.0f});
    for (uint32_t l = 0; l < loops.size(); ++l) {
      if (placed[l] || loops[l].thread < 0 || trace.thread_track(static_cast<uint32_t>(loops[l].thread)) != i) continue;
      placed[l] = 1;
      add_loop(l);
    }
    // Its greenlets, in creation order (the main one first).
    if (i < index.track_count())
      for (uint32_t g : index.track(i).greenlets) rows.push_back({RowKind::Greenlet, i, 24.0f, kNone, 0, g});
  }
  for (uint32_t l = 0; l < loops.size(); ++l)
    if (!placed[l]) add_loop(l);
  for (uint32_t i = 0; i < tracks.size(); ++i)
    if (tracks[i].kind == sim::TrackKind::Lock && lock_shown(index, i)) rows.push_back({RowKind::Lock, i, 18.0f});
  return rows;
}

void TimelineView::draw(const ProgramRun& run, const TraceIndex& index) {
  const sim::Trace& trace = run.machine().trace();
  draw_toolbar(run, index);
  const uint64_t end = std::max(trace.end_time(), run.clock_ns());
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float lane_width = std::max(avail.x - kLabelWidth - ImGui::GetStyle().ScrollbarSize, 50.0f);
  apply_view_mode(end, lane_width);
  if (loop_folded_.size() < index.loops().size()) {
    // The first event loop folds the cores away: an asyncio program runs in
    // one thread, and its loop and tasks need the rows (a click unfolds them).
    if (loop_folded_.empty() && !cores_touched_) cores_open_ = false;
    loop_folded_.resize(index.loops().size(), 0);
    loop_all_.resize(index.loops().size(), 0);
  }
  // So does the first greenlet: greenlets share one thread, and their rows need the room.
  if (!greenlets_seen_ && !index.greenlets().empty()) {
    greenlets_seen_ = true;
    if (!cores_touched_) cores_open_ = false;
  }

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float x0 = origin.x + kLabelWidth;
  // The cores group header sits in the axis row's label cell.
  char header[64];
  int cores = 0;
  for (const sim::Track& t : trace.tracks()) cores += t.kind == sim::TrackKind::Core;
  std::snprintf(header, sizeof header, "%s %s (%d)", cores_open_ ? "▾" : "▸", tr(Text::GroupCores), cores);
  if (ImGui::SmallButton(header)) {
    cores_open_ = !cores_open_;
    cores_touched_ = true;
  }
  ImGui::SetCursorScreenPos(origin);
  draw_axis(x0, origin.y, lane_width, width_ / lane_width);
  // The ruler scrubs: pressing or dragging on it sets the moment the panels show.
  ImGui::SetCursorScreenPos(ImVec2(x0, origin.y));
  ImGui::InvisibleButton("##ruler", ImVec2(lane_width, kAxisHeight));
  if (ImGui::IsItemActive()) {
    const double t = t0_ + (ImGui::GetIO().MousePos.x - x0) * (width_ / lane_width);
    cursor_ = static_cast<int64_t>(std::clamp(t, 0.0, static_cast<double>(end)));
  }
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(avail.x, kAxisHeight));

  ImGui::BeginChild("##rows", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollWithMouse);
  const std::vector<Row> rows = layout_rows(run, index);
  rows_ = static_cast<int>(rows.size());
  float total = 0;
  for (const Row& r : rows) total += r.height;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float visible_h = ImGui::GetContentRegionAvail().y;
  ImGui::InvisibleButton("##lanes", ImVec2(std::max(ImGui::GetContentRegionAvail().x, 1.0f), std::max(total, visible_h)));
  handle_input(x0, lane_width, width_ / lane_width, end);
  const double ns_per_px = width_ / lane_width;

  // Where each row sits, for the flows (tasks hidden in a folded loop use its row).
  row_mid_.assign(trace.tracks().size(), -1.0f);
  greenlet_mid_.assign(index.greenlets().size(), -1.0f);
  placed_.clear();
  lane_x_ = x0;
  lane_w_ = lane_width;
  ruler_y_ = origin.y;
  {
    static constexpr const char* kKinds[] = {"core", "gil", "thread", "lock", "loop", "task", "more", "greenlet"};
    float ry = top.y;
    for (const Row& r : rows) {
      if (r.kind == RowKind::Greenlet) greenlet_mid_[r.greenlet] = ry + r.height * 0.5f;
      else if (r.kind != RowKind::TasksMore && r.track < row_mid_.size()) row_mid_[r.track] = ry + r.height * 0.5f;
      placed_.push_back({kKinds[static_cast<int>(r.kind)], r.track, ry, r.height, r.greenlet});
      ry += r.height;
    }
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 clip_min = ImGui::GetWindowPos();
  const float clip_bottom = clip_min.y + ImGui::GetWindowHeight();
  items_drawn_ = 0;
  arrows_drawn_ = 0;
  float y = top.y;
  const bool hovered = ImGui::IsItemHovered() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f);
  // A click (a press and release that did not drag) on a thread's row selects it.
  const bool clicked = ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                       ImGui::GetIO().MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 9.0f;
  uint32_t hovered_task = kNone;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool mouse_in_row = mouse.y >= y && mouse.y < y + row.height;
    if (row.kind == RowKind::Task && hovered && mouse_in_row && mouse.x >= x0) hovered_task = row.track;
    if (y + row.height >= clip_min.y && y <= clip_bottom) {
      if (i % 2) dl->AddRectFilled(ImVec2(top.x, y), ImVec2(x0 + lane_width, y + row.height), IM_COL32(255, 255, 255, 8));
      if (row.kind == RowKind::Thread) {
        const uint32_t thread = thread_of_track(run, row.track);
        if (thread == selected_thread_ && selected_task_ == kNone)
          dl->AddRectFilled(ImVec2(top.x, y), ImVec2(x0 - 4, y + row.height), IM_COL32(255, 255, 255, 28));
        if (clicked && mouse_in_row) clicked_thread_ = thread;
      } else if (row.kind == RowKind::Task) {
        if (row.track == selected_task_)
          dl->AddRectFilled(ImVec2(top.x, y), ImVec2(x0 + lane_width, y + row.height), IM_COL32(255, 255, 255, 22));
        if (clicked && mouse_in_row) clicked_task_ = row.track;
      } else if (row.kind == RowKind::Loop) {
        // The loop's label folds and unfolds its tasks.
        if (clicked && mouse_in_row && mouse.x < x0) loop_folded_[row.loop] ^= 1;
      } else if (row.kind == RowKind::TasksMore) {
        if (clicked && mouse_in_row) loop_all_[row.loop] ^= 1;
      }
      Hover hover;
      hover.inside = hovered && mouse_in_row && mouse.x >= x0;
      hover.mouse_x = mouse.x;
      draw_row(run, index, row, x0, y, lane_width, ns_per_px, end, &hover);
      // A greenlet switch's arrow under the mouse (found last frame) has the tooltip.
      const bool on_switch = row.kind == RowKind::Greenlet && hovered_switch_ != kNone;
      if ((hover.on_span || hover.on_mark || hover.on_chart) && !on_switch) draw_tooltip(run, index, row, hover);
    }
    y += row.height;
  }
  // Who woke the hovered (else the selected) task, and whom it woke.
  const uint32_t focus = hovered_task != kNone ? hovered_task : selected_task_;
  if (focus != kNone) draw_flows(run, index, focus, x0, lane_width, ns_per_px);
  // Greenlet switches: always drawn (a program has few greenlets, and the
  // arrows are the story); hovering one says which line switched.
  hovered_switch_ = kNone;
  if (!index.greenlets().empty()) {
    draw_switches(run, index, x0, lane_width, ns_per_px, hovered, &hovered_switch_);
    if (hovered_switch_ != kNone) draw_switch_tooltip(run, index, hovered_switch_);
  }
  // A guide under the mouse, with its time on the axis.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (hovered && mouse.x >= x0 && mouse.x <= x0 + lane_width) {
    dl->AddLine(ImVec2(mouse.x, clip_min.y), ImVec2(mouse.x, clip_bottom), IM_COL32(255, 255, 255, 60));
    const std::string at = format_duration(static_cast<uint64_t>(std::max(0.0, t0_ + (mouse.x - x0) * ns_per_px)));
    const ImVec2 size = ImGui::CalcTextSize(at.c_str());
    const ImVec2 p(std::min(mouse.x + 4, x0 + lane_width - size.x - 4), origin.y + 1);
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    fg->AddRectFilled(ImVec2(p.x - 3, p.y), ImVec2(p.x + size.x + 3, p.y + size.y), IM_COL32(40, 40, 48, 240), 3.0f);
    fg->AddText(p, IM_COL32(255, 255, 255, 255), at.c_str());
  }
  // The scrubbed moment the panels show.
  if (cursor_ >= 0) {
    const float cx = x0 + static_cast<float>((static_cast<double>(cursor_) - t0_) / ns_per_px);
    if (cx >= x0 && cx <= x0 + lane_width) {
      const ImU32 amber = IM_COL32(255, 200, 70, 230);
      dl->AddLine(ImVec2(cx, clip_min.y), ImVec2(cx, clip_bottom), amber, 1.5f);
      ImDrawList* fg = ImGui::GetForegroundDrawList();
      fg->AddRectFilled(ImVec2(cx - 4, origin.y + 2), ImVec2(cx + 4, origin.y + kAxisHeight - 2), amber, 2.0f);
    }
  }
  // The current simulated time.
  const float now_x = x0 + static_cast<float>((static_cast<double>(run.clock_ns()) - t0_) / ns_per_px);
  if (now_x >= x0 && now_x <= x0 + lane_width) {
    dl->AddLine(ImVec2(now_x, clip_min.y), ImVec2(now_x, clip_bottom), IM_COL32(255, 90, 90, 220), 1.5f);
    ImGui::GetForegroundDrawList()->AddTriangleFilled(ImVec2(now_x - 5, origin.y + kAxisHeight - 7),
                                                      ImVec2(now_x + 5, origin.y + kAxisHeight - 7),
                                                      ImVec2(now_x, origin.y + kAxisHeight), IM_COL32(255, 90, 90, 255));
  }
  ImGui::EndChild();
}

// --- Drawing a row ------------------------------------------------------------

void TimelineView::draw_row(const ProgramRun& run, const TraceIndex& index, const Row& row, float x0, float y,
                            float lane_width, double ns_per_px, uint64_t end, Hover* hover) {
  const sim::Trace& trace = run.machine().trace();
  const sim::Track& track = trace.tracks()[row.track];
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line_h = ImGui::GetTextLineHeight();

  // The label.
  std::string label;
  uint32_t thread_of_row = kNone;
  float label_x = x0 - kLabelWidth + 6;
  ImU32 label_color = ImGui::GetColorU32(row.kind == RowKind::Core ? ImGuiCol_TextDisabled : ImGuiCol_Text);
  float label_y = y + (row.height - line_h) * 0.5f;
  switch (row.kind) {
    case RowKind::Core: label = std::string(tr(Text::Core)) + " " + std::to_string(track.tid); break;
    case RowKind::Gil: label = "GIL"; break;
    case RowKind::Lock: label = track.name.rfind("Lock ", 0) == 0 ? track.name.substr(5) : track.name; break;
    case RowKind::Thread:
      label = track.name;
      thread_of_row = thread_of_track(run, row.track);
      break;
    case RowKind::Loop: {
      const bool folded = loop_folded_[row.loop];
      label = std::string(folded ? "▸ " : "▾ ") + track.name;
      label_y = y + 2;
      const LoopView& loop = index.loops()[row.loop];
      const std::string sub = count_tasks(loop.tasks.size());
      const ImVec4 clip(x0 - kLabelWidth, y, x0 - 4, y + row.height);
      dl->AddText(nullptr, 0.0f, ImVec2(label_x + 14, y + row.height - line_h - 2),
                  ImGui::GetColorU32(ImGuiCol_TextDisabled), sub.c_str(), nullptr, 0.0f, &clip);
      break;
    }
    case RowKind::Task: {
      label = track.name;
      label_x += 14;
      dl->AddRectFilled(ImVec2(label_x, y + row.height * 0.5f - 3), ImVec2(label_x + 6, y + row.height * 0.5f + 3),
                        task_color(index, row.track), 1.0f);
      label_x += 10;
      break;
    }
    case RowKind::Greenlet: {
      const GreenletView& g = index.greenlets()[row.greenlet];
      label = greenlet_label(trace, g);
      label_x += 14;
      // A small diamond: a greenlet lives inside its thread.
      const float cx = label_x + 3, cy = y + row.height * 0.5f;
      dl->AddQuadFilled(ImVec2(cx, cy - 4), ImVec2(cx + 4, cy), ImVec2(cx, cy + 4), ImVec2(cx - 4, cy),
                        greenlet_color(kGreenletRunning));
      label_x += 10;
      break;
    }
    case RowKind::TasksMore: {
      label_x += 14;
      label = std::string(row.hidden ? "▸ " : "▴ ") +
              (row.hidden ? std::string(tr(Text::TasksMore)) + " " + std::to_string(row.hidden)
                          : std::string(tr(Text::ShowFewer)));
      label_color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
      if (row.hidden) {
        const std::string hint = std::string("(") + tr(Text::ShowAll) + ")";
        dl->AddText(ImVec2(x0 + 6, y + (row.height - line_h) * 0.5f), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                    hint.c_str());
      }
      break;
    }
  }
  if (thread_of_row != kNone) {
    dl->AddRectFilled(ImVec2(label_x, y + row.height * 0.5f - 4), ImVec2(label_x + 8, y + row.height * 0.5f + 4),
                      thread_color(thread_of_row), 2.0f);
    label_x += 12;
  }
  const ImVec4 label_clip(x0 - kLabelWidth, y, x0 - 4, y + row.height);
  dl->AddText(nullptr, 0.0f, ImVec2(label_x, label_y), label_color, label.c_str(), nullptr, 0.0f, &label_clip);
  if (row.kind == RowKind::TasksMore) return;

  const uint64_t v0 = t0_ <= 0 ? 0 : static_cast<uint64_t>(t0_);
  const double v1d = t0_ + width_;
  if (v1d <= 0) return;
  const uint64_t v1 = static_cast<uint64_t>(v1d) + 1;
  // A loop's row draws which task runs (its own edges, derived by the index).
  const TrackIndex& ti = row.kind == RowKind::Loop       ? index.loops()[row.loop].running
                        : row.kind == RowKind::Greenlet ? index.greenlets()[row.greenlet].states
                                                        : index.track(row.track);
  const auto x_of = [&](uint64_t t) {
    return x0 + static_cast<float>(std::clamp((static_cast<double>(t) - t0_) / ns_per_px, -2.0, lane_width + 2.0));
  };

  if (row.kind == RowKind::Greenlet && greenlet_items_.size() <= row.greenlet) greenlet_items_.resize(row.greenlet + 1);
  if (row.kind != RowKind::Greenlet && row_items_.size() <= row.track) row_items_.resize(row.track + 1);
  RowItems& items = row.kind == RowKind::Greenlet ? greenlet_items_[row.greenlet] : row_items_[row.track];
  const size_t records = trace.records().size();
  if (items.t0 != t0_ || items.width != width_ || items.lane_width != lane_width || items.records != records ||
      items.end != end) {
    items.t0 = t0_;
    items.width = width_;
    items.lane_width = lane_width;
    items.records = records;
    items.end = end;
    items.spans.clear();
    items.marks.clear();
    collect_spans(ti, v0, v1, end, static_cast<uint64_t>(std::ceil(kMinSpanPx * ns_per_px)),
                  static_cast<uint64_t>(std::ceil(kMaxFoldPx * ns_per_px)), &items.spans);
    collect_marks(ti, v0, v1, static_cast<uint64_t>(std::ceil(kMinMarkPx * ns_per_px)), &items.marks);
    if (row.kind == RowKind::Loop) fill_loop_chart(trace, index.loops()[row.loop], lane_width, ns_per_px, &items);
  }

  // Spans.
  float span_top = y + (row.kind == RowKind::Core ? 2.0f : 3.0f);
  float span_bottom = y + row.height - (row.kind == RowKind::Core ? 2.0f : 3.0f);
  if (row.kind == RowKind::Loop) {
    span_top = y + 2.0f;
    span_bottom = y + 17.0f;
  }
  auto color_of = [&](uint32_t value) {
    switch (row.kind) {
      case RowKind::Thread: return state_color(static_cast<ThreadState>(value));
      case RowKind::Task: return task_state_color(static_cast<TaskState>(value));
      case RowKind::Loop: return task_color(index, value);
      case RowKind::Greenlet: return greenlet_color(value);
      default: return thread_color(value);
    }
  };
  for (const SpanItem& s : items.spans) {
    const Record& r = trace.records()[s.record];
    const uint32_t value = ti.edge_values[s.first];
    if (value == kNone && s.count == 1) continue;  // idle, free or finished: nothing to draw
    float xa = x_of(s.t0), xb = x_of(s.t1);
    if (xb - xa < 1.0f) xb = xa + 1.0f;
    ++items_drawn_;
    if (s.count > 1 && row.kind == RowKind::Loop) {
      // A loop's fold: how busy it was (the share of the time it ran task
      // steps, exact), at least 2 px when it ran at all.
      const LoopView& loop = index.loops()[row.loop];
      const double busy = static_cast<double>(index.busy_until(loop, s.t1) - index.busy_until(loop, s.t0)) /
                          static_cast<double>(std::max<uint64_t>(s.t1 - s.t0, 1));
      const float h = busy > 0 ? std::max(2.0f, static_cast<float>(busy) * (span_bottom - span_top)) : 0.0f;
      if (h > 0)
        dl->AddRectFilled(ImVec2(xa, span_bottom - h), ImVec2(xb, span_bottom),
                          with_alpha(task_state_color(TaskState::Running), 225));
    } else if (s.count > 1) {
      // A fold: a little stacked bar of where its time went, the largest
      // share at the bottom; idle / free / done time stays empty.
      float bottom = span_bottom;
      const float height = span_bottom - span_top;
      // A loop's steps are microseconds in seconds of waiting: on its row (and
      // a task's) any running share keeps at least 2 px so it stays visible.
      const bool keep_visible = row.kind == RowKind::Loop || row.kind == RowKind::Task || row.kind == RowKind::Greenlet;
      for (int m = 0; m < SpanItem::kMix; ++m) {
        if (s.shares[m] <= 0) break;
        float h = height * s.shares[m];
        if (keep_visible && s.values[m] != kNone) h = std::max(h, 2.0f);
        if (s.values[m] != kNone)
          dl->AddRectFilled(ImVec2(xa, bottom - h), ImVec2(xb, bottom), with_alpha(color_of(s.values[m]), 225));
        bottom -= h;
      }
    } else {
      dl->AddRectFilled(ImVec2(xa, span_top), ImVec2(xb, span_bottom), color_of(value), 2.0f);
    }
    if (s.count == 1 && xb - xa > 30.0f && value != kNone) {
      // The span's own words, clipped to it: a state (with its reason) on a
      // thread's or task's row, the task's name on a loop's, the thread's
      // name on the others.
      std::string text;
      if (row.kind == RowKind::Thread) {
        text = state_text(static_cast<ThreadState>(value));
        if (r.b) text += ": " + trace.text(r.b);
      } else if (row.kind == RowKind::Task) {
        text = task_state_text(static_cast<TaskState>(value));
        if (r.b) text += ": " + trace.text(r.b);
      } else if (row.kind == RowKind::Loop) {
        text = track_name(trace, value);
      } else if (row.kind == RowKind::Greenlet) {
        // Suspended: where it waits, the code of its own switch ("gr2.switch()"),
        // which is also what made the arrow at the span's start.
        text = value == kGreenletRunning ? tr(Text::GreenletRunning) : tr(Text::GreenletSuspendedShort);
        if (value == kGreenletSuspended && r.kind == Ev::GreenletSwitch && r.c > 0) {
          const std::string code = run.line_text(r.c);
          if (!code.empty()) text = "‖ " + code;
        }
      } else {
        text = thread_name(trace, value);
      }
      const float tx = std::max(xa, x0) + 3;
      const ImVec4 clip(tx, span_top, std::min(xb, x0 + lane_width) - 2, span_bottom);
      dl->AddText(nullptr, 0.0f, ImVec2(tx, (span_top + span_bottom - line_h) * 0.5f), IM_COL32(255, 255, 255, 235),
                  text.c_str(), nullptr, 0.0f, &clip);
    }
    if (hover->inside && hover->mouse_x >= xa && hover->mouse_x < std::max(xb, xa + 2.0f) &&
        (value != kNone || s.count > 1) && ImGui::GetIO().MousePos.y < span_bottom + 1) {
      hover->on_span = true;
      hover->span = s;
    }
  }
  if (row.kind == RowKind::Loop) draw_loop_chart(items, x0, y, row.height, lane_width, hover);

  // Marks: output lines, GIL drop requests, lock waits, the ends of tasks.
  for (const MarkItem& m : items.marks) {
    const Record& r = trace.records()[m.record];
    const float x = x_of(m.time);
    ++items_drawn_;
    if (r.kind == Ev::TaskState) {
      const auto state = static_cast<TaskState>(r.a);
      const float mid = y + row.height * 0.5f;
      if (state == TaskState::Done)
        dl->AddRectFilled(ImVec2(x - 1, y + 4), ImVec2(x + 1, y + row.height - 4), task_state_color(state));
      else
        draw_cross(dl, x, mid, 3.5f, task_state_color(state));
      if (hover->inside && std::fabs(hover->mouse_x - x) <= 4.0f) {
        hover->on_mark = true;
        hover->on_span = false;
        hover->mark = m;
      }
      continue;
    }
    ImU32 color = IM_COL32(235, 235, 235, 230);
    if (r.kind == Ev::Output && r.a) color = IM_COL32(255, 110, 100, 255);
    if (r.kind == Ev::GilDropRequest) color = IM_COL32(255, 70, 70, 255);
    if (r.kind == Ev::LockWait) color = IM_COL32(255, 210, 80, 255);
    if (r.kind == Ev::LockTimeout) color = IM_COL32(255, 150, 60, 255);
    dl->AddTriangleFilled(ImVec2(x - 3.5f, y), ImVec2(x + 3.5f, y), ImVec2(x, y + 6.5f), color);
    if (hover->inside && std::fabs(hover->mouse_x - x) <= 4.0f && ImGui::GetIO().MousePos.y < y + row.height * 0.6f) {
      hover->on_mark = true;
      hover->mark = m;
    }
  }
}

// --- Loop chart -----------------------------------------------------------------

// One column per pixel: the most callbacks ready and timers pending at any
// pass that began in it (range maxima: O(log n) a column), or, between
// passes, the values of the last one (drawn fainter: nothing happened).
void TimelineView::fill_loop_chart(const sim::Trace& trace, const LoopView& loop, float lane_width,
                                   double ns_per_px, RowItems* items) const {
  const auto columns = static_cast<size_t>(std::ceil(lane_width));
  items->chart.assign(columns, ChartColumn{});
  items->chart_max = 1;
  items->chart_max_timers = 1;
  const std::vector<uint64_t>& times = loop.pass_times;
  if (times.empty()) return;
  // The loop is in use up to its last pass or the end of the last step it ran.
  uint64_t last = times.back();
  if (!loop.running.edge_times.empty()) last = std::max(last, loop.running.edge_times.back());
  size_t pos = 0;
  for (size_t c = 0; c < columns; ++c) {
    const double ta = t0_ + static_cast<double>(c) * ns_per_px, tb = ta + ns_per_px;
    if (tb <= 0) continue;
    const uint64_t ua = ta <= 0 ? 0 : static_cast<uint64_t>(ta), ub = static_cast<uint64_t>(tb);
    const size_t i = seek(times, pos, ua, false);
    const size_t j = seek(times, i, ub, false);
    ChartColumn& col = items->chart[c];
    if (j > i) {
      col.ready = loop.ready.max(i, j);
      col.timers = loop.timers.max(i, j);
      col.pass = col.live = true;
    } else if (i > 0 && ua <= last) {
      const Record& r = trace.records()[loop.passes[i - 1]];
      col.ready = r.a;
      col.timers = r.b;
      col.live = true;
    }
    items->chart_max = std::max(items->chart_max, col.ready);
    items->chart_max_timers = std::max(items->chart_max_timers, col.timers);
    pos = j;
  }
}

void TimelineView::draw_loop_chart(const RowItems& items, float x0, float y, float height, float lane_width,
                                   Hover* hover) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float bottom = y + height - 2.0f, top = y + 19.0f;
  // Each on its own scale (the tooltip says the numbers): a thousand timers
  // would flatten a queue of ten.
  const float scale = (bottom - top) / static_cast<float>(items.chart_max);
  const float tscale = (bottom - top) / static_cast<float>(items.chart_max_timers);
  const size_t n = items.chart.size();
  const float hover_x = hover->mouse_x - x0;
  const bool over = hover->inside && ImGui::GetIO().MousePos.y >= top - 1;
  // Runs of equal columns become one rectangle and one line segment.
  for (size_t c = 0; c < n;) {
    const ChartColumn& col = items.chart[c];
    size_t e = c + 1;
    while (e < n && items.chart[e].ready == col.ready && items.chart[e].timers == col.timers &&
           items.chart[e].pass == col.pass && items.chart[e].live == col.live)
      ++e;
    if (col.live) {
      const float xa = x0 + static_cast<float>(c), xb = std::min(x0 + static_cast<float>(e), x0 + lane_width);
      if (col.ready)
        dl->AddRectFilled(ImVec2(xa, bottom - scale * static_cast<float>(col.ready)), ImVec2(xb, bottom),
                          with_alpha(loop_ready_color(), col.pass ? 235 : 80));
      const float ty = bottom - tscale * static_cast<float>(col.timers) - 0.5f;
      dl->AddLine(ImVec2(xa, ty), ImVec2(xb, ty), with_alpha(loop_timers_color(), col.pass ? 255 : 130), 1.5f);
      // The step to the next run's level.
      if (e < n && items.chart[e].live) {
        const float ny = bottom - tscale * static_cast<float>(items.chart[e].timers) - 0.5f;
        dl->AddLine(ImVec2(xb, ty), ImVec2(xb, ny), with_alpha(loop_timers_color(), 160), 1.0f);
      }
      ++items_drawn_;
    }
    if (over && hover_x >= static_cast<float>(c) && hover_x < static_cast<float>(e) && !hover->on_span) {
      hover->on_chart = true;
      hover->column = static_cast<uint32_t>(std::floor(hover_x));
    }
    c = e;
  }
}

// --- Flows ----------------------------------------------------------------------

// Arrows for [task]'s wakes in view: from whoever resolved the future it
// waited on (a task, or the loop's thread running a callback) at that
// moment, to where the woken task next ran. Incoming and outgoing wakes
// alike; arrows closer than a few pixels to the previous one are skipped,
// so a task that polls a thousand times does not paint the lane solid.
void TimelineView::draw_flows(const ProgramRun& run, const TraceIndex& index, uint32_t task, float x0,
                              float lane_width, double ns_per_px) {
  const sim::Trace& trace = run.machine().trace();
  const TrackIndex& ti = index.track(task);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const uint64_t v0 = t0_ <= 0 ? 0 : static_cast<uint64_t>(t0_);
  const double v1d = t0_ + width_;
  if (v1d <= 0) return;
  const uint64_t v1 = static_cast<uint64_t>(v1d) + 1;
  auto x_of = [&](uint64_t t) { return x0 + static_cast<float>((static_cast<double>(t) - t0_) / ns_per_px); };
  // The middle of a track's row, or of its loop's row when the task row is hidden.
  auto mid_of = [&](uint32_t track) -> float {
    if (track >= row_mid_.size()) return -1.0f;
    if (row_mid_[track] >= 0) return row_mid_[track];
    if (const TaskView* t = index.task_of_track(track); t && t->loop != kNone) {
      const uint32_t loop_track = index.loops()[t->loop].track;
      return loop_track < row_mid_.size() ? row_mid_[loop_track] : -1.0f;
    }
    return -1.0f;
  };
  constexpr int kMaxArrows = 400;
  auto draw_set = [&](const std::vector<uint32_t>& wakes, const std::vector<uint64_t>& times, bool incoming) {
    float last_x = -1e9f;
    for (size_t i = seek(times, 0, v0, false); i < times.size() && times[i] < v1; ++i) {
      if (arrows_drawn_ >= kMaxArrows) return;
      const float xs = x_of(times[i]);
      if (xs - last_x < 3.0f) continue;
      const Record& w = trace.records()[wakes[i]];
      const uint32_t from = index.wake_resolver(trace, wakes[i]);
      // An outgoing wake the trace credits to [task] but the check did not.
      if (from == kNone || (!incoming && from != task)) continue;
      const float ys = mid_of(from), yd = mid_of(w.track);
      if (ys < 0 || yd < 0) continue;
      // The woken task's next step: where the arrow lands.
      const TrackIndex& woken = index.track(w.track);
      uint64_t ran = w.time;
      for (size_t k = seek(woken.edge_times, 0, w.time, false); k < woken.edge_times.size(); ++k) {
        if (woken.edge_values[k] == static_cast<uint32_t>(TaskState::Running)) {
          ran = woken.edge_times[k];
          break;
        }
        if (woken.edge_values[k] == kNone) break;
      }
      const float xd = std::min(x_of(ran), x0 + lane_width + 40.0f);
      last_x = xs;
      const ImU32 color = incoming ? IM_COL32(255, 255, 255, 220) : IM_COL32(120, 220, 255, 220);
      // A curve leaving to the right; when both ends are (nearly) at one
      // instant, a straight line: at this moment, this one woke that one.
      const ImVec2 p0(xs, ys), p3(xd, yd);
      const bool straight = xd - xs < 24.0f;
      ImVec2 c1 = p0, c2 = p0;
      if (!straight) {
        const float bend = std::min((xd - xs) * 0.5f, 60.0f);
        c1 = ImVec2(xs + bend, ys);
        c2 = ImVec2(xd - bend, yd);
      }
      // The head points along the curve's last stretch.
      float dx = p3.x - c2.x, dy = p3.y - c2.y;
      const float len = std::max(std::sqrt(dx * dx + dy * dy), 1e-3f);
      dx /= len;
      dy /= len;
      const ImVec2 base(p3.x - dx * 6.0f, p3.y - dy * 6.0f);
      dl->AddCircleFilled(p0, 2.5f, color);
      if (straight) dl->AddLine(p0, base, color, 1.5f);
      else dl->AddBezierCubic(p0, c1, c2, base, color, 1.5f);
      dl->AddTriangleFilled(p3, ImVec2(base.x - dy * 3.5f, base.y + dx * 3.5f),
                            ImVec2(base.x + dy * 3.5f, base.y - dx * 3.5f), color);
      ++arrows_drawn_;
    }
  };
  draw_set(ti.wakes_in, ti.wake_in_times, true);
  draw_set(ti.wakes_out, ti.wake_out_times, false);
}

// --- Greenlet switches ------------------------------------------------------------

// Each switch in view is a vertical arrow at its moment, from the row of the
// greenlet that gave up control to the row of the one that took it (both
// under the same thread: greenlets never change threads). Switches closer
// than 5 px to the previous one are skipped, so a ping-pong of a million
// switches does not paint the lane solid.
void TimelineView::draw_switches(const ProgramRun& run, const TraceIndex& index, float x0, float lane_width,
                                 double ns_per_px, bool mouse_in_lanes, uint32_t* hovered) {
  const sim::Trace& trace = run.machine().trace();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const uint64_t v0 = t0_ <= 0 ? 0 : static_cast<uint64_t>(t0_);
  const double v1d = t0_ + width_;
  if (v1d <= 0) return;
  const uint64_t v1 = static_cast<uint64_t>(v1d) + 1;
  auto x_of = [&](uint64_t t) { return x0 + static_cast<float>((static_cast<double>(t) - t0_) / ns_per_px); };
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const ImU32 color = greenlet_switch_color();
  const float line_h = ImGui::GetTextLineHeight();
  constexpr int kMaxArrows = 2000;
  float best = 5.0f;  // the hovered arrow: the nearest within 5 px
  for (uint32_t track = 0; track < index.track_count(); ++track) {
    const TrackIndex& t = index.track(track);
    if (t.switches.empty()) continue;
    const uint64_t gap = std::max<uint64_t>(1, static_cast<uint64_t>(std::ceil(5.0 * ns_per_px)));
    size_t next = seek(t.switch_times, 0, v0, false);
    while (next < t.switch_times.size() && t.switch_times[next] < v1) {
      if (arrows_drawn_ >= kMaxArrows) return;
      // This switch, then the first one at least 3 px to its right.
      const size_t i = next;
      next = seek(t.switch_times, i + 1, t.switch_times[i] + gap, false);
      const float x = x_of(t.switch_times[i]);
      const Record& r = trace.records()[t.switches[i]];
      const uint32_t from = index.greenlet_of(track, r.a), to = index.greenlet_of(track, r.b);
      if (from == kNone || to == kNone) continue;
      const float ys = greenlet_mid_[from], yd = greenlet_mid_[to];
      if (ys < 0 || yd < 0) continue;
      const float dir = yd > ys ? 1.0f : -1.0f;
      const ImVec2 tip(x, yd - dir * 5.0f);  // stops at the target span's edge
      const ImVec2 base(x, tip.y - dir * 6.0f);
      dl->AddCircleFilled(ImVec2(x, ys), 3.0f, color);
      dl->AddLine(ImVec2(x, ys), base, color, 2.0f);
      dl->AddTriangleFilled(tip, ImVec2(x - 4.5f, base.y), ImVec2(x + 4.5f, base.y), color);
      ++arrows_drawn_;
      // A switch is labelled by the span it begins on the origin's row
      // ("suspended: gr2.switch()"); an end has no such span, so its words
      // go there instead, if they fit before the next switch.
      if (r.a8 & sim::kGreenletEnded) {
        const std::string label = std::string("↩ ") + tr(Text::GreenletEndShort);
        const float next_x = i + 1 < t.switch_times.size() ? x_of(t.switch_times[i + 1]) : x0 + lane_width;
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        if (x >= x0 && w <= std::min(next_x, x0 + lane_width) - x - 6.0f)
          dl->AddText(ImVec2(x + 5.0f, ys - line_h * 0.5f), color, label.c_str());
      }
      if (mouse_in_lanes) {
        const float lo = std::min(ys, yd) - 3.0f, hi = std::max(ys, yd) + 3.0f;
        const float d = std::fabs(mouse.x - x);
        if (mouse.y >= lo && mouse.y <= hi && d < best) {
          best = d;
          *hovered = t.switches[i];
        }
      }
    }
  }
}

void TimelineView::draw_switch_tooltip(const ProgramRun& run, const TraceIndex& index, uint32_t record) const {
  const sim::Trace& trace = run.machine().trace();
  const Record& r = trace.records()[record];
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
  const std::string from = greenlet_label(trace, index, r.track, r.a), to = greenlet_label(trace, index, r.track, r.b);
  if (r.a8 & sim::kGreenletEnded) {
    ImGui::Text("%s %s", from.c_str(), tr(Text::GreenletEnded));
    ImGui::Text("→ %s", to.c_str());
  } else {
    ImGui::Text("%s %s %s", from.c_str(), tr(r.a8 & sim::kGreenletThrow ? Text::GreenletThrew : Text::GreenletSwitched),
                to.c_str());
  }
  if (r.c > 0) {
    const std::string code = run.line_text(r.c);
    ImGui::Text("%s %d: %s", tr(Text::GreenletSwitchLine), r.c, code.c_str());
  }
  ImGui::TextDisabled("%s %s · %s", tr(Text::GreenletOf), trace.tracks()[r.track].name.c_str(),
                      format_duration(r.time).c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// --- Tooltips -----------------------------------------------------------------

void TimelineView::draw_tooltip(const ProgramRun& run, const TraceIndex& index, const Row& row,
                                const Hover& hover) const {
  const sim::Trace& trace = run.machine().trace();
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
  if (hover.on_mark) {
    const Record& r = trace.records()[hover.mark.record];
    const std::string& who = thread_name(trace, r.a);
    switch (r.kind) {
      case Ev::Output: {
        std::string text = trace.text(r.b);
        while (!text.empty() && text.back() == '\n') text.pop_back();
        if (text.size() > 200) text = text.substr(0, 200) + "…";
        ImGui::Text("%s: %s", tr(Text::Output), trace.tracks()[row.track].name.c_str());
        ImGui::TextUnformatted(text.c_str());
        break;
      }
      case Ev::GilDropRequest:
        ImGui::Text("%s %s %s", who.c_str(), tr(Text::DropRequest), thread_name(trace, static_cast<uint32_t>(r.c)).c_str());
        break;
      case Ev::LockWait: ImGui::Text("%s %s", who.c_str(), tr(Text::LockWaits)); break;
      case Ev::LockTimeout: ImGui::Text("%s %s", who.c_str(), tr(Text::LockGaveUp)); break;
      case Ev::TaskState:
        ImGui::Text("%s: %s", trace.tracks()[row.track].name.c_str(), task_state_text(static_cast<TaskState>(r.a)));
        break;
      default: break;
    }
    ImGui::TextDisabled("%s", format_duration(r.time).c_str());
    if (hover.mark.count > 1) ImGui::TextDisabled("+%u %s", hover.mark.count - 1, tr(Text::MarksNearby));
  } else if (hover.on_chart) {
    const LoopView& loop = index.loops()[row.loop];
    const RowItems& items = row_items_[row.track];
    const ChartColumn& col = items.chart[std::min<size_t>(hover.column, items.chart.size() - 1)];
    ImGui::Text("%s · %s", trace.tracks()[row.track].name.c_str(), loop_thread_name(trace, loop).c_str());
    if (!col.live) {
      ImGui::TextUnformatted(tr(Text::LoopNoPass));
    } else {
      ImGui::Text("%s: %u", tr(Text::ReadyCallbacks), col.ready);
      ImGui::Text("%s: %u", tr(Text::PendingTimers), col.timers);
      if (!col.pass) ImGui::TextDisabled("%s", tr(Text::LoopNoPassHere));
    }
    ImGui::TextDisabled("%s: %u / %u", tr(Text::MaxInView), items.chart_max, items.chart_max_timers);
    ImGui::TextDisabled("%s", tr(Text::LoopChartTip));
  } else {
    const SpanItem& s = hover.span;
    const Record& r = trace.records()[s.record];
    const TrackIndex& ti = row.kind == RowKind::Loop       ? index.loops()[row.loop].running
                          : row.kind == RowKind::Greenlet ? index.greenlets()[row.greenlet].states
                                                          : index.track(row.track);
    const uint32_t value = ti.edge_values[s.first];
    if (s.count > 1 && row.kind == RowKind::Loop) {
      const LoopView& loop = index.loops()[row.loop];
      const double busy = static_cast<double>(index.busy_until(loop, s.t1) - index.busy_until(loop, s.t0)) /
                          static_cast<double>(std::max<uint64_t>(s.t1 - s.t0, 1));
      ImGui::Text("%u %s", s.count, tr(Text::FoldedChanges));
      ImGui::Text("%s: %.1f%%", tr(Text::LoopBusy), busy * 100.0);
      ImGui::TextDisabled("%s", tr(Text::ZoomIn));
    } else if (s.count > 1) {
      ImGui::Text("%u %s", s.count, tr(Text::FoldedChanges));
      for (int m = 0; m < SpanItem::kMix && s.shares[m] > 0; ++m) {
        const uint32_t v = s.values[m];
        const char* what = nullptr;
        switch (row.kind) {
          case RowKind::Thread: what = v != kNone ? state_text(static_cast<ThreadState>(v)) : state_text(ThreadState::Done); break;
          case RowKind::Task: what = v != kNone ? task_state_text(static_cast<TaskState>(v)) : tr(Text::TaskDone); break;
          case RowKind::Loop: what = v != kNone ? track_name(trace, v).c_str() : tr(Text::LoopBetweenSteps); break;
          case RowKind::Core: what = v != kNone ? thread_name(trace, v).c_str() : tr(Text::CoreIdle); break;
          case RowKind::Greenlet:
            what = v == kGreenletRunning ? tr(Text::GreenletRunning) : v == kGreenletSuspended ? tr(Text::GreenletSuspendedShort) : tr(Text::GreenletEndShort);
            break;
          default: what = v != kNone ? thread_name(trace, v).c_str() : tr(Text::LockFree); break;
        }
        ImGui::Text("  %3.0f%%  %s", s.shares[m] * 100.0f, what);
      }
      ImGui::TextDisabled("%s", tr(Text::ZoomIn));
    } else {
      switch (row.kind) {
        case RowKind::Thread: {
          const auto state = static_cast<ThreadState>(value);
          ImGui::Text("%s: %s", tr(Text::Thread), trace.tracks()[row.track].name.c_str());
          ImGui::Text("%s: %s", tr(Text::State), state_text(state));
          if (r.b) ImGui::Text("%s: %s", tr(Text::Reason), trace.text(r.b).c_str());
          if (state == ThreadState::Running && r.c >= 0) ImGui::Text("%s: %d", tr(Text::Core), r.c);
          break;
        }
        case RowKind::Task: {
          const auto state = static_cast<TaskState>(value);
          ImGui::Text("%s: %s", tr(Text::Task), trace.tracks()[row.track].name.c_str());
          ImGui::Text("%s: %s", tr(Text::State), task_state_text(state));
          if (r.b) ImGui::Text("%s: %s", tr(Text::Awaits), trace.text(r.b).c_str());
          // Who woke it, when this span is the ready time after a wake.
          const TrackIndex& own = index.track(row.track);
          const size_t w = seek(own.wake_in_times, 0, s.t0, false);
          if (state == TaskState::Ready && w < own.wake_in_times.size() && own.wake_in_times[w] == s.t0) {
            const uint32_t from = index.wake_resolver(trace, own.wakes_in[w]);
            if (from != kNone) ImGui::Text("%s: %s", tr(Text::WokenBy), track_name(trace, from).c_str());
          }
          if (row.loop != kNone) {
            const LoopView& loop = index.loops()[row.loop];
            ImGui::TextDisabled("%s · %s", trace.tracks()[loop.track].name.c_str(), loop_thread_name(trace, loop).c_str());
          }
          break;
        }
        case RowKind::Loop:
          ImGui::Text("%s %s %s", trace.tracks()[row.track].name.c_str(), tr(Text::LoopRunsTask),
                      track_name(trace, value).c_str());
          break;
        case RowKind::Core:
          ImGui::Text("%s %d %s %s", tr(Text::Core), trace.tracks()[row.track].tid, tr(Text::CoreRuns),
                      thread_name(trace, value).c_str());
          break;
        case RowKind::Gil: ImGui::Text("%s %s", tr(Text::GilHeldBy), thread_name(trace, value).c_str()); break;
        case RowKind::Lock: {
          const std::string& name = trace.tracks()[row.track].name;
          ImGui::Text("%s %s %s", name.c_str(), tr(Text::LockHeldBy), thread_name(trace, value).c_str());
          break;
        }
        case RowKind::Greenlet: {
          const GreenletView& g = index.greenlets()[row.greenlet];
          ImGui::Text("%s: %s", tr(Text::Greenlet), greenlet_label(trace, g).c_str());
          ImGui::Text("%s: %s", tr(Text::State),
                      value == kGreenletRunning ? tr(Text::GreenletRunning) : tr(Text::GreenletSuspended));
          // How it got here: the switch that began this span.
          if (r.kind == Ev::GreenletSwitch) {
            const bool gave_up = value == kGreenletSuspended;
            const std::string other = greenlet_label(trace, index, g.thread_track, gave_up ? r.b : r.a);
            const std::string code = r.c > 0 ? run.line_text(r.c) : std::string();
            if (gave_up)
              ImGui::Text("%s %s", tr(Text::GreenletSwitched), other.c_str());
            else
              ImGui::Text("%s %s %s", other.c_str(),
                          r.a8 & sim::kGreenletEnded ? tr(Text::GreenletEnded) : tr(Text::GreenletSwitched),
                          r.a8 & sim::kGreenletEnded ? "" : greenlet_label(trace, g).c_str());
            if (!code.empty()) ImGui::Text("%s %d: %s", tr(Text::GreenletSwitchLine), r.c, code.c_str());
          }
          ImGui::TextDisabled("%s %s", tr(Text::GreenletOf), trace.tracks()[row.track].name.c_str());
          break;
        }
        case RowKind::TasksMore: break;
      }
    }
    ImGui::Text("%s: %s", tr(Text::Start), format_duration(s.t0).c_str());
    ImGui::Text("%s: %s", tr(Text::Duration), format_duration(s.t1 - s.t0).c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace interleave::ui
