#include "program_run.h"

#include "vm/session.h"

namespace interleave::ui {

ProgramRun::ProgramRun(std::string_view source, std::string_view filename)
    : session_(std::make_unique<vm::Session>()) {
  session_->set_max_steps(kMaxSteps);
  session_->on_output([this](bool is_err, std::string_view text) {
    if (!output_.empty() && output_.back().is_err == is_err)
      output_.back().text.append(text);
    else
      output_.push_back({is_err, std::string(text)});
  });
  if (!session_->load(source, filename)) state_ = State::Finished;
}

ProgramRun::~ProgramRun() = default;

void ProgramRun::after_slice(bool more) {
  if (more) return;
  state_ = State::Finished;
  const vm::RunResult& r = session_->result();
  if (r.outcome == vm::Outcome::LimitReached) stop_message_ = r.message;
}

void ProgramRun::advance(int64_t budget) {
  if (state_ != State::Running) return;
  after_slice(session_->step(budget));
}

void ProgramRun::step_line() {
  if (state_ == State::Finished) return;
  const int start = current_line();
  // A line may run long (a loop on one line); give up after a bounded amount
  // and stay paused, so a step never freezes the page.
  for (int i = 0; i < 1'000'000; ++i) {
    const bool more = session_->step(1);
    if (!more) {
      after_slice(false);
      return;
    }
    if (current_line() != start) break;
  }
}

void ProgramRun::run_to_end() {
  while (state_ != State::Finished) after_slice(session_->step(int64_t{1} << 20));
}

std::string ProgramRun::output_text(bool errors) const {
  std::string text;
  for (const OutputChunk& chunk : output_)
    if (chunk.is_err == errors) text += chunk.text;
  return text;
}

int ProgramRun::exit_code() const { return session_->result().exit_code; }
uint64_t ProgramRun::steps() const { return session_->result().steps; }
uint64_t ProgramRun::clock_ns() const { return session_->result().clock_ns; }

int ProgramRun::current_line() const {
  if (state_ == State::Finished) return 0;
  vm::Thread* thread = session_->main_thread();
  if (!thread) return 0;
  // The innermost frame running the program's own file (the outermost
  // frame is its module body); natives and library code are skipped.
  const vm::StrObject* file = nullptr;
  for (const vm::Frame* f = thread->top; f; f = f->back)
    if (f->code) file = f->code->filename;
  const vm::Frame* main_frame = nullptr;
  for (const vm::Frame* f = thread->top; f && file; f = f->back) {
    if (f->code && f->code->filename && f->code->filename->text == file->text) {
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
