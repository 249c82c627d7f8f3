// The "Event loop" panel: asyncio at the moment the timeline's ruler was
// scrubbed to (or at the live end), and its part of the page's snapshot.
//
// Everything comes from the trace through TraceIndex: a loop's last pass by
// then (its ready callbacks and pending timers) and which task it runs, each
// task's state then (the edge in effect on its track) and what it awaits.
// The line a task waits at is the trace's TaskLine record just before its
// Waiting record.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app.h"
#include "json/json_writer.h"
#include "sim/machine.h"
#include "state_style.h"

namespace interleave::ui {

using sim::Ev;
using sim::Record;
using sim::TaskState;

namespace {

void swatch(ImU32 color) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.25f), ImVec2(p.x + h * 0.5f, p.y + h * 0.75f),
                                            color, 1.0f);
  ImGui::Dummy(ImVec2(h * 0.5f, h));
  ImGui::SameLine();
}

ImU32 task_swatch_color(const TraceIndex& ix, uint32_t track) {
  const TaskView* t = ix.task_of_track(track);
  return thread_color(t ? t->number + 3 : 0);  // as on the loop's row of the timeline
}

}  // namespace

uint64_t App::moment() const {
  const int64_t cursor = timeline_.cursor();
  return cursor >= 0 ? static_cast<uint64_t>(cursor) : (run_ ? run_->clock_ns() : 0);
}

void App::set_moment(int64_t ns) {
  timeline_.set_cursor(ns < 0 ? -1 : ns);
  wake();
}

bool App::select_task(std::string_view name) {
  if (name.empty()) {
    selected_task_ = kNone;
    wake();
    return true;
  }
  if (!run_) return false;
  const sim::Trace& trace = run_->machine().trace();
  for (const TaskView& t : index().tasks())
    if (trace.tracks()[t.track].name == name) {
      selected_task_ = t.track;
      scrolled_to_line_ = -1;
      wake();
      return true;
    }
  return false;
}

namespace {

// The line a task waits at: the machine writes it (Ev::TaskLine) just
// before the task's Waiting record [i].
int wait_line(const std::vector<Record>& recs, size_t i) {
  if (i > 0 && recs[i - 1].kind == Ev::TaskLine && recs[i - 1].track == recs[i].track)
    return static_cast<int>(recs[i - 1].a);
  return 0;
}

}  // namespace

// Recomputed when the moment or the trace changes: a binary search per task
// and per loop, never a walk over the trace.
const AsyncioMoment& App::asyncio_moment() const {
  const TraceIndex& ix = index();
  const uint64_t t = moment();
  const size_t records = ix.records_indexed();
  if (moment_.time == t && moment_.records == records) return moment_;
  moment_.time = t;
  moment_.records = records;
  moment_.loops.clear();
  moment_.tasks.clear();
  if (!run_) return moment_;
  const sim::Machine& m = run_->machine();
  const sim::Trace& trace = m.trace();
  const auto& recs = trace.records();
  for (uint32_t l = 0; l < ix.loops().size(); ++l) {
    const LoopView& loop = ix.loops()[l];
    LoopMoment lm;
    lm.loop = l;
    if (const size_t p = ix.pass_at(loop, t); p != SIZE_MAX) {
      lm.pass = p + 1;
      lm.ready = recs[loop.passes[p]].a;
      lm.timers = recs[loop.passes[p]].b;
    }
    if (const size_t e = ix.edge_at(loop.running, t); e != SIZE_MAX) lm.running = loop.running.edge_values[e];
    moment_.loops.push_back(lm);
  }
  std::vector<TaskMoment> ended;
  for (uint32_t l = 0; l < ix.loops().size(); ++l) {
    ended.clear();
    for (const uint32_t track : ix.loops()[l].tasks) {
      const TrackIndex& ti = ix.track(track);
      const size_t e = ix.edge_at(ti, t);
      if (e == SIZE_MAX) continue;  // not created yet
      const Record& r = recs[ti.edges[e]];
      TaskMoment tm;
      tm.track = track;
      tm.loop = l;
      tm.state = static_cast<TaskState>(r.a);
      tm.ended = is_task_end(r);
      if (tm.state == TaskState::Waiting) tm.reason = r.b;
      const bool latest = e + 1 == ti.edges.size();
      switch (tm.state) {
        case TaskState::Waiting:
          tm.line = wait_line(recs, ti.edges[e]);
          break;
        case TaskState::Ready:
          // It resumes where it last waited (a new task has not waited yet).
          if (e > 0 && recs[ti.edges[e - 1]].a == static_cast<uint32_t>(TaskState::Waiting))
            tm.line = wait_line(recs, ti.edges[e - 1]);
          break;
        case TaskState::Running:
          // The line its thread executes, known only at the live end.
          if (latest && r.c >= 0 && static_cast<size_t>(r.c) < m.threads().size() && timeline_.cursor() < 0)
            tm.line = run_->line_of(*m.threads()[static_cast<size_t>(r.c)]);
          break;
        default: break;
      }
      (tm.ended ? ended : moment_.tasks).push_back(tm);
    }
    moment_.tasks.insert(moment_.tasks.end(), ended.begin(), ended.end());
  }
  return moment_;
}

