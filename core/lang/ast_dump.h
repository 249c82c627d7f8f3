// ast_dump: prints a tree exactly as CPython 3.11's `ast.dump(tree)` does,
// so conformance tests can compare our parser with CPython's text for text.
#pragma once

#include <string>

#include "lang/ast.h"

namespace interleave::lang {

struct AstDumpOptions {
  bool include_attributes = false;  // lineno=..., col_offset=... like CPython
};

std::string ast_dump(const Module& module, AstDumpOptions options = {});
std::string ast_dump(const Expr& expr, AstDumpOptions options = {});

// Python's repr() of a str (UTF-8) or bytes value.
std::string python_str_repr(std::string_view utf8);
std::string python_bytes_repr(std::string_view bytes);

}  // namespace interleave::lang
