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
//   Tooltips       what the hovered span or mark means

namespace interleave::ui {

using sim::Ev;
using sim::Record;
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

}  // namespace

struct TimelineView::Hover {
  bool inside = false;  // the mouse is over this row's lane
  float mouse_x = 0;
  bool on_span = false, on_mark = false;
  SpanItem span{};
  MarkItem mark{};
};

void TimelineView::reset() {
  row_items_.clear();
  fit_ = true;
  follow_ = true;
  t0_ = 0;
  width_ = 1e6;
}

// --- View mode --------------------------------------------------------------

void TimelineView::draw_toolbar() {
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
  // The legend: the colours of thread states.
  for (ThreadState s : {ThreadState::Running, ThreadState::Ready, ThreadState::WaitGil, ThreadState::WaitSwitch,
                        ThreadState::Blocked}) {
    const float h = ImGui::GetTextLineHeight();
    // Wrap the legend rather than run off the area's edge.
    const float item_w = h * 0.8f + 3 + ImGui::CalcTextSize(state_text(s)).x;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + item_w > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.2f), ImVec2(p.x + h * 0.8f, p.y + h),
                                              state_color(s), 2.0f);
    ImGui::Dummy(ImVec2(h * 0.8f, h));
    ImGui::SameLine(0, 3);
    ImGui::TextUnformatted(state_text(s));
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(tr(Text::TimelineHint));
  ImGui::PopStyleColor();
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
  // Each process: its GIL, then its threads, then its locks (in creation order).
  for (sim::TrackKind kind : {sim::TrackKind::Gil, sim::TrackKind::Thread, sim::TrackKind::Lock}) {
    for (uint32_t i = 0; i < tracks.size(); ++i) {
      if (tracks[i].kind != kind) continue;
      const RowKind rk = kind == sim::TrackKind::Gil ? RowKind::Gil
                         : kind == sim::TrackKind::Thread ? RowKind::Thread : RowKind::Lock;
      if (rk == RowKind::Lock && !lock_shown(index, i)) continue;
      rows.push_back({rk, i, rk == RowKind::Thread ? 22.0f : rk == RowKind::Gil ? 20.0f : 18.0f});
    }
  }
  return rows;
}

