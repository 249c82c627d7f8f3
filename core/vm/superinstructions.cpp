// Superinstructions: one dispatch for two common neighbours (CPython 3.11
// has the same idea: LOAD_FAST__LOAD_CONST, COMPARE_OP_INT_JUMP). In the
// wasm build every instruction goes through one shared br_table jump, and a
// Python call (fib's body) is about twenty of them: fusing its pairs saves
// a quarter of the dispatches.
//
// A chain goes one further: a fused pair whose next instruction is a
// BINARY_OP or a compare-and-jump runs it too, jumping straight into its
// handler (`n - 1`, `i < n`, `s + x`: three instructions, one dispatch).
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
    case Op::LOAD_FAST__RETURN_VALUE:
    case Op::LOAD_FAST__LOAD_CONST__BINARY_OP:
    case Op::LOAD_FAST__LOAD_FAST__BINARY_OP:
    case Op::LOAD_FAST__LOAD_CONST__COMPARE_JUMP:
    case Op::LOAD_FAST__LOAD_FAST__COMPARE_JUMP: return Op::LOAD_FAST;
    case Op::STORE_FAST__LOAD_FAST: return Op::STORE_FAST;
    case Op::PUSH_NULL__LOAD_GLOBAL: return Op::PUSH_NULL;
    case Op::COMPARE_OP__POP_JUMP_IF_FALSE:
    case Op::COMPARE_OP__POP_JUMP_IF_TRUE: return Op::COMPARE_OP;
    case Op::BINARY_OP__STORE_FAST: return Op::BINARY_OP;
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
    case Op::BINARY_OP:
      if (b == Op::STORE_FAST) return Op::BINARY_OP__STORE_FAST;
      break;
    default: break;
  }
  return a;
}

// A fused pair [a] whose third word is [c] (already fused itself).
Op chain(Op a, Op c) {
  const bool binary = c == Op::BINARY_OP || c == Op::BINARY_OP__STORE_FAST;
  const bool compare = c == Op::COMPARE_OP__POP_JUMP_IF_FALSE || c == Op::COMPARE_OP__POP_JUMP_IF_TRUE;
  if (a == Op::LOAD_FAST__LOAD_CONST) {
    if (binary) return Op::LOAD_FAST__LOAD_CONST__BINARY_OP;
    if (compare) return Op::LOAD_FAST__LOAD_CONST__COMPARE_JUMP;
  } else if (a == Op::LOAD_FAST__LOAD_FAST) {
    if (binary) return Op::LOAD_FAST__LOAD_FAST__BINARY_OP;
    if (compare) return Op::LOAD_FAST__LOAD_FAST__COMPARE_JUMP;
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
  // Pairs first, so that a chain sees its third word's final form.
  for (int i = 0; i + 2 < n; ++i) {
    const Op a = op_of(code[i]);
    const Op f = chain(a, op_of(code[i + 2]));
    if (f != a) code[i] = encode(f, arg_of(code[i]));
  }
}

void copy_fused_costs(uint32_t* cost) {
  for (int op = 0; op < kOpCount; ++op) cost[op] = cost[static_cast<int>(fused_first(static_cast<Op>(op)))];
}

}  // namespace interleave::vm
