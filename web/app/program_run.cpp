#include "program_run.h"

#include "sim/machine.h"

namespace interleave::ui {

namespace {
sim::Config with_limits(sim::Config c) {
  if (c.max_steps < 0 || c.max_steps > ProgramRun::kMaxSteps) c.max_steps = ProgramRun::kMaxSteps;
  // A browser tab's memory: the trace (about 35 B a record) plus the
  // timeline's index (about 16 B) stay near 150 MB at most.
  if (c.max_trace_records > ProgramRun::kMaxTraceRecords) c.max_trace_records = ProgramRun::kMaxTraceRecords;
  return c;
}
}  // namespace

ProgramRun::ProgramRun(std::string_view source, std::string_view filename, const sim::Config& config)
    : machine_(std::make_unique<sim::Machine>(with_limits(config))), source_(source) {
  machine_->on_output = [this](bool is_err, std::string_view text) {
    if (!output_.empty() && output_.back().is_err == is_err)
      output_.back().text.append(text);
    else
      output_.push_back({is_err, std::string(text)});
  };
  if (!machine_->load(source, filename)) state_ = State::Finished;
}

ProgramRun::~ProgramRun() = default;

void ProgramRun::after_slice(bool more) {
  if (more) return;
  state_ = State::Finished;
  const vm::RunResult& r = machine_->result();
  if (r.outcome == vm::Outcome::LimitReached) stop_message_ = r.message;
}

void ProgramRun::advance(int64_t budget) {
  if (state_ != State::Running) return;
  after_slice(machine_->step(budget));
}

void ProgramRun::step_line() {
  if (state_ == State::Finished) return;
  // Before the machine has run anything the main thread is at no line yet:
  // the first step executes line 1 and stops at the next one, as before.
  int start = current_line();
  // A line may run long (a loop on one line); give up after a bounded amount
  // and stay paused, so a step never freezes the page.
  for (int i = 0; i < 1'000'000; ++i) {
    const bool more = machine_->step(1);
    if (!more) {
      after_slice(false);
      return;
    }
    const int line = current_line();
    if (start == 0) start = line;
    else if (line != start) break;
  }
}

void ProgramRun::run_to_end() {
  while (state_ != State::Finished) after_slice(machine_->step(int64_t{1} << 20));
}

std::string ProgramRun::output_text(bool errors) const {
  std::string text;
  for (const OutputChunk& chunk : output_)
    if (chunk.is_err == errors) text += chunk.text;
  return text;
}

std::string ProgramRun::line_text(int line) const {
  if (line < 1) return "";
  size_t begin = 0;
  for (int n = 1; n < line; ++n) {
    begin = source_.find('\n', begin);
    if (begin == std::string::npos) return "";
    ++begin;
  }
  size_t end = source_.find('\n', begin);
  std::string text = source_.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
  // A trailing comment goes (a '#' outside quotes), then the spaces around.
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quote) {
      if (ch == '\\') ++i;
      else if (ch == quote) quote = 0;
    } else if (ch == '\'' || ch == '"') {
      quote = ch;
    } else if (ch == '#') {
      text.resize(i);
      break;
    }
  }
  const size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  const size_t last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

int ProgramRun::exit_code() const { return machine_->result().exit_code; }
uint64_t ProgramRun::steps() const { return machine_->stats().steps; }
uint64_t ProgramRun::clock_ns() const { return machine_->finished() ? machine_->result().clock_ns : machine_->now(); }

int ProgramRun::current_line() const {
  if (state_ == State::Finished || machine_->threads().empty()) return 0;
  return line_of(*machine_->threads().front());
}

int ProgramRun::line_of(const sim::SimThread& t) const {
  const vm::Thread* thread = t.vt;
  if (!thread) return 0;
  // The innermost frame running the program's own file; natives and the
  // built-in Python modules (threading's bootstrap, Condition.wait) are skipped.
  const std::string& file = machine_->filename();
  const vm::Frame* main_frame = nullptr;
  for (const vm::Frame* f = thread->top; f; f = f->back) {
    if (f->code && f->code->filename && f->code->filename->text == file) {
      main_frame = f;
      break;
    }
  }
  if (!main_frame || !main_frame->ip) return 0;
  const auto index = static_cast<size_t>(main_frame->ip - main_frame->code->code.data());
  const auto& positions = main_frame->code->positions;
  if (index >= positions.size()) return positions.empty() ? 0 : positions.back().line;
  return positions[index].line;
}

}  // namespace interleave::ui
