// CodeObject: the compiled form of a module, function, class body, lambda or
// comprehension -- instructions, constants, names, the slots of its frame,
// the exception table and where in the source each instruction came from.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/object.h"

namespace interleave::vm {

enum CodeFlag : uint32_t {
  kCodeVarargs = 1,      // *args
  kCodeVarkw = 2,        // **kwargs
  kCodeGenerator = 4,    // contains yield
  kCodeCoroutine = 8,    // async def
  kCodeAsyncGen = 16,    // async def with yield
  kCodeUsesLocalsDict = 32,  // module or class body: names live in a dict
  kCodeHasDocstring = 64,    // consts[0] is the docstring
  // A built-in module's function that stands for C code in CPython (asyncio's
  // Future.result, Task.__step): tracebacks leave out its frames, as CPython's do.
  kCodeHiddenFromTracebacks = 1u << 20,
};

// Source range of one instruction (CPython's co_positions), plus the anchor
// the traceback uses to draw `~~~^^^`: the end column of the left operand /
// the subscripted value / the called function, or -1.
struct SourceRange {
  int32_t line = 0, end_line = 0;
  int32_t col = -1, end_col = -1;  // UTF-8 byte columns; -1 unknown
  int32_t anchor = -1;             // BinOp: end of the left operand; Subscript: end of the value
  int32_t anchor_end = -1;         // BinOp: start of the right operand; Subscript: -2
};

// A protected range [start, end) of instructions: an exception raised there
// unwinds the value stack to [depth] items, pushes the exception and jumps
// to [handler] (CPython 3.11's exception table).
struct ExceptionTableEntry {
  int32_t start, end, handler, depth;
};

// Inline cache of LOAD_GLOBAL / LOAD_ATTR, one per instruction that has one.
struct InlineCache {
  uint64_t version = ~uint64_t{0};  // dict keys_version or type version
  uint64_t version2 = ~uint64_t{0};
  int32_t index = -1;
  uint8_t where = 0;
  Value value;  // LOAD_METHOD on a built-in type: the method (version = the type)
};

struct CodeObject : Object {
  std::vector<uint32_t> code;
  std::vector<SourceRange> positions;  // one per instruction
  std::vector<InlineCache> caches;     // one per instruction (lazily sized)
  std::vector<Value> consts;
  std::vector<StrObject*> names;
  std::vector<StrObject*> varnames;  // fast locals: parameters first
  std::vector<StrObject*> cellvars;  // locals captured by inner functions
  std::vector<StrObject*> freevars;  // captured from the enclosing function
  std::vector<int32_t> cell_arg;     // for each cellvar: the parameter it starts as, or -1
  std::vector<ExceptionTableEntry> exception_table;
  int32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  int32_t stacksize = 0;
  int32_t firstlineno = 1;
  StrObject* name = nullptr;
  StrObject* qualname = nullptr;
  StrObject* filename = nullptr;
  // The frame shape of the common call (call_fast.h), worked out at the first
  // call: the argument count a plain positional call must pass (-1: never,
  // the code needs the general binding; -2: not worked out yet), the frame's
  // locals, frees and slots.
  int32_t fast_argcount = -2;
  int32_t fast_nlocals = 0, fast_nfrees = 0, fast_nslots = 0;

  explicit CodeObject(TypeObject* t) : Object(t, Kind::Code) {}
  int nlocals() const { return static_cast<int>(varnames.size()); }
  int ncells() const { return static_cast<int>(cellvars.size()); }
  int nfrees() const { return static_cast<int>(freevars.size()); }
  // Slots of a frame: locals, cells, frees, then the value stack.
  int nslots() const { return nlocals() + ncells() + nfrees() + stacksize; }
  void trace(Tracer& tr) override;
  size_t footprint() const override { return sizeof(*this) + code.size() * 28; }
};

// A readable listing of [code] and its nested code objects (tests, --dis).
std::string disassemble(const CodeObject* code);

}  // namespace interleave::vm
