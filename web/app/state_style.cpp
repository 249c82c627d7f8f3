#include "state_style.h"

#include <cstdio>

#include "strings.h"

namespace interleave::ui {

using sim::ThreadState;

ImU32 state_color(ThreadState state) {
  switch (state) {
    case ThreadState::New: return IM_COL32(110, 110, 120, 255);
    case ThreadState::Ready: return IM_COL32(205, 180, 70, 255);
    case ThreadState::Running: return IM_COL32(70, 175, 90, 255);
    case ThreadState::WaitGil: return IM_COL32(225, 105, 55, 255);
    case ThreadState::WaitSwitch: return IM_COL32(170, 95, 210, 255);
    case ThreadState::Blocked: return IM_COL32(80, 125, 190, 255);
    case ThreadState::Done: return IM_COL32(140, 140, 145, 255);  // only as text: done threads draw no span
  }
  return IM_COL32(128, 128, 128, 255);
}

ImU32 greenlet_color(uint32_t value) {
  return value == 0 ? state_color(ThreadState::Running) : IM_COL32(92, 100, 122, 255);
}

ImU32 greenlet_switch_color() { return IM_COL32(255, 160, 70, 255); }

ImU32 thread_color(uint32_t thread) {
  // Distinct hues that stay readable under white text on a dark background.
  static constexpr ImU32 kPalette[] = {
      IM_COL32(66, 133, 200, 255),  IM_COL32(214, 120, 40, 255), IM_COL32(60, 160, 110, 255),
      IM_COL32(190, 80, 140, 255),  IM_COL32(150, 130, 40, 255), IM_COL32(110, 100, 200, 255),
      IM_COL32(40, 150, 160, 255),  IM_COL32(200, 75, 70, 255),  IM_COL32(120, 150, 60, 255),
      IM_COL32(160, 100, 70, 255),
  };
  return kPalette[thread % (sizeof(kPalette) / sizeof(kPalette[0]))];
}

const char* state_text(ThreadState state) {
  switch (state) {
    case ThreadState::New: return tr(Text::ThreadNew);
    case ThreadState::Ready: return tr(Text::ThreadReady);
    case ThreadState::Running: return tr(Text::ThreadRunning);
    case ThreadState::WaitGil: return tr(Text::ThreadWaitGil);
    case ThreadState::WaitSwitch: return tr(Text::ThreadWaitSwitch);
    case ThreadState::Blocked: return tr(Text::ThreadBlocked);
    case ThreadState::Done: return tr(Text::ThreadDone);
  }
  return "?";
}

const char* state_code(ThreadState state) {
  switch (state) {
    case ThreadState::New: return "new";
    case ThreadState::Ready: return "ready";
    case ThreadState::Running: return "running";
    case ThreadState::WaitGil: return "wait_gil";
    case ThreadState::WaitSwitch: return "wait_switch";
    case ThreadState::Blocked: return "blocked";
    case ThreadState::Done: return "done";
  }
  return "unknown";
}

ImU32 task_state_color(sim::TaskState state) {
  switch (state) {
    case sim::TaskState::Ready: return state_color(ThreadState::Ready);
    case sim::TaskState::Running: return state_color(ThreadState::Running);
    case sim::TaskState::Waiting: return state_color(ThreadState::Blocked);
    case sim::TaskState::Done: return IM_COL32(150, 150, 155, 255);
    case sim::TaskState::Cancelled: return IM_COL32(235, 150, 50, 255);
    case sim::TaskState::Failed: return IM_COL32(230, 75, 70, 255);
  }
  return IM_COL32(128, 128, 128, 255);
}

const char* task_state_text(sim::TaskState state) {
  switch (state) {
    case sim::TaskState::Ready: return tr(Text::TaskReady);
    case sim::TaskState::Running: return tr(Text::TaskRunning);
    case sim::TaskState::Waiting: return tr(Text::TaskWaiting);
    case sim::TaskState::Done: return tr(Text::TaskDone);
    case sim::TaskState::Cancelled: return tr(Text::TaskCancelled);
    case sim::TaskState::Failed: return tr(Text::TaskFailed);
  }
  return "?";
}

const char* task_state_code(sim::TaskState state) { return sim::task_state_name(state); }

ImU32 loop_ready_color() { return IM_COL32(60, 170, 170, 255); }
ImU32 loop_timers_color() { return IM_COL32(235, 160, 70, 255); }

std::string format_duration(uint64_t ns) {
  const double v = static_cast<double>(ns);
  const char* unit = tr(Text::UnitNs);
  double scaled = v;
  if (v >= 1e9) { unit = tr(Text::UnitS); scaled = v / 1e9; }
  else if (v >= 1e6) { unit = tr(Text::UnitMs); scaled = v / 1e6; }
  else if (v >= 1e3) { unit = tr(Text::UnitUs); scaled = v / 1e3; }
  char buf[48];
  if (v < 1e3) std::snprintf(buf, sizeof buf, "%llu %s", static_cast<unsigned long long>(ns), unit);
  else std::snprintf(buf, sizeof buf, "%.*f %s", scaled >= 100 ? 1 : scaled >= 10 ? 2 : 3, scaled, unit);
  return buf;
}

}  // namespace interleave::ui
