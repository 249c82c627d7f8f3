// The symbol table: which scope each name of a module lives in, computed
// from the AST the way CPython 3.11's symtable.c does it, plus the
// compile-time SyntaxErrors CPython raises while compiling (so the compiler
// never has to).
//
// Scopes: the module, each class, each function and lambda, and — as in
// 3.11 — each comprehension and generator expression (a function scope with
// the implicit parameter ".0" holding the outermost iterator, which is
// evaluated in the enclosing scope).
//
//   SymtableResult r = build_symtable(*parsed->tree, source, "x.py");
//   const Scope* s = r.table->scope_of(function_def_node);
//   s->lookup("x")->scope == NameScope::Cell ...
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/syntax_error.h"

namespace interleave::lang {

enum class ScopeType : uint8_t { Module, Class, Function };
enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

// Where a name is looked up at run time.
enum class NameScope : uint8_t {
  Local = 1,           // a fast local (function) or a namespace entry (module, class)
  GlobalExplicit = 2,  // declared `global`
  GlobalImplicit = 3,  // not bound here nor in an enclosing function: globals, then builtins
  Free = 4,            // bound in an enclosing function (closure cell), or `nonlocal`
  Cell = 5,            // local here and used by a nested scope: lives in a cell
};

// What the code does with a name in one scope (CPython's DEF_* flags).
namespace symbol_flags {
constexpr uint16_t kGlobal = 1;      // `global` statement
constexpr uint16_t kLocal = 2;       // assigned, deleted, def/class name, except-as, for target
constexpr uint16_t kParam = 4;       // a parameter
constexpr uint16_t kNonlocal = 8;    // `nonlocal` statement
constexpr uint16_t kUse = 16;        // read
constexpr uint16_t kFreeClass = 64;  // a class scope both binds it and passes it through
constexpr uint16_t kImport = 128;    // bound by import
constexpr uint16_t kAnnot = 256;     // annotated `x: int`
constexpr uint16_t kCompIter = 512;  // a comprehension's loop variable
constexpr uint16_t kBound = kLocal | kParam | kImport;
}  // namespace symbol_flags

struct Symbol {
  std::string_view name;
  uint16_t flags = 0;
  NameScope scope = NameScope::Local;

  bool is_parameter() const { return flags & symbol_flags::kParam; }
  bool is_assigned() const { return flags & symbol_flags::kLocal; }
  bool is_referenced() const { return flags & symbol_flags::kUse; }
  bool is_imported() const { return flags & symbol_flags::kImport; }
  bool is_annotated() const { return flags & symbol_flags::kAnnot; }
  bool is_nonlocal() const { return flags & symbol_flags::kNonlocal; }
};

struct Scope {
  ScopeType type = ScopeType::Module;
  ComprehensionKind comprehension = ComprehensionKind::None;
  std::string_view name;  // "top", the def/class name, "lambda", "listcomp", "genexpr"...
  int32_t lineno = 0;
  // The node that opens the scope: a FunctionDef/ClassDef Stmt, or a
  // Lambda/ListComp/SetComp/DictComp/GeneratorExp Expr; nullptr for the module.
  const void* node = nullptr;
  Scope* parent = nullptr;
  std::vector<Scope*> children;  // in source order
  std::vector<Symbol> symbols;   // in order of first appearance

  bool nested = false;         // inside a function (closures possible)
  bool is_generator = false;   // contains yield / yield from (or is a genexp)
  bool is_coroutine = false;   // async def, or a comprehension with await/async for
  bool has_varargs = false;    // *args
  bool has_varkw = false;      // **kwargs
  bool has_free = false;       // uses a free variable
  bool child_has_free = false;  // a nested scope does
  bool needs_class_closure = false;  // a class whose methods use super() / __class__

  bool is_async_generator() const { return is_coroutine && is_generator; }
  const Symbol* lookup(std::string_view name) const;

  // Internal: name -> index into symbols.
  std::unordered_map<std::string_view, uint32_t> index;
};

class SymbolTable {
 public:
  const Scope& module() const { return *scopes_.front(); }
  // The scope a FunctionDef/ClassDef/Lambda/comprehension node opens.
  const Scope* scope_of(const void* node) const;
  const std::vector<std::unique_ptr<Scope>>& scopes() const { return scopes_; }

 private:
  friend class SymtableBuilder;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const void*, Scope*> by_node_;
  std::vector<std::unique_ptr<std::string>> mangled_names_;  // `_Class__x` spellings
};

struct SymtableResult {
  std::unique_ptr<SymbolTable> table;  // set on success
  SyntaxError error;                    // set on failure
  bool ok() const { return table != nullptr; }
};

// [source] and [filename] are only used to word and place errors.
SymtableResult build_symtable(const Module& module, std::string_view source,
                              std::string_view filename);

// The table in the text form tests/parser/regen_symtable.py writes from
// CPython's symtable module (one scope per line, its symbols sorted).
std::string symtable_dump(const SymbolTable& table);

}  // namespace interleave::lang
