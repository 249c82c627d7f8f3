// What the machine knows about asyncio: each event loop (the thread it runs
// in, how many callbacks were ready and timers pending at each pass) and
// each task (its state, what it awaits, who woke it). asyncio itself is
// Python source (core/stdlib/asyncio_module.cpp); it reports to the machine
// through the `_asyncio` natives, which call the Machine::asyncio_* methods
// (core/sim/tasks.cpp). Everything lands in the trace as task and loop
// tracks, and the deadlock report reads it to say which task waits for what.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace interleave::sim {

// A task's state on its track (Ev::TaskState, a = this).
enum class TaskState : uint8_t {
  Ready,      // its next step is in the loop's ready queue
  Running,    // its coroutine runs (a step of the task)
  Waiting,    // parked on a future: see the reason
  Done,       // returned a result
  Cancelled,  // ended by CancelledError
  Failed,     // ended by another exception
};
const char* task_state_name(TaskState s);

// 40 bytes: a program may have 100,000 tasks. Its name is its track's.
struct TaskInfo {
  uint64_t serial = 0;      // the Task object's heap serial
  uint64_t future = 0;      // the serial of the future it is parked on
  uint32_t track = 0;
  uint32_t loop = 0;        // index into the loops
  uint32_t number = 0;      // creation order over the whole run
  uint32_t waiting = 0;     // what it awaits (the learner's line, or another task): a trace string
  int32_t line = 0;         // the learner's line it waits at
  TaskState state = TaskState::Ready;
  bool parked = false;      // set during a step that ended on a future
};

struct LoopInfo {
  uint64_t serial = 0;
  uint32_t track = 0;
  int32_t thread = -1;      // the thread running it (-1: not running)
  bool closed = false;
  uint64_t passes = 0;
};

}  // namespace interleave::sim
