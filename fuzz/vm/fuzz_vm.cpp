// libFuzzer target: a generated (or, for one input in four, literal)
// Python program run through vm::Session with a step budget, a heap limit
// and a low recursion limit. Whatever the program does, the VM must end
// with output and an outcome — never crash, hang or trip a sanitizer.
//
// Build and run: fuzz/vm/run.sh [seconds]
#include <cstdint>
#include <cstdlib>

#include "entry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static bool print = std::getenv("FUZZ_VM_PRINT") != nullptr;
  interleave::fuzz::run_input(data, size, print);
  return 0;
}
