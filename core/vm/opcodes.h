// The instruction set. One 32-bit word per instruction: the opcode in the low
// 8 bits, its argument A in the high 24. Jump targets are absolute
// instruction numbers. The list below is the documentation: name, stack
// effect (or "var"), meaning. It generates the enum, the names and the
// interpreter's dispatch table.
//
// Conventions: TOS is the top of the stack, S[-n] the n-th item from the
// top; K[A] a constant; N[A] a name; L[A] a fast-local/cell slot.
#pragma once

#include <cstdint>

namespace interleave::vm {

#define INTERLEAVE_OPCODES(X)                                                              \
  X(NOP,                  0,   "do nothing")                                              \
  X(RESUME,               0,   "switch point: function entry, after a yield")            \
  X(POP_TOP,             -1,   "pop TOS")                                                 \
  X(COPY,                +1,   "push S[-A] again (A >= 1)")                                \
  X(SWAP,                 0,   "swap TOS and S[-A]")                                       \
  X(PUSH_NULL,           +1,   "push the null marker (a call without self)")             \
  X(LOAD_CONST,          +1,   "push K[A]")                                               \
  X(LOAD_FAST,           +1,   "push L[A]; UnboundLocalError if unset")                  \
  X(STORE_FAST,          -1,   "L[A] := pop")                                             \
  X(DELETE_FAST,          0,   "L[A] := unset")                                           \
  X(LOAD_DEREF,          +1,   "push cell L[A].value")                                   \
  X(STORE_DEREF,         -1,   "cell L[A].value := pop")                                 \
  X(DELETE_DEREF,         0,   "cell L[A].value := unset")                               \
  X(LOAD_CLOSURE,        +1,   "push the cell L[A] itself")                              \
  X(LOAD_GLOBAL,         +1,   "push globals[N[A]] or builtins[N[A]] (cached)")          \
  X(STORE_GLOBAL,        -1,   "globals[N[A]] := pop")                                   \
  X(DELETE_GLOBAL,        0,   "del globals[N[A]]")                                      \
  X(LOAD_NAME,           +1,   "push locals/globals/builtins[N[A]] (module, class body)")\
  X(STORE_NAME,          -1,   "locals[N[A]] := pop")                                    \
  X(DELETE_NAME,          0,   "del locals[N[A]]")                                       \
  X(LOAD_ATTR,            0,   "TOS := TOS.N[A]")                                        \
  X(LOAD_METHOD,         +1,   "TOS -> (method, self) or (null, TOS.N[A])")             \
  X(STORE_ATTR,          -2,   "TOS.N[A] := S[-2]; pop both")                            \
  X(DELETE_ATTR,         -1,   "del TOS.N[A]")                                           \
  X(BINARY_OP,           -1,   "S[-2] op TOS; A selects the BinaryOp (+, +=, ...)")      \
  X(COMPARE_OP,          -1,   "S[-2] cmp TOS; A selects the CmpOp")                     \
  X(IS_OP,               -1,   "S[-2] is TOS (A=1: is not)")                             \
  X(CONTAINS_OP,         -1,   "S[-2] in TOS (A=1: not in)")                             \
  X(UNARY_NEGATIVE,       0,   "TOS := -TOS")                                            \
  X(UNARY_POSITIVE,       0,   "TOS := +TOS")                                            \
  X(UNARY_NOT,            0,   "TOS := not TOS")                                         \
  X(UNARY_INVERT,         0,   "TOS := ~TOS")                                            \
  X(BINARY_SUBSCR,       -1,   "S[-2][TOS]")                                             \
  X(STORE_SUBSCR,        -3,   "S[-2][TOS] := S[-3]")                                    \
  X(DELETE_SUBSCR,       -2,   "del S[-2][TOS]")                                         \
  X(BUILD_SLICE,        var,   "slice of the top A (2 or 3) values")                     \
  X(BUILD_TUPLE,        var,   "tuple of the top A values")                              \
  X(BUILD_LIST,         var,   "list of the top A values")                               \
  X(BUILD_SET,          var,   "set of the top A values")                                \
  X(BUILD_MAP,          var,   "dict of the top A key/value pairs")                      \
  X(BUILD_STRING,       var,   "concatenate the top A strings")                          \
  X(LIST_APPEND,         -1,   "S[-A-1].append(pop) (comprehensions)")                  \
  X(SET_ADD,             -1,   "S[-A-1].add(pop)")                                       \
  X(MAP_ADD,             -2,   "S[-A-2][S[-2]] := TOS; pop both")                       \
  X(LIST_EXTEND,         -1,   "S[-A-1].extend(pop)")                                    \
  X(SET_UPDATE,          -1,   "S[-A-1].update(pop)")                                    \
  X(DICT_UPDATE,         -1,   "S[-A-1].update(pop) ({**d})")                           \
  X(DICT_MERGE,          -1,   "S[-A-1].update(pop), duplicate keys are an error (f(**d))") \
  X(LIST_TO_TUPLE,        0,   "TOS := tuple(TOS)")                                      \
  X(UNPACK_SEQUENCE,    var,   "replace TOS by its A items, first item on top")         \
  X(UNPACK_EX,          var,   "a, *b, c: A = before | after << 8")                     \
  X(FORMAT_VALUE,       var,   "f-string part: A&3 conversion (0 - s r a), A&4 spec on TOS") \
  X(JUMP,                 0,   "goto A")                                                 \
  X(JUMP_BACKWARD,        0,   "goto A; a switch point (loops)")                         \
  X(POP_JUMP_IF_FALSE,   -1,   "if not pop: goto A")                                     \
  X(POP_JUMP_IF_TRUE,    -1,   "if pop: goto A")                                         \
  X(JUMP_IF_FALSE_OR_POP, var, "if not TOS: goto A else pop (and)")                     \
  X(JUMP_IF_TRUE_OR_POP,  var, "if TOS: goto A else pop (or)")                          \
  X(GET_ITER,             0,   "TOS := iter(TOS)")                                       \
  X(FOR_ITER,           var,   "push next(TOS), or pop TOS and goto A when exhausted")  \
  X(POP_ITER,            -1,   "pop a loop's iterator (break/return); close a generator only it held") \
  X(KW_NAMES,             0,   "the next CALL's keyword names are the tuple K[A]")       \
  X(CALL,               var,   "(null|self-or-callable, callable, A args) -> result")  \
  X(CALL_FUNCTION_EX,   var,   "(callable, args tuple[, kwargs dict if A]) -> result")  \
  X(MAKE_FUNCTION,      var,   "function from code TOS; A&1 defaults, A&2 kwdefaults, A&8 closure") \
  X(RETURN_VALUE,        -1,   "return pop to the caller")                              \
  X(YIELD_VALUE,          0,   "suspend the generator, handing pop to the resumer; push the sent value; A=1: an async generator's own yield") \
  X(GET_YIELD_FROM_ITER,  0,   "TOS := iter(TOS) unless it is a generator")             \
  X(GET_AWAITABLE,        0,   "TOS := TOS.__await__() (coroutines pass through); A: whose result, for errors") \
  X(SEND,               var,   "(iter, v) -> (iter, yielded), or (result) and goto A")  \
  X(GET_AITER,            0,   "TOS := TOS.__aiter__() (async for)")                    \
  X(GET_ANEXT,           +1,   "push the awaitable of TOS.__anext__() (async for)")     \
  X(BEFORE_ASYNC_WITH,   +1,   "(mgr) -> (bound __aexit__, mgr.__aenter__())")           \
  X(RAISE_VARARGS,      var,   "raise: A=0 re-raise, 1 raise TOS, 2 raise S[-2] from TOS") \
  X(PUSH_EXC_INFO,       +1,   "(exc) -> (previous handled exc, exc); exc becomes handled") \
  X(POP_EXCEPT,          -1,   "restore the handled exception from pop")                \
  X(RERAISE,             -1,   "raise pop again without a new traceback line")          \
  X(CHECK_EXC_MATCH,      0,   "(exc, type) -> (exc, isinstance(exc, type))")           \
  X(BEFORE_WITH,         +1,   "(mgr) -> (bound __exit__, mgr.__enter__())")            \
  X(WITH_EXCEPT_START,   +1,   "(exit, prev, exc) -> (exit, prev, exc, exit(type, exc, tb))") \
  X(LOAD_BUILD_CLASS,    +1,   "push __build_class__")                                  \
  X(LOAD_LOCALS,         +1,   "push the frame's locals dict (end of a class body)")    \
  X(IMPORT_NAME,          0,   "TOS (fromlist) := import N[A]")                         \
  X(IMPORT_FROM,         +1,   "push TOS.N[A] (from m import x)")                      \
  X(IMPORT_STAR,         -1,   "from TOS import * into locals")                         \
  X(LOAD_ASSERTION_ERROR, +1,  "push AssertionError")                                   \
  X(SETUP_ANNOTATIONS,    0,   "create __annotations__ in locals")                      \
  X(MATCH_SEQUENCE,      +1,   "push whether TOS is a sequence for `case [...]` (not str/bytes)") \
  X(MATCH_MAPPING,       +1,   "push whether TOS is a mapping for `case {...}`")          \
  X(GET_LEN,             +1,   "push len(TOS), keeping TOS")                              \
  X(MATCH_KEYS,          +1,   "S[-2] mapping, TOS keys tuple: push the values tuple, or None if a key is missing") \
  X(COPY_DICT_WITHOUT_KEYS, 0, "S[-2] mapping, TOS keys tuple: TOS := dict(S[-2]) minus the keys (`**rest`)") \
  X(MATCH_CLASS,         -2,   "(subject, cls, keyword names) -> attributes tuple or None; A positional sub-patterns") \
  X(DELETE_LOCALS_SENTINEL, 0, "unused")                                               \
  X(CHECK_EG_MATCH,      -1,   "except*: (exc, type) -> (match, rest) tuple; the match becomes the handled exc") \
  X(PREP_RERAISE_STAR,   -1,   "except*: (orig, list of raised/re-raised) -> what to raise, or None") \
  /* Superinstructions (fuse_superinstructions): the compiler's last pass   \
     writes one over the first of a common pair. The second word stays as   \
     it was, so a jump to it runs it alone, and so does a slice that must   \
     stop between the two: each part is counted and charged as itself. */   \
  X(LOAD_FAST__LOAD_FAST,   +2, "LOAD_FAST A, then the next LOAD_FAST")              \
  X(LOAD_FAST__LOAD_CONST,  +2, "LOAD_FAST A, then the next LOAD_CONST")             \
  X(LOAD_FAST__RETURN_VALUE, 0, "LOAD_FAST A, then the next RETURN_VALUE")           \
  X(STORE_FAST__LOAD_FAST,   0, "STORE_FAST A, then the next LOAD_FAST")             \
  X(PUSH_NULL__LOAD_GLOBAL, +2, "PUSH_NULL, then the next LOAD_GLOBAL")              \
  X(COMPARE_OP__POP_JUMP_IF_FALSE, -2, "COMPARE_OP A, then the next POP_JUMP_IF_FALSE") \
  X(COMPARE_OP__POP_JUMP_IF_TRUE,  -2, "COMPARE_OP A, then the next POP_JUMP_IF_TRUE") \
  X(BINARY_OP__STORE_FAST,  -2, "BINARY_OP A, then the next STORE_FAST")             \
  /* Chains: a pair whose next instruction has a fast path of its own goes   \
     on into it without a dispatch (`n - 1`, `i < n`, `s + x`). */          \
  X(LOAD_FAST__LOAD_CONST__BINARY_OP,    +1, "LOAD_FAST A, LOAD_CONST, then BINARY_OP")     \
  X(LOAD_FAST__LOAD_FAST__BINARY_OP,     +1, "LOAD_FAST A, LOAD_FAST, then BINARY_OP")      \
  X(LOAD_FAST__LOAD_CONST__COMPARE_JUMP,  0, "LOAD_FAST A, LOAD_CONST, then COMPARE_OP and its jump") \
  X(LOAD_FAST__LOAD_FAST__COMPARE_JUMP,   0, "LOAD_FAST A, LOAD_FAST, then COMPARE_OP and its jump")

enum class Op : uint8_t {
#define INTERLEAVE_OP_ENUM(name, effect, doc) name,
  INTERLEAVE_OPCODES(INTERLEAVE_OP_ENUM)
#undef INTERLEAVE_OP_ENUM
      kCount
};

constexpr int kOpCount = static_cast<int>(Op::kCount);

// "LOAD_FAST", ... for disassembly and tests.
const char* op_name(Op op);

// The operators of BINARY_OP, in CPython 3.11's NB_* order; the in-place
// forms (for `x += y`) are the plain ones + kInplace.
enum class BinaryOp : uint8_t {
  Add, And, FloorDiv, LShift, MatMul, Mul, Rem, Or, Pow, RShift, Sub, TrueDiv, Xor
};
constexpr int kInplace = 13;

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// The instruction a superinstruction starts with (itself for the others):
// what it costs, what a disassembly shows under it.
Op fused_first(Op op);
// Writes the superinstructions over [code]'s common pairs (in place; same
// length, jump targets and arguments unchanged).
void fuse_superinstructions(uint32_t* code, int n);
// Gives every superinstruction its first instruction's cost.
void copy_fused_costs(uint32_t* cost);

inline uint32_t encode(Op op, uint32_t arg = 0) { return static_cast<uint32_t>(op) | (arg << 8); }
inline Op op_of(uint32_t word) { return static_cast<Op>(word & 0xff); }
inline uint32_t arg_of(uint32_t word) { return word >> 8; }

}  // namespace interleave::vm
