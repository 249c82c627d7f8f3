// libFuzzer target: lexer + parser + ast_dump + symtable on arbitrary bytes.
// Whatever the input, the front end must return a tree or a SyntaxError —
// never crash, hang, overflow the stack or trip a sanitizer.
//
// Build and run: fuzz/parser/run.sh [seconds]
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lang/ast_dump.h"
#include "lang/parser.h"
#include "lang/symtable.h"

using namespace interleave::lang;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  ParseResult parsed = parse_module(source, "fuzz.py");
  if (!parsed.ok()) {
    // Formatting must cope with any error position and any line text.
    std::string text = format_syntax_error(parsed.error);
    if (parsed.error.message.empty() || text.empty()) __builtin_trap();
    return 0;
  }
  std::string dump = ast_dump(*parsed.module->tree, {true});
  if (dump.empty()) __builtin_trap();
  SymtableResult table = build_symtable(*parsed.module->tree, source, "fuzz.py");
  if (table.ok()) {
    std::string sym = symtable_dump(*table.table);
    if (sym.empty()) __builtin_trap();
  } else {
    format_syntax_error(table.error);
  }
  return 0;
}
