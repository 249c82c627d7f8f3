// One run of the program in the editor, driven a slice at a time from the
// UI's frames so the page never freezes: the browser's single-threaded build
// has no other thread to run it on, and a runaway loop must stay pausable.
//
// It wraps the core's simulated machine (the same one the CLI runs) and
// keeps what the UI shows: the output, where the program is, how it ended.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sim/config.h"

namespace interleave::sim {
class Machine;
struct SimThread;
}

namespace interleave::ui {

struct OutputChunk {
  bool is_err;
  std::string text;
};

class ProgramRun {
 public:
  enum class State { Running, Paused, Finished };

  // Compiles [source] as [filename] and starts it paused; a SyntaxError
  // finishes the run at once with the error in the output.
  ProgramRun(std::string_view source, std::string_view filename, const sim::Config& config = sim::Config());
  ~ProgramRun();

  void resume() { if (state_ == State::Paused) state_ = State::Running; }
  void pause() { if (state_ == State::Running) state_ = State::Paused; }
  // Runs up to [budget] instructions (while Running).
  void advance(int64_t budget);
  // Runs until the program's current line changes (Python Tutor's "next").
  void step_line();
  // Runs to the end or to the step limit, ignoring pause.
  void run_to_end();

  State state() const { return state_; }
  const std::vector<OutputChunk>& output() const { return output_; }
  std::string output_text(bool errors) const;  // stdout or stderr, joined
  int exit_code() const;
  uint64_t steps() const;
  uint64_t clock_ns() const;
  // The line the main thread executes next (1-based), 0 when finished.
  int current_line() const;
  // The line [thread] executes next in the program's own file, 0 if none.
  int line_of(const sim::SimThread& thread) const;
  const sim::Machine& machine() const { return *machine_; }
  // The program's text (line N of it is what the trace's lines point at).
  const std::string& source() const { return source_; }
  // Line [line] of the program without its indentation and trailing comment, "" if none.
  std::string line_text(int line) const;
  const std::string& stop_message() const { return stop_message_; }

  static constexpr int64_t kMaxSteps = 500'000'000;
  static constexpr size_t kMaxTraceRecords = 3'000'000;

 private:
  void after_slice(bool more);

  std::unique_ptr<sim::Machine> machine_;
  std::string source_;
  std::vector<OutputChunk> output_;
  State state_ = State::Paused;
  std::string stop_message_;
};

}  // namespace interleave::ui
