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
