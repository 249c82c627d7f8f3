// The bytecode compiler: an AST module (ast.h) in, a CodeObject tree out.
//
// Scope analysis (which names are local, cell, free or global) is done here
// in a first pass over the tree, then each function, class body, lambda and
// comprehension is compiled into its own CodeObject. Instruction positions
// come from the AST so tracebacks can print CPython 3.11's caret lines.
#pragma once

#include <string>
#include <string_view>

#include "lang/ast.h"
#include "vm/vm.h"

namespace interleave::lang {

struct CompileResult {
  vm::CodeObject* code = nullptr;  // null on error
  std::string error;               // "SyntaxError: ..." style message
  int line = 0;
  int column = 0;
};

CompileResult compile_module(vm::Vm& vm, const Module* module, std::string_view filename);

}  // namespace interleave::lang
