// The one entry point the libFuzzer target (fuzz_vm.cpp) and the replay
// test (replay.cpp) share: fuzz input -> Python program -> vm::Session.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace interleave::fuzz {

// The program an input stands for. The first byte picks the mode: one in
// four inputs is the rest of the bytes as source text (so the parser
// corpus and text mutations apply), the others go through the generator.
std::string input_to_program(const uint8_t* data, size_t size);

// Runs the input's program under tight limits (steps, heap, recursion).
// Traps if the session ends in a state that should be impossible.
void run_input(const uint8_t* data, size_t size, bool print_program);

}  // namespace interleave::fuzz
