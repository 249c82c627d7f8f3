#include "entry.h"

#include <cstdio>

#include "generator.h"
#include "vm/session.h"

namespace interleave::fuzz {

namespace {
bool raw_mode(const uint8_t* data, size_t size) { return size > 0 && data[0] % 4 == 0; }
// One generated input in eight runs with a collection at every switch point
// (a smaller step budget: each collection walks the whole heap).
bool stress_mode(const uint8_t* data, size_t size) { return size > 0 && (data[0] >> 2) % 8 == 1; }
}  // namespace

std::string input_to_program(const uint8_t* data, size_t size) {
  if (size == 0) return std::string();
  if (raw_mode(data, size)) return std::string(reinterpret_cast<const char*>(data + 1), size - 1);
  return generate_program(data + 1, size - 1);
}

void run_input(const uint8_t* data, size_t size, bool print_program) {
  std::string program = input_to_program(data, size);
  if (print_program) {
    std::fwrite(program.data(), 1, program.size(), stdout);
    std::printf("-- output\n");
    std::fflush(stdout);
  }
  bool stress = !raw_mode(data, size) && stress_mode(data, size);
  vm::Session s;
  s.set_seed(1);
  s.set_max_steps(stress ? 20000 : 200000);
  s.set_heap_limit(size_t{64} << 20);
  s.vm().recursion_limit = 150;
  s.vm().heap.set_stress(stress);
  if (!s.load(program, "fuzz.py")) {
    if (print_program) std::fwrite(s.vm().err.data(), 1, s.vm().err.size(), stdout);
    if (s.result().outcome != vm::Outcome::SyntaxError || s.vm().err.empty()) __builtin_trap();
    return;
  }
  const vm::RunResult& r = s.run();
  if (r.outcome == vm::Outcome::NotRun) __builtin_trap();
  if (r.outcome == vm::Outcome::Exception && s.vm().err.empty()) __builtin_trap();
  if (print_program) {
    std::fwrite(s.vm().out.data(), 1, s.vm().out.size(), stdout);
    std::fwrite(s.vm().err.data(), 1, s.vm().err.size(), stdout);
    std::printf("-- outcome %d, exit %d, %llu steps\n", static_cast<int>(r.outcome), r.exit_code,
                static_cast<unsigned long long>(r.steps));
  }
}

}  // namespace interleave::fuzz
