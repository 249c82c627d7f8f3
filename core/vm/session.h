// Session: the small API front ends (the CLI, the app, the simulator's
// tests) use to run a program. No I/O: the caller hands over the source
// text and reads the output back (or streams it through a callback).
//
//   Session s;
//   s.set_seed(1);
//   if (s.load(text, "hello.py")) s.run();
//   std::cout << s.vm().out;  return s.result().exit_code;
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vm/vm.h"

namespace interleave::vm {

enum class Outcome : uint8_t {
  NotRun,
  Finished,      // the program ended normally (exit code 0, or sys.exit's code)
  Exception,     // an uncaught exception (traceback on stderr, exit code 1)
  SyntaxError,   // the program did not compile (exit code 2)
  LimitReached,  // a limit stopped it (exit code 3)
};

struct RunResult {
  Outcome outcome = Outcome::NotRun;
  int exit_code = 0;
  std::string message;  // for LimitReached: which limit
  uint64_t steps = 0;
  uint64_t clock_ns = 0;
};

// The pieces of a run that the simulator (core/sim) shares with Session.
//
// Compiles [source] as the module __main__ of [vm] and returns the function
// that runs its body; on a SyntaxError writes it to stderr, fills [result]
// (exit code 2) and returns null.
FunctionObject* compile_main(Vm& vm, std::string_view source, std::string_view filename, RunResult* result);
// How an uncaught exception [exc] of the main thread ends the program:
// SystemExit gives its code, anything else exit code 1. The output comes
// from start_report: a call on [th] (whose chain has ended) that prints
// the traceback (a SystemExit's code when it is not an int), so a Python
// __str__ runs as a frame; the caller runs [th] on. With [prefix] it is
// reported as the unraisable hook does: "prefix: repr(obj)" above it.
void exit_status(Vm& vm, Value exc, RunResult* result);
void start_report(Vm& vm, Thread* th, Value exc, const std::string& prefix = {}, Value obj = Value());
// At exit CPython clears __main__'s globals; a suspended generator dropped
// that way is closed, so its finally blocks run. When there is one, starts
// a call on [th] (whose chain has ended) that closes them as frames, and
// returns true: the caller runs [th] until that call returns. The "never
// awaited" warnings of exit come after (at once when this returns false).
bool start_main_finalizer(Vm& vm, Thread* th);

class Session {
 public:
  Session();
  ~Session();

  void set_seed(uint64_t seed) { vm_->seed = seed; }
  void set_argv(std::vector<std::string> argv) { vm_->argv = std::move(argv); }
  void set_max_steps(int64_t steps) {  // < 0: no limit
    max_steps_ = steps;
    vm_->step_limit = steps;
  }
  void set_heap_limit(size_t bytes) { vm_->heap.limit = bytes; }
  void set_switch_points(SwitchPoints sp) { vm_->switch_points = sp; }
  // Streams output as it is produced (in addition to vm().out / vm().err).
  void on_output(std::function<void(bool is_err, std::string_view text)> fn) { vm_->on_output = std::move(fn); }

  // Parses and compiles [source]; false on a SyntaxError (already written
  // to stderr and recorded in result()).
  bool load(std::string_view source, std::string_view filename);
  // Runs the loaded program to the end or to a limit.
  const RunResult& run();
  // Runs at most [budget] instructions; returns true while more remain.
  bool step(int64_t budget);

  const RunResult& result() const { return result_; }
  Vm& vm() { return *vm_; }
  Thread* main_thread() { return thread_; }

 private:
  void run_call();
  std::unique_ptr<Vm> vm_;
  Thread* thread_ = nullptr;
  int64_t max_steps_ = -1;
  RunResult result_;
};

}  // namespace interleave::vm
