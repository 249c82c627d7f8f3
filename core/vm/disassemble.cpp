// A readable listing of bytecode, for tests and debugging.
#include <cstdio>

#include "vm/code.h"
#include "vm/opcodes.h"

namespace interleave::vm {

std::string disassemble(const CodeObject* code) {
  std::string out = "code " + code->qualname->text + "\n";
  for (size_t i = 0; i < code->code.size(); ++i) {
    char b[96];
    uint32_t w = code->code[i];
    std::snprintf(b, sizeof b, "%4zu %4d  %-22s %u\n", i, code->positions[i].line, op_name(op_of(w)), arg_of(w));
    out += b;
  }
  for (const auto& e : code->exception_table) {
    char b[96];
    std::snprintf(b, sizeof b, "  handler [%d, %d) -> %d depth %d\n", e.start, e.end, e.handler, e.depth);
    out += b;
  }
  for (Value c : code->consts) {
    if (c.is_object() && c.obj()->kind == Kind::Code) out += disassemble(static_cast<const CodeObject*>(c.obj()));
  }
  return out;
}

}  // namespace interleave::vm
