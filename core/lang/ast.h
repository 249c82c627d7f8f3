// The abstract syntax tree of a Python 3.11 module, modelled on CPython's
// `ast` module: same node names, same field names, same positions.
//
// Ownership. Every node, sequence and string of a module lives in one Arena
// (arena.h) owned by the ParsedModule that parser.h returns; the tree is freed
// with it, all at once. Nodes are plain structs: no destructors, no virtual
// functions, no shared_ptr. Identifiers and string constants are
// std::string_view into that arena (UTF-8). Optional children are nullptr;
// optional identifiers are empty string_views.
//
// Walking. Statements derive from Stmt, expressions from Expr; each has a
// `kind` to switch on and the compiler downcasts with `as<T>()`, which checks
// the kind in debug builds:
//
//   switch (stmt->kind) {
//     case StmtKind::If: { auto* s = stmt->as<If>(); ... s->test ... }
//   }
//
// A few structs serve two kinds, exactly where CPython's two node types have
// identical fields: FunctionDef (FunctionDef, AsyncFunctionDef), For (For,
// AsyncFor), With (With, AsyncWith), Try (Try, TryStar); ListComp, SetComp
// and GeneratorExp share Comprehension-shaped fields but keep separate
// structs for clarity.
//
// Positions. Like CPython: `lineno`/`end_lineno` are 1-based lines,
// `col_offset`/`end_col_offset` are 0-based UTF-8 *byte* offsets into the
// line. For a caret under Cyrillic text convert with char_column() below.
#pragma once

#include <cassert>
#include <cstdint>
#include <string_view>

#include "lang/arena.h"

namespace interleave::lang {

using Identifier = std::string_view;

struct Position {
  int32_t lineno = 0;
  int32_t col_offset = 0;  // UTF-8 bytes from the start of the line
  int32_t end_lineno = 0;
  int32_t end_col_offset = 0;
};

// 0-based character (code point) column of byte offset [byte_col] in [line].
inline int32_t char_column(std::string_view line, int32_t byte_col) {
  int32_t chars = 0;
  for (int32_t i = 0; i < byte_col && i < static_cast<int32_t>(line.size()); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  }
  return chars;
}

// ---------------------------------------------------------------------------
// Operators and contexts
// ---------------------------------------------------------------------------

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class Operator : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor,
  BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp,
  SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call,
  FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name,
  List, Tuple, Slice
};

struct Expr {
  ExprKind kind;
  Position pos;

  template <class T>
  T* as() {
    assert(T::matches(kind));
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    assert(T::matches(kind));
    return static_cast<const T*>(this);
  }
};

#define INTERLEAVE_EXPR_NODE(Name) \
  static constexpr ExprKind kKind = ExprKind::Name; \
  static bool matches(ExprKind k) { return k == kKind; }

struct arguments;
struct comprehension;
struct keyword;

struct BoolOp : Expr {  // values[0] and values[1] and ...
  INTERLEAVE_EXPR_NODE(BoolOp)
  BoolOpKind op;
  Seq<Expr*> values;
};

struct NamedExpr : Expr {  // target := value
  INTERLEAVE_EXPR_NODE(NamedExpr)
  Expr* target;  // always a Name (Store)
  Expr* value;
};

struct BinOp : Expr {
  INTERLEAVE_EXPR_NODE(BinOp)
  Expr* left;
  Operator op;
  Expr* right;
};

struct UnaryOp : Expr {
  INTERLEAVE_EXPR_NODE(UnaryOp)
  UnaryOpKind op;
  Expr* operand;
};

struct Lambda : Expr {
  INTERLEAVE_EXPR_NODE(Lambda)
  arguments* args;
  Expr* body;
};

struct IfExp : Expr {  // body if test else orelse
  INTERLEAVE_EXPR_NODE(IfExp)
  Expr* test;
  Expr* body;
  Expr* orelse;
};

struct Dict : Expr {  // keys[i] is nullptr for `**values[i]`
  INTERLEAVE_EXPR_NODE(Dict)
  Seq<Expr*> keys;
  Seq<Expr*> values;
};

