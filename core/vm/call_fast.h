// The common Python->Python call, inline: exact positional arguments, no
// *args/**kwargs, keyword-only parameters, cells or generator flags. Used by
// the interpreter's CALL (so the call does not leave the loop's function)
// and by Vm::push_function.
#pragma once

#include "vm/vm.h"

namespace interleave::vm {

// Works out CodeObject::fast_* for [code].
inline void note_fast_call_shape(CodeObject* code) {
  const bool simple = code->kwonlyargcount == 0 &&
                      !(code->flags & (kCodeVarargs | kCodeVarkw | kCodeGenerator | kCodeCoroutine | kCodeAsyncGen)) &&
                      code->cellvars.empty();
  code->fast_nlocals = code->nlocals();
  code->fast_nfrees = code->nfrees();
  code->fast_nslots = code->nslots();
  code->fast_argcount = simple ? code->argcount : -1;
}

// Links a new frame for fn(*args) on top of [th] and returns true, or
// returns false (nothing done) when the call needs the general binding.
// Always inlined: the wasm build's compiler otherwise leaves it (and the
// frame allocation below) a separate function, a call per Python call.
__attribute__((always_inline)) inline bool push_simple_call(Vm& vm, Thread* th, FunctionObject* fn, Value* args,
                                                            int nargs) {
  CodeObject* code = fn->code;
  if (__builtin_expect(code->fast_argcount == -2, 0)) note_fast_call_shape(code);
  if (nargs != code->fast_argcount || th->depth >= vm.recursion_limit) return false;
  Frame* f = vm.heap.new_frame(static_cast<uint32_t>(code->fast_nslots));
  f->code = code;
  f->func = fn;
  f->globals = fn->globals;
  f->ip = code->code.data();
  Value* slots = f->slots;
  const int nl = code->fast_nlocals;
  int i = 0;
  for (; i < nargs; ++i) slots[i] = args[i];
  for (; i < nl; ++i) slots[i] = Value();
  const int nfree = code->fast_nfrees;
  if (nfree) {
    if (fn->closure) {
      for (int k = 0; k < nfree; ++k) slots[nl + k] = fn->closure->items[k];
    } else {
      for (int k = 0; k < nfree; ++k) slots[nl + k] = Value();
    }
  }
  // The value stack above sp is never read (the collector stops at sp).
  f->sp = slots + nl + nfree;
  f->back = th->top;
  th->top = f;
  ++th->depth;
  return true;
}

}  // namespace interleave::vm
