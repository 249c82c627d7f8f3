// The parser: Python 3.11 source text in, an AST (ast.h) or a SyntaxError out.
//
//   ParseResult r = parse_module(source, "x.py");
//   if (!r.ok()) print(format_syntax_error(r.error));
//   else compile(r.module->tree) ...
//
// Hand-written recursive descent over the token stream from lexer.h; each
// parse function opens with the grammar rule it parses. Never throws, never
// aborts: the first error found is returned.
#pragma once

#include <memory>
#include <string_view>

#include "lang/arena.h"
#include "lang/ast.h"
#include "lang/syntax_error.h"

namespace interleave::lang {

// A parsed module and the arena that owns all of its nodes.
struct ParsedModule {
  Arena arena;
  Module* tree = nullptr;
};

struct ParseResult {
  std::unique_ptr<ParsedModule> module;  // set on success
  SyntaxError error;                      // set on failure
  bool ok() const { return module != nullptr; }
};

ParseResult parse_module(std::string_view source, std::string_view filename);

}  // namespace interleave::lang