struct Set : Expr {
  INTERLEAVE_EXPR_NODE(Set)
  Seq<Expr*> elts;
};

struct ListComp : Expr {
  INTERLEAVE_EXPR_NODE(ListComp)
  Expr* elt;
  Seq<comprehension*> generators;
};

struct SetComp : Expr {
  INTERLEAVE_EXPR_NODE(SetComp)
  Expr* elt;
  Seq<comprehension*> generators;
};

struct DictComp : Expr {
  INTERLEAVE_EXPR_NODE(DictComp)
  Expr* key;
  Expr* value;
  Seq<comprehension*> generators;
};

struct GeneratorExp : Expr {
  INTERLEAVE_EXPR_NODE(GeneratorExp)
  Expr* elt;
  Seq<comprehension*> generators;
};

struct Await : Expr {
  INTERLEAVE_EXPR_NODE(Await)
  Expr* value;
};

struct Yield : Expr {
  INTERLEAVE_EXPR_NODE(Yield)
  Expr* value;  // nullptr for a bare `yield`
};

struct YieldFrom : Expr {
  INTERLEAVE_EXPR_NODE(YieldFrom)
  Expr* value;
};

struct Compare : Expr {  // left ops[0] comparators[0] ops[1] comparators[1] ...
  INTERLEAVE_EXPR_NODE(Compare)
  Expr* left;
  Seq<CmpOp> ops;
  Seq<Expr*> comparators;
};

struct Call : Expr {  // positional args may be Starred; `**x` is a keyword with empty arg
  INTERLEAVE_EXPR_NODE(Call)
  Expr* func;
  Seq<Expr*> args;
  Seq<keyword*> keywords;
};

// One `{...}` of an f-string.
struct FormattedValue : Expr {
  INTERLEAVE_EXPR_NODE(FormattedValue)
  Expr* value;
  int32_t conversion;   // -1 none, or 's', 'r', 'a'
  Expr* format_spec;    // nullptr or a JoinedStr
};

struct JoinedStr : Expr {  // an f-string: Constant(str) and FormattedValue parts
  INTERLEAVE_EXPR_NODE(JoinedStr)
  Seq<Expr*> values;
};

// A literal value. Exactly the kinds CPython's Constant can hold from source.
enum class ConstantKind : uint8_t {
  None, True, False, Ellipsis,
  Int,      // fits int64: `int_value`
  BigInt,   // does not fit int64: `text` holds its decimal digits (no sign,
            // no underscores, always base 10 even if written in hex)
  Float,    // `float_value`
  Complex,  // an imaginary literal like 2j: `float_value` is the imaginary part
  Str,      // `text` is UTF-8 (lone surrogates from \ud800 are WTF-8 encoded)
  Bytes     // `text` holds the raw bytes
};

struct Constant : Expr {
  INTERLEAVE_EXPR_NODE(Constant)
  ConstantKind value_kind;
  bool u_prefix;  // the string was written u"..." (CPython's kind='u')
  int64_t int_value;
  double float_value;
  std::string_view text;
};

struct Attribute : Expr {  // value.attr
  INTERLEAVE_EXPR_NODE(Attribute)
  Expr* value;
  Identifier attr;
  ExprContext ctx;
};

struct Subscript : Expr {  // value[slice]; a[1:2, 3] has a Tuple slice
  INTERLEAVE_EXPR_NODE(Subscript)
  Expr* value;
  Expr* slice;
  ExprContext ctx;
};

struct Starred : Expr {  // *value
  INTERLEAVE_EXPR_NODE(Starred)
  Expr* value;
  ExprContext ctx;
};

struct Name : Expr {
  INTERLEAVE_EXPR_NODE(Name)
  Identifier id;
  ExprContext ctx;
};

struct List : Expr {
  INTERLEAVE_EXPR_NODE(List)
  Seq<Expr*> elts;
  ExprContext ctx;
};

struct Tuple : Expr {
  INTERLEAVE_EXPR_NODE(Tuple)
  Seq<Expr*> elts;
  ExprContext ctx;
};