void App::draw_event_loop() {
  const TraceIndex& ix = run_ ? index() : index_;
  if (!run_ || ix.loops().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr(Text::EventLoopEmpty));
    ImGui::PopStyleColor();
    return;
  }
  const sim::Trace& trace = run_->machine().trace();
  const AsyncioMoment& at = asyncio_moment();
  // The moment shown, and the way back to the live end.
  const bool scrubbed = timeline_.cursor() >= 0;
  if (scrubbed) {
    ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "%s: %s", tr(Text::Moment), format_duration(at.time).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(Text::BackToLive))) set_moment(-1);
  } else {
    ImGui::TextDisabled("%s: %s (%s)", tr(Text::Moment), format_duration(at.time).c_str(), tr(Text::Live));
  }
  // Each loop: its thread, its pass, its queues, the task it runs.
  for (const LoopMoment& lm : at.loops) {
    const LoopView& loop = ix.loops()[lm.loop];
    // A loop with no pass and no task by then did not exist yet.
    if (lm.pass == 0 && std::none_of(at.tasks.begin(), at.tasks.end(),
                                     [&](const TaskMoment& t) { return t.loop == lm.loop; }))
      continue;
    const std::string thread =
        loop.thread >= 0 && static_cast<size_t>(loop.thread) < run_->machine().threads().size()
            ? run_->machine().threads()[static_cast<size_t>(loop.thread)]->name
            : std::string("?");
    ImGui::TextUnformatted(trace.tracks()[loop.track].name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("· %s", thread.c_str());
    ImGui::SameLine();
    if (lm.pass == 0) {
      ImGui::TextDisabled("· %s", tr(Text::LoopNoPass));
      continue;
    }
    ImGui::TextDisabled("· %s #%llu", tr(Text::LoopPassShort), static_cast<unsigned long long>(lm.pass));
    ImGui::Indent(ImGui::GetFontSize() * 0.6f);
    swatch(loop_ready_color());
    ImGui::Text("%s: %u", tr(Text::ReadyCallbacks), lm.ready);
    ImGui::SameLine(0, ImGui::GetFontSize());
    swatch(loop_timers_color());
    ImGui::Text("%s: %u", tr(Text::PendingTimers), lm.timers);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::LoopChartTip));
    if (lm.running != kNone) {
      ImGui::TextUnformatted(tr(Text::LoopRunsTask));
      ImGui::SameLine();
      swatch(task_swatch_color(ix, lm.running));
      ImGui::TextUnformatted(trace.tracks()[lm.running].name.c_str());
    }
    ImGui::Unindent(ImGui::GetFontSize() * 0.6f);
  }
  ImGui::Checkbox(tr(Text::ShowFinished), &show_finished_tasks_);
  // The tasks, a clipped table: only the rows on screen cost anything.
  // With several loops each one's tasks open with a row naming it (null).
  std::vector<const TaskMoment*> shown;
  shown.reserve(at.tasks.size() + at.loops.size());
  std::vector<uint32_t> header_loop;  // for each null entry, its loop
  uint32_t last_loop = kNone;
  for (const TaskMoment& t : at.tasks) {
    if (t.ended && !show_finished_tasks_) continue;
    if (at.loops.size() > 1 && t.loop != last_loop) {
      shown.push_back(nullptr);
      header_loop.push_back(t.loop);
      last_loop = t.loop;
    }
    shown.push_back(&t);
  }
  // The header rows before each position, to find a header's loop in O(1) per row.
  std::vector<uint32_t> headers_before(shown.size() + 1, 0);
  for (size_t i = 0; i < shown.size(); ++i) headers_before[i + 1] = headers_before[i] + (shown[i] ? 0 : 1);
  if (shown.empty()) {
    ImGui::TextDisabled("%s", tr(Text::NoTasksAt));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
  const float footer = ImGui::GetTextLineHeightWithSpacing() * 2.2f;
  if (ImGui::BeginTable("##tasks", 4, kFlags, ImVec2(0, -footer))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Text::Task), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn(tr(Text::State), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(Text::Awaits), ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn(tr(Text::Line), ImGuiTableColumnFlags_WidthFixed,
                            std::max(ImGui::CalcTextSize("0000").x, ImGui::CalcTextSize(tr(Text::Line)).x));
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        if (!shown[static_cast<size_t>(i)]) {
          const LoopView& loop = ix.loops()[header_loop[headers_before[static_cast<size_t>(i)]]];
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextDisabled("%s", trace.tracks()[loop.track].name.c_str());
          continue;
        }
        const TaskMoment& t = *shown[static_cast<size_t>(i)];
        const std::string& name = trace.tracks()[t.track].name;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(t.track));
        swatch(task_swatch_color(ix, t.track));
        if (t.ended) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        if (ImGui::Selectable(name.c_str(), selected_task_ == t.track, ImGuiSelectableFlags_SpanAllColumns)) {
          selected_task_ = selected_task_ == t.track ? kNone : t.track;
          scrolled_to_line_ = -1;
        }
        if (t.ended) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered() && t.reason) {
          ImGui::BeginTooltip();
          ImGui::Text("%s: %s", tr(Text::Task), name.c_str());
          ImGui::Text("%s: %s", tr(Text::Awaits), trace.text(t.reason).c_str());
          ImGui::EndTooltip();
        }
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(task_state_color(t.state)));
        ImGui::TextUnformatted(task_state_text(t.state));
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        if (t.reason) {
          ImGui::PushFont(fonts_.code);
          ImGui::TextUnformatted(trace.text(t.reason).c_str());
          ImGui::PopFont();
        } else {
          ImGui::TextDisabled("—");
        }
        ImGui::TableNextColumn();
        if (t.line) ImGui::Text("%d", t.line);
        else ImGui::TextDisabled("—");
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  // At the end of a run every task is done: say how to look back.
  const bool over = !scrubbed && run_->state() == ProgramRun::State::Finished;
  ImGui::TextWrapped("%s", tr(over ? Text::ScrubHintPanel : Text::EventLoopHint));
  ImGui::PopStyleColor();
}

