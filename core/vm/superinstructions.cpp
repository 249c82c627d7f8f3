// Superinstructions: one dispatch for two common neighbours (CPython 3.11
// has the same idea: LOAD_FAST__LOAD_CONST, COMPARE_OP_INT_JUMP). In the
// wasm build every instruction goes through one shared br_table jump, and a
// Python call (fib's body) is about twenty of them: fusing its pairs saves
// a quarter of the dispatches.
//
// Nothing a program or the simulator can see changes: the second word keeps
// its own opcode (a jump may land on it), and the interpreter runs the two
// parts in one dispatch only when the slice would not have stopped between
// them; each part still takes a step of the budget and its own cost.
#include "vm/opcodes.h"

namespace interleave::vm {

Op fused_first(Op op) {
  switch (op) {
    case Op::LOAD_FAST__LOAD_FAST:
    case Op::LOAD_FAST__LOAD_CONST:
    case Op::LOAD_FAST__RETURN_VALUE: return Op::LOAD_FAST;
    case Op::STORE_FAST__LOAD_FAST: return Op::STORE_FAST;
    case Op::PUSH_NULL__LOAD_GLOBAL: return Op::PUSH_NULL;
    case Op::COMPARE_OP__POP_JUMP_IF_FALSE:
    case Op::COMPARE_OP__POP_JUMP_IF_TRUE: return Op::COMPARE_OP;
    default: return op;
  }
}

namespace {

Op fuse(Op a, Op b) {
  switch (a) {
    case Op::LOAD_FAST:
      if (b == Op::LOAD_FAST) return Op::LOAD_FAST__LOAD_FAST;
      if (b == Op::LOAD_CONST) return Op::LOAD_FAST__LOAD_CONST;
      if (b == Op::RETURN_VALUE) return Op::LOAD_FAST__RETURN_VALUE;
      break;
    case Op::STORE_FAST:
      if (b == Op::LOAD_FAST) return Op::STORE_FAST__LOAD_FAST;
      break;
    case Op::PUSH_NULL:
      if (b == Op::LOAD_GLOBAL) return Op::PUSH_NULL__LOAD_GLOBAL;
      break;
    case Op::COMPARE_OP:
      if (b == Op::POP_JUMP_IF_FALSE) return Op::COMPARE_OP__POP_JUMP_IF_FALSE;
      if (b == Op::POP_JUMP_IF_TRUE) return Op::COMPARE_OP__POP_JUMP_IF_TRUE;
      break;
    default: break;
  }
  return a;
}

}  // namespace

void fuse_superinstructions(uint32_t* code, int n) {
  for (int i = 0; i + 1 < n; ++i) {
    const Op a = op_of(code[i]);
    const Op f = fuse(a, op_of(code[i + 1]));
    if (f != a) code[i] = encode(f, arg_of(code[i]));
  }
}

void copy_fused_costs(uint32_t* cost) {
  for (int op = 0; op < kOpCount; ++op) cost[op] = cost[static_cast<int>(fused_first(static_cast<Op>(op)))];
}

}  // namespace interleave::vm