struct Slice : Expr {  // lower:upper:step, each optional
  INTERLEAVE_EXPR_NODE(Slice)
  Expr* lower;
  Expr* upper;
  Expr* step;
};

#undef INTERLEAVE_EXPR_NODE

// ---------------------------------------------------------------------------
// Helper nodes
// ---------------------------------------------------------------------------

struct arg {
  Identifier arg;
  Expr* annotation;  // nullptr if none
  Position pos;
};

// Parameters in source order:
//   def f(posonlyargs, /, args, *vararg, kwonlyargs, **kwarg)
// `defaults` belong to the last len(defaults) of posonlyargs+args;
// kw_defaults[i] belongs to kwonlyargs[i] (nullptr if it has none).
struct arguments {
  Seq<arg*> posonlyargs;
  Seq<arg*> args;
  arg* vararg;  // nullptr if none
  Seq<arg*> kwonlyargs;
  Seq<Expr*> kw_defaults;
  arg* kwarg;   // nullptr if none
  Seq<Expr*> defaults;
};

struct keyword {  // arg=value, or **value when arg is empty
  Identifier arg;
  Expr* value;
  Position pos;
};

struct alias {  // name [as asname]; name may be dotted ("os.path") or "*"
  Identifier name;
  Identifier asname;  // empty if none
  Position pos;
};

struct withitem {  // context_expr [as optional_vars]
  Expr* context_expr;
  Expr* optional_vars;  // nullptr if none
};

struct comprehension {  // [async] for target in iter [if ifs...]
  Expr* target;
  Expr* iter;
  Seq<Expr*> ifs;
  bool is_async;
};

struct Stmt;

// ---------------------------------------------------------------------------
// Patterns (the `case` clauses of a match statement)
// ---------------------------------------------------------------------------

enum class PatternKind : uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};

struct Pattern {
  PatternKind kind;
  Position pos;
  // MatchValue: value. MatchSingleton: singleton (a None/True/False
  // Constant). MatchSequence, MatchOr: patterns. MatchMapping: keys,
  // patterns, rest (`**rest`, empty if none). MatchClass: cls, patterns,
  // kwd_attrs, kwd_patterns. MatchStar: name (empty for `*_`). MatchAs:
  // pattern (nullptr for a bare capture or `_`) and name (empty for `_`).
  Expr* value = nullptr;
  Expr* cls = nullptr;
  Seq<Pattern*> patterns;
  Seq<Expr*> keys;
  Seq<Identifier> kwd_attrs;
  Seq<Pattern*> kwd_patterns;
  Pattern* pattern = nullptr;
  Identifier name;
};

struct match_case {  // case pattern [if guard]: body
  Pattern* pattern;
  Expr* guard;  // nullptr if none
  Seq<Stmt*> body;
};

struct ExceptHandler {  // except [type [as name]]: body
  Expr* type;       // nullptr for a bare `except:`
  Identifier name;  // empty if none
  Seq<Stmt*> body;
  Position pos;
};

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign,
  AnnAssign, For, AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar,
  Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue
};

struct Stmt {
  StmtKind kind;
  Position pos;

  template <class T>
  T* as() {
    assert(T::matches(kind));
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    assert(T::matches(kind));
    return static_cast<const T*>(this);
  }
};

#define INTERLEAVE_STMT_NODE(Name) \
  static constexpr StmtKind kKind = StmtKind::Name; \
  static bool matches(StmtKind k) { return k == kKind; }
#define INTERLEAVE_STMT_NODE2(Name, Async) \
  static constexpr StmtKind kKind = StmtKind::Name; \
  static bool matches(StmtKind k) { return k == StmtKind::Name || k == StmtKind::Async; }

struct FunctionDef : Stmt {  // kind FunctionDef or AsyncFunctionDef
  INTERLEAVE_STMT_NODE2(FunctionDef, AsyncFunctionDef)
  Identifier name;
  arguments* args;
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
  Expr* returns;  // nullptr if no annotation
};

struct ClassDef : Stmt {
  INTERLEAVE_STMT_NODE(ClassDef)
  Identifier name;
  Seq<Expr*> bases;
  Seq<keyword*> keywords;
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
};

