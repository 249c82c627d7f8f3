// Checks for natives. Vm::int_of / float_of require an int (a number);
// int_arg / float_arg raise CPython's TypeError instead of reading another
// kind of object as one. fits_heap refuses results bigger than the heap.
#pragma once

#include <cstdint>
#include <string>

#include "vm/types.h"
#include "vm/vm.h"

namespace interleave::vm {

inline bool int_arg(Vm& vm, Value v, int64_t* out) {
  if (vm.is_int(v)) {
    *out = vm.int_of(v);
    return true;
  }
  // Not __index__: callers check their arguments with int_arg and read
  // them with int_of.
  vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(v) + "' object cannot be interpreted as an integer");
  return false;
}

inline bool float_arg(Vm& vm, Value v, double* out) {
  if (vm.is_number(v)) {
    *out = vm.float_of(v);
    return true;
  }
  vm.raise(vm.t.TypeError_, std::string("must be real number, not ") + vm.type_name(v));
  return false;
}

// A native about to build a result of [bytes] bytes: more than the heap
// limit can never be kept, so it is a MemoryError before the allocation
// (which could otherwise take gigabytes, or abort).
inline bool fits_heap(Vm& vm, uint64_t bytes) {
  if (vm.heap.limit == 0 || bytes <= vm.heap.limit) return true;
  vm.raise(vm.t.MemoryError_, "");
  return false;
}

}  // namespace interleave::vm
