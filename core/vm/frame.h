// Frame: one activation of a code object, allocated on the heap (from a free
// list) so that a thread's call stack is a linked chain the interpreter can
// leave and re-enter at any instruction boundary. A generator owns its frame
// and links it onto the running thread's chain only while it runs.
//
// A frame with code == nullptr is a *continuation frame*: a native function
// (sorted, print, type.__call__, ...) that asked the interpreter to call
// Python code for it. When that call returns, the interpreter calls
// [cont] with the result instead of pushing it on a value stack.
#pragma once

#include <cstdint>

#include "vm/code.h"
#include "vm/object.h"

namespace interleave::vm {

// Resumes a native after a Python call it requested finished. [incoming] is
// Ok (with [value]) or Error (exception on the thread). Returns like a native.
using ContFn = Status (*)(Vm& vm, Object* state, Status incoming, Value value, Value* out);

struct FrameObject;

struct Frame {
  Frame* back = nullptr;      // the caller (toward the thread's first frame)
  CodeObject* code = nullptr; // null for a continuation frame
  FunctionObject* func = nullptr;
  DictObject* globals = nullptr;
  DictObject* locals = nullptr;  // module and class bodies only
  const uint32_t* ip = nullptr;  // next instruction
  Value* sp = nullptr;           // one past the top of the value stack
  GeneratorObject* gen = nullptr;
  ContFn cont = nullptr;
  Object* cont_state = nullptr;
  uint32_t nslots = 0;
  uint32_t capacity = 0;  // slots allocated (free-list size class)
  bool is_entry = false;  // the run's first frame: returning ends the run
  // What the next delivery to this frame does instead of pushing its value:
  // an operation without a result (a property setter, a Python
  // __setitem__) drops it; `x and y` / `x or y` waiting for x's Python
  // __bool__ jumps or pops x on the answer. With Again and Operand the
  // frame's ip is back at the instruction that asked, which runs again
  // with the answer: pushed (`if x:` with a Python __bool__), or in place
  // of its operand operand_depth below the top (`f(*gen())`, whose items
  // were gathered by a request). An error delivered instead is raised by
  // that instruction. Rethrow: the generators an exception made the frame
  // drop were closed, and the exception (delivered back) goes on.
  enum class Deliver : uint8_t { Push, Discard, JumpIfFalseOrPop, JumpIfTrueOrPop, Again, Operand, Rethrow };
  Deliver deliver = Deliver::Push;
  uint8_t operand_depth = 0;
  // The frame's Python object (sys._getframe, tb_frame), once one exists:
  // it reads the frame while it runs and keeps a copy when it ends.
  FrameObject* obj = nullptr;
  Value slots[1];         // locals | cells | frees | value stack

  Value* stack_base() { return slots + code->nlocals() + code->ncells() + code->nfrees(); }
  // The instruction being executed (the first one before the frame started).
  int32_t pc() const {
    if (!code) return -1;
    int32_t p = static_cast<int32_t>(ip - code->code.data()) - 1;
    return p < 0 ? 0 : p;
  }
};

// Marks what [f] holds (vm.cpp); greenlet.cpp traces parked chains with it.
void trace_frame(Tracer& tr, Frame* f);

}  // namespace interleave::vm