void TimelineView::draw(const ProgramRun& run, const TraceIndex& index) {
  const sim::Trace& trace = run.machine().trace();
  draw_toolbar();
  const uint64_t end = std::max(trace.end_time(), run.clock_ns());
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float lane_width = std::max(avail.x - kLabelWidth - ImGui::GetStyle().ScrollbarSize, 50.0f);
  apply_view_mode(end, lane_width);

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float x0 = origin.x + kLabelWidth;
  // The cores group header sits in the axis row's label cell.
  char header[64];
  int cores = 0;
  for (const sim::Track& t : trace.tracks()) cores += t.kind == sim::TrackKind::Core;
  std::snprintf(header, sizeof header, "%s %s (%d)", cores_open_ ? "▾" : "▸", tr(Text::GroupCores), cores);
  if (ImGui::SmallButton(header)) cores_open_ = !cores_open_;
  ImGui::SetCursorScreenPos(origin);
  draw_axis(x0, origin.y, lane_width, width_ / lane_width);
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

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 clip_min = ImGui::GetWindowPos();
  const float clip_bottom = clip_min.y + ImGui::GetWindowHeight();
  items_drawn_ = 0;
  float y = top.y;
  const bool hovered = ImGui::IsItemHovered() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f);
  // A click (a press and release that did not drag) on a thread's row selects it.
  const bool clicked = ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                       ImGui::GetIO().MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 9.0f;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    if (y + row.height >= clip_min.y && y <= clip_bottom) {
      if (i % 2) dl->AddRectFilled(ImVec2(top.x, y), ImVec2(x0 + lane_width, y + row.height), IM_COL32(255, 255, 255, 8));
      const ImVec2 mouse = ImGui::GetIO().MousePos;
      if (row.kind == RowKind::Thread) {
        const uint32_t thread = thread_of_track(run, row.track);
        if (thread == selected_thread_)
          dl->AddRectFilled(ImVec2(top.x, y), ImVec2(x0 - 4, y + row.height), IM_COL32(255, 255, 255, 28));
        if (clicked && mouse.y >= y && mouse.y < y + row.height) clicked_thread_ = thread;
      }
      Hover hover;
      hover.inside = hovered && mouse.y >= y && mouse.y < y + row.height && mouse.x >= x0;
      hover.mouse_x = mouse.x;
      draw_row(run, index, row, x0, y, lane_width, ns_per_px, end, &hover);
      if (hover.on_span || hover.on_mark) draw_tooltip(run, row, hover);
    }
    y += row.height;
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
  switch (row.kind) {
    case RowKind::Core: label = std::string(tr(Text::Core)) + " " + std::to_string(track.tid); break;
    case RowKind::Gil: label = "GIL"; break;
    case RowKind::Lock: label = track.name.rfind("Lock ", 0) == 0 ? track.name.substr(5) : track.name; break;
    case RowKind::Thread:
      label = track.name;
      thread_of_row = thread_of_track(run, row.track);
      break;
  }
  float label_x = x0 - kLabelWidth + 6;
  if (thread_of_row != kNone) {
    dl->AddRectFilled(ImVec2(label_x, y + row.height * 0.5f - 4), ImVec2(label_x + 8, y + row.height * 0.5f + 4),
                      thread_color(thread_of_row), 2.0f);
    label_x += 12;
  }
  const ImVec4 label_clip(x0 - kLabelWidth, y, x0 - 4, y + row.height);
  dl->AddText(nullptr, 0.0f, ImVec2(label_x, y + (row.height - line_h) * 0.5f),
              ImGui::GetColorU32(row.kind == RowKind::Core ? ImGuiCol_TextDisabled : ImGuiCol_Text), label.c_str(),
              nullptr, 0.0f, &label_clip);

  const uint64_t v0 = t0_ <= 0 ? 0 : static_cast<uint64_t>(t0_);
  const double v1d = t0_ + width_;
  if (v1d <= 0) return;
  const uint64_t v1 = static_cast<uint64_t>(v1d) + 1;
  const TraceIndex::TrackIndex& ti = index.track(row.track);
  const auto x_of = [&](uint64_t t) {
    return x0 + static_cast<float>(std::clamp((static_cast<double>(t) - t0_) / ns_per_px, -2.0, lane_width + 2.0));
  };

  if (row_items_.size() <= row.track) row_items_.resize(row.track + 1);
  RowItems& items = row_items_[row.track];
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
  }

  // Spans.
  const float pad = row.kind == RowKind::Core ? 2.0f : 3.0f;
  auto color_of = [&row](uint32_t value) {
    return row.kind == RowKind::Thread ? state_color(static_cast<ThreadState>(value)) : thread_color(value);
  };
  for (const SpanItem& s : items.spans) {
    const Record& r = trace.records()[s.record];
    const uint32_t value = edge_value(r);
    if (value == kNone && s.count == 1) continue;  // idle, free or finished: nothing to draw
    float xa = x_of(s.t0), xb = x_of(s.t1);
    if (xb - xa < 1.0f) xb = xa + 1.0f;
    ++items_drawn_;
    if (s.count > 1) {
      // A fold: a little stacked bar of where its time went, the largest
      // share at the bottom; idle / free / done time stays empty.
      float bottom = y + row.height - pad;
      const float height = row.height - 2 * pad;
      for (int m = 0; m < SpanItem::kMix; ++m) {
        if (s.shares[m] <= 0) break;
        const float h = height * s.shares[m];
        if (s.values[m] != kNone)
          dl->AddRectFilled(ImVec2(xa, bottom - h), ImVec2(xb, bottom), with_alpha(color_of(s.values[m]), 225));
        bottom -= h;
      }
    } else {
      dl->AddRectFilled(ImVec2(xa, y + pad), ImVec2(xb, y + row.height - pad), color_of(value), 2.0f);
    }
    if (s.count == 1 && xb - xa > 30.0f && value != kNone) {
      // The span's own words, clipped to it: a state (with its reason) on a
      // thread's row, the thread's name on the others.
      std::string text;
      if (row.kind == RowKind::Thread) {
        text = state_text(static_cast<ThreadState>(value));
        if (r.b) text += ": " + trace.text(r.b);
      } else {
        text = thread_name(trace, value);
      }
      const float tx = std::max(xa, x0) + 3;
      const ImVec4 clip(tx, y, std::min(xb, x0 + lane_width) - 2, y + row.height);
      dl->AddText(nullptr, 0.0f, ImVec2(tx, y + (row.height - line_h) * 0.5f), IM_COL32(255, 255, 255, 235),
                  text.c_str(), nullptr, 0.0f, &clip);
    }
    if (hover->inside && hover->mouse_x >= xa && hover->mouse_x < std::max(xb, xa + 2.0f) &&
        (value != kNone || s.count > 1)) {
      hover->on_span = true;
      hover->span = s;
    }
  }

  // Marks: output lines, GIL drop requests, lock waits.
  for (const MarkItem& m : items.marks) {
    const Record& r = trace.records()[m.record];
    const float x = x_of(m.time);
    ImU32 color = IM_COL32(235, 235, 235, 230);
    if (r.kind == Ev::Output && r.a) color = IM_COL32(255, 110, 100, 255);
    if (r.kind == Ev::GilDropRequest) color = IM_COL32(255, 70, 70, 255);
    if (r.kind == Ev::LockWait) color = IM_COL32(255, 210, 80, 255);
    if (r.kind == Ev::LockTimeout) color = IM_COL32(255, 150, 60, 255);
    dl->AddTriangleFilled(ImVec2(x - 3.5f, y), ImVec2(x + 3.5f, y), ImVec2(x, y + 6.5f), color);
    ++items_drawn_;
    if (hover->inside && std::fabs(hover->mouse_x - x) <= 4.0f && ImGui::GetIO().MousePos.y < y + row.height * 0.6f) {
      hover->on_mark = true;
      hover->mark = m;
    }
  }
}