struct Return : Stmt {
  INTERLEAVE_STMT_NODE(Return)
  Expr* value;  // nullptr for a bare `return`
};

struct Delete : Stmt {
  INTERLEAVE_STMT_NODE(Delete)
  Seq<Expr*> targets;  // ctx Del
};

struct Assign : Stmt {  // targets[0] = targets[1] = ... = value
  INTERLEAVE_STMT_NODE(Assign)
  Seq<Expr*> targets;
  Expr* value;
};

struct AugAssign : Stmt {  // target op= value
  INTERLEAVE_STMT_NODE(AugAssign)
  Expr* target;
  Operator op;
  Expr* value;
};

struct AnnAssign : Stmt {  // target: annotation [= value]
  INTERLEAVE_STMT_NODE(AnnAssign)
  Expr* target;
  Expr* annotation;
  Expr* value;  // nullptr if none
  bool simple;  // target is a plain name, not in parentheses
};

struct For : Stmt {  // kind For or AsyncFor
  INTERLEAVE_STMT_NODE2(For, AsyncFor)
  Expr* target;
  Expr* iter;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};

struct While : Stmt {
  INTERLEAVE_STMT_NODE(While)
  Expr* test;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};

struct If : Stmt {  // elif chains are nested Ifs in orelse
  INTERLEAVE_STMT_NODE(If)
  Expr* test;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};

struct With : Stmt {  // kind With or AsyncWith
  INTERLEAVE_STMT_NODE2(With, AsyncWith)
  Seq<withitem*> items;
  Seq<Stmt*> body;
};

struct Raise : Stmt {  // raise [exc [from cause]]
  INTERLEAVE_STMT_NODE(Raise)
  Expr* exc;
  Expr* cause;
};

struct Match : Stmt {  // match subject: cases
  INTERLEAVE_STMT_NODE(Match)
  Expr* subject;
  Seq<match_case*> cases;
};

struct Try : Stmt {  // kind Try, or TryStar for except* handlers
  INTERLEAVE_STMT_NODE2(Try, TryStar)
  Seq<Stmt*> body;
  Seq<ExceptHandler*> handlers;
  Seq<Stmt*> orelse;
  Seq<Stmt*> finalbody;
};

struct Assert : Stmt {
  INTERLEAVE_STMT_NODE(Assert)
  Expr* test;
  Expr* msg;  // nullptr if none
};

struct Import : Stmt {
  INTERLEAVE_STMT_NODE(Import)
  Seq<alias*> names;
};

struct ImportFrom : Stmt {  // from [.*level][module] import names
  INTERLEAVE_STMT_NODE(ImportFrom)
  Identifier module;  // empty for `from . import x`
  Seq<alias*> names;
  int32_t level;
};

struct Global : Stmt {
  INTERLEAVE_STMT_NODE(Global)
  Seq<Identifier> names;
};

struct Nonlocal : Stmt {
  INTERLEAVE_STMT_NODE(Nonlocal)
  Seq<Identifier> names;
};

struct ExprStmt : Stmt {  // CPython's `Expr` statement (name taken by the base)
  INTERLEAVE_STMT_NODE(Expr)
  lang::Expr* value;
};

struct Pass : Stmt { INTERLEAVE_STMT_NODE(Pass) };
struct Break : Stmt { INTERLEAVE_STMT_NODE(Break) };
struct Continue : Stmt { INTERLEAVE_STMT_NODE(Continue) };

#undef INTERLEAVE_STMT_NODE
#undef INTERLEAVE_STMT_NODE2

struct Module {
  Seq<Stmt*> body;
};

// Names for diagnostics and dumps ("FunctionDef", "Add", "Load", ...).
const char* kind_name(StmtKind kind);
const char* kind_name(ExprKind kind);
const char* kind_name(PatternKind kind);
const char* operator_name(Operator op);
const char* unary_op_name(UnaryOpKind op);
const char* cmp_op_name(CmpOp op);
const char* context_name(ExprContext ctx);

// Python spelling of an operator ("+", "//", "not in", ...), for messages.
const char* operator_symbol(Operator op);

}  // namespace interleave::lang
