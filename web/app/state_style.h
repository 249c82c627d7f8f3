// How the simulated machine looks in every view: one colour per thread
// state (the timeline, the threads panel and the legend agree), one colour
// per thread (core rows, the GIL row, lock rows, tags in the code view), and
// the words for each state in both languages.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>

#include "sim/tasks.h"
#include "sim/trace.h"

namespace interleave::ui {

ImU32 state_color(sim::ThreadState state);
ImU32 thread_color(uint32_t thread);
// A translated name ("ждёт GIL" / "waiting for the GIL").
const char* state_text(sim::ThreadState state);
// A stable code for the page's snapshot ("wait_gil").
const char* state_code(sim::ThreadState state);

// asyncio tasks share the threads' colours where the meaning is the same
// (running, ready, waiting like blocked); an ended task draws no span, only
// a mark: grey when done, orange when cancelled, red when it failed.
ImU32 task_state_color(sim::TaskState state);
const char* task_state_text(sim::TaskState state);
const char* task_state_code(sim::TaskState state);  // "waiting", from sim::task_state_name
// A greenlet's row: running (the thread's current greenlet; the running
// thread's green) or suspended in a switch() (a muted slate); the switch
// arrows between the rows in a warm orange that no state uses.
ImU32 greenlet_color(uint32_t value);  // kGreenletRunning / kGreenletSuspended (trace_index.h)
ImU32 greenlet_switch_color();
// An event loop's step chart: ready callbacks and pending timers.
ImU32 loop_ready_color();
ImU32 loop_timers_color();

// "12.5 ms", "830 µs", "2.000 s": three significant digits in the largest
// unit that keeps the number at least 1.
std::string format_duration(uint64_t ns);

}  // namespace interleave::ui