// {moment, live, loops: [{name, thread, pass, ready, timers, running, tasks}],
//  tasks: [{name, loop, state, reason, line}], selectedTask}
void App::write_asyncio_state(json::Writer& w) const {
  const TraceIndex& ix = index();
  const sim::Machine& m = run_->machine();
  const sim::Trace& trace = m.trace();
  const AsyncioMoment& at = asyncio_moment();
  w.key("asyncio").begin_object();
  w.field("moment", static_cast<double>(at.time) / 1e9);
  w.field("live", timeline_.cursor() < 0);
  w.key("loops").begin_array();
  for (const LoopMoment& lm : at.loops) {
    const LoopView& loop = ix.loops()[lm.loop];
    w.begin_object();
    w.field("name", trace.tracks()[loop.track].name);
    w.key("thread");
    if (loop.thread >= 0 && static_cast<size_t>(loop.thread) < m.threads().size())
      w.value(m.threads()[static_cast<size_t>(loop.thread)]->name);
    else
      w.null();
    w.field("pass", static_cast<int64_t>(lm.pass));
    w.field("ready", static_cast<int64_t>(lm.ready));
    w.field("timers", static_cast<int64_t>(lm.timers));
    w.key("running");
    if (lm.running != kNone) w.value(trace.tracks()[lm.running].name);
    else w.null();
    w.field("tasks", static_cast<int64_t>(loop.tasks.size()));
    w.end_object();
  }
  w.end_array();
  w.key("tasks").begin_array();
  for (const TaskMoment& t : at.tasks) {
    w.begin_object();
    w.field("name", trace.tracks()[t.track].name);
    w.field("loop", trace.tracks()[ix.loops()[t.loop].track].name);
    w.field("state", task_state_code(t.state));
    w.field("reason", t.reason ? trace.text(t.reason) : std::string());
    w.field("line", t.line);
    w.end_object();
  }
  w.end_array();
  w.key("selectedTask");
  if (selected_task_ != kNone && selected_task_ < trace.tracks().size()) w.value(trace.tracks()[selected_task_].name);
  else w.null();
  w.end_object();
}

}  // namespace interleave::ui