// --- Tooltips -----------------------------------------------------------------

void TimelineView::draw_tooltip(const ProgramRun& run, const Row& row, const Hover& hover) const {
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
      default: break;
    }
    ImGui::TextDisabled("%s", format_duration(r.time).c_str());
    if (hover.mark.count > 1) ImGui::TextDisabled("+%u %s", hover.mark.count - 1, tr(Text::MarksNearby));
  } else {
    const SpanItem& s = hover.span;
    const Record& r = trace.records()[s.record];
    const uint32_t value = edge_value(r);
    if (s.count > 1) {
      ImGui::Text("%u %s", s.count, tr(Text::FoldedChanges));
      for (int m = 0; m < SpanItem::kMix && s.shares[m] > 0; ++m) {
        const uint32_t v = s.values[m];
        const char* what = v != kNone && row.kind == RowKind::Thread ? state_text(static_cast<ThreadState>(v))
                           : v != kNone                        ? thread_name(trace, v).c_str()
                           : row.kind == RowKind::Thread       ? state_text(ThreadState::Done)
                           : row.kind == RowKind::Core         ? tr(Text::CoreIdle)
                                                               : tr(Text::LockFree);
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
      }
    }
    ImGui::Text("%s: %s", tr(Text::Start), format_duration(s.t0).c_str());
    ImGui::Text("%s: %s", tr(Text::Duration), format_duration(s.t1 - s.t0).c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace interleave::ui
