// The simulated CPU's price list: nanoseconds per bytecode instruction,
// calibrated so the course's CPU-bound examples take about as long as on
// CPython 3.11 on a desktop machine of 2023 (which specialises its
// bytecode, so a plain instruction costs only a few nanoseconds):
//
//   program (bench/programs)   instructions   CPython 3.11   simulated
//   while i < 10**7            90.0 M         0.28-0.38 s    0.36 s
//   for i in range(10**7)      70.0 M         0.39 s         0.28 s
//   fib(30)                    35.0 M         0.19 s         0.21 s
//   generator of 3e6 values    60.0 M         0.27 s         0.23 s
#pragma once

#include <cstdint>

#include "vm/opcodes.h"

namespace interleave::sim {

void set_cpython_costs(uint32_t (&cost)[vm::kOpCount]);

}  // namespace interleave::sim
