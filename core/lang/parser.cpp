// The parser, part 1: tokens, errors and statements (see parser.h).
//
// Contents
//   1. Entry point
//   2. Tokens and errors
//   3. Statements: blocks, simple statements, compound statements
//
// The grammar comments follow CPython 3.11's Grammar/python.gram, shortened.
#include <cstdio>

#include "lang/ast_depth.h"
#include "lang/literals.h"
#include "lang/parser.h"
#include "lang/parser_internal.h"

namespace interleave::lang {

// ---------------------------------------------------------------------------
// 1. Entry point
// ---------------------------------------------------------------------------

namespace {

// Turns a PendingError (byte columns) into a SyntaxError (1-based character
// columns) with the source line it points into.
SyntaxError finish_error(const PendingError& e, std::string_view source,
                         std::string_view filename) {
  SyntaxError out;
  out.kind = e.kind;
  out.message = e.message;
  out.filename = std::string(filename);
  out.line = e.line;
  std::string_view line = source_line(source, e.line);
  out.source_line = std::string(line);
  if (e.col < 0) {
    out.column = e.col + 1;  // CPython's offset 0: "before the line"
  } else {
    out.column = char_column(line, e.col) + 1;
    if (e.col > static_cast<int32_t>(line.size()))
      out.column += e.col - static_cast<int32_t>(line.size());
  }
  out.end_line = e.end_line;
  out.show_caret = e.show_caret;
  if (e.end_col >= 0) {
    std::string_view end_text = source_line(source, e.end_line);
    out.end_column = char_column(end_text, e.end_col) + 1;
    if (e.end_col > static_cast<int32_t>(end_text.size()))
      out.end_column += e.end_col - static_cast<int32_t>(end_text.size());
  }
  return out;
}

}  // namespace

ParseResult parse_module(std::string_view source, std::string_view filename) {
  ParseResult result;
  auto module = std::make_unique<ParsedModule>();
  Parser parser(source, module->arena);
  Module* tree = parser.file();
  if (tree) {
    if (const Position* deep = find_node_deeper_than(*tree, kMaxTreeDepth)) {
      // Like CPython's "too many nested parentheses", but for any nesting:
      // walkers of the tree recurse, and the stack (in wasm) is small.
      result.error = make_syntax_error(SyntaxErrorKind::SyntaxError,
                                       "too many nested expressions (the playground allows " +
                                           std::to_string(kMaxTreeDepth) + " levels)",
                                       filename, source, deep->lineno, deep->col_offset,
                                       deep->end_lineno, deep->end_col_offset);
      return result;
    }
    module->tree = tree;
    result.module = std::move(module);
    return result;
  }
  PendingError error = parser.error();
  if (!error.from_lexer) {
    // Like CPython, read the rest of the file: a tokenizer error further on
    // (an unterminated string, say) wins over the parser's error, and so does
    // a bracket opened before the error line that is never closed.
    Lexer& lexer = parser.lexer();
    Token t;
    do {
      t = lexer.next();
    } while (t.kind != TokenKind::Error && t.kind != TokenKind::EndMarker);
    if (t.kind == TokenKind::Error) {
      const LexError& le = lexer.error();
      bool unclosed = !lexer.open_brackets().empty() && le.message.find("was never closed") !=
                                                            std::string::npos;
      if (le.overrides_parser_error || (unclosed && parser.furthest_line() > le.line)) {
        error.kind = le.kind;
        error.message = le.message;
        error.line = error.end_line = le.line;
        error.col = le.col;
        error.end_col = le.end_col;
      }
    }
  }
  result.error = finish_error(error, source, filename);
  return result;
}

// ---------------------------------------------------------------------------
// 2. Tokens and errors
// ---------------------------------------------------------------------------

Parser::Parser(std::string_view source, Arena& arena, LexerOptions options)
    : lexer_(source, options), arena_(arena) {
  tokens_.reserve(source.size() / 4 + 16);
}

const Token& Parser::peek(size_t ahead) {
  if (pos_ + ahead < tokens_.size()) return tokens_[pos_ + ahead];  // the common case
  while (tokens_.size() <= pos_ + ahead) {
    if (!tokens_.empty() && (tokens_.back().kind == TokenKind::EndMarker ||
                             tokens_.back().kind == TokenKind::Error)) {
      return tokens_.back();
    }
    tokens_.push_back(lexer_.next());
  }
  return tokens_[pos_ + ahead];
}

const Token& Parser::advance() {
  Token t = peek();  // a copy: peeking further may grow tokens_
  last_ = t;
  if (t.kind != TokenKind::EndMarker && t.kind != TokenKind::Error) ++pos_;
  return last_;
}

bool Parser::accept(TokenKind k) {
  if (!at(k)) return false;
  advance();
  return true;
}

void Parser::reset(Mark m) {
  pos_ = m.pos;
  last_ = m.last;
  error_ = PendingError{};
}

std::nullptr_t Parser::fail_at(const Token& t, std::string message, SyntaxErrorKind kind) {
  if (error_.set) return nullptr;
  if (t.kind == TokenKind::Error) return fail_here();
  error_.set = true;
  error_.kind = kind;
  error_.message = std::move(message);
  error_.line = t.line;
  error_.col = t.col;
  error_.end_line = t.end_line;
  error_.end_col = t.end_col;
  error_.show_caret = t.kind != TokenKind::EndMarker;
  return nullptr;
}

std::nullptr_t Parser::fail_range(const Position& from, const Position& to,
                                  std::string message) {
  if (error_.set) return nullptr;
  error_.set = true;
  error_.kind = SyntaxErrorKind::SyntaxError;
  error_.message = std::move(message);
  error_.line = from.lineno;
  error_.col = from.col_offset;
  error_.end_line = to.end_lineno;
  error_.end_col = to.end_col_offset;
  return nullptr;
}

std::nullptr_t Parser::fail_node(const Position& where, std::string message) {
  return fail_range(where, where, std::move(message));
}

// The generic error at the current token: the lexer's own message when the
// lexer stopped there, "unexpected indent" at an INDENT, else "invalid syntax".
std::nullptr_t Parser::fail_here() {
  if (error_.set) return nullptr;
  Token t = peek();  // a copy: peeking further may grow tokens_
  if (t.kind == TokenKind::Error) {
    const LexError& le = lexer_.error();
    error_.set = true;
    error_.from_lexer = true;
    error_.kind = le.kind;
    error_.message = le.message;
    error_.line = error_.end_line = le.line;
    error_.col = le.col;
    error_.end_col = le.end_col;
    return nullptr;
  }
  if (t.kind == TokenKind::Indent) {
    // CPython puts the offset at the end of the indentation, with no caret.
    error_.set = true;
    error_.kind = SyntaxErrorKind::IndentationError;
    error_.message = "unexpected indent";
    error_.line = error_.end_line = t.line;
    error_.col = static_cast<int32_t>(t.end - t.start) - 1;
    error_.end_col = -1;
    return nullptr;
  }
  return fail_at(t, "invalid syntax");
}

bool Parser::expect(TokenKind k) {
  if (accept(k)) return true;
  expect_fail(k);
  return false;
}

// A missing token is "invalid syntax" at whatever stands there instead;
// CPython says "expected 'x'" only at a few places, which call fail_at.
std::nullptr_t Parser::expect_fail(TokenKind) { return fail_here(); }

// ---------------------------------------------------------------------------
// 3. Statements
// ---------------------------------------------------------------------------

// file: [statements] ENDMARKER
Module* Parser::file() {
  std::vector<Stmt*> body;
  if (!statements_until(TokenKind::EndMarker, &body)) return nullptr;
  Module* m = arena_.make<Module>();
  m->body = arena_.seq(body);
  return m;
}

// statements: statement+   (up to [end])
bool Parser::statements_until(TokenKind end, std::vector<Stmt*>* out) {
  while (!at(end)) {
    if (at(TokenKind::Error) || at(TokenKind::EndMarker)) {
      fail_here();
      return false;
    }
    if (!statement(out)) return false;
  }
  return true;
}

// statement: compound_stmt | simple_stmts
bool Parser::statement(std::vector<Stmt*>* out) {
  switch (kind()) {
    case TokenKind::KwDef:
    case TokenKind::KwClass:
    case TokenKind::KwIf:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWith:
    case TokenKind::At: {
      Stmt* s = compound_stmt();
      if (!s) return false;
      out->push_back(s);
      return true;
    }
    case TokenKind::KwAsync:
      if (kind(1) == TokenKind::KwDef || kind(1) == TokenKind::KwFor ||
          kind(1) == TokenKind::KwWith) {
        Stmt* s = compound_stmt();
        if (!s) return false;
        out->push_back(s);
        return true;
      }
      break;
    case TokenKind::Indent:
      fail_here();
      return false;
    default:
      break;
  }
  // `match` is a soft keyword: `match = 1` and `match(x)` are ordinary
  // statements; a line that reads `match <something>:` is a match statement.
  if (at(TokenKind::Name) && text(peek()) == "match" && looks_like_match_statement()) {
    Stmt* m = match_stmt();
    if (!m) return false;
    out->push_back(m);
    return true;
  }
  return simple_stmts(out);
}

// A `match` header: `match <something> :` NEWLINE.
bool Parser::looks_like_match_statement() {
  size_t i = 1;
  if (kind(1) == TokenKind::Equal || kind(1) == TokenKind::Newline || kind(1) == TokenKind::Dot)
    return false;
  for (;; ++i) {
    TokenKind k = kind(i);
    if (k == TokenKind::Newline || k == TokenKind::EndMarker || k == TokenKind::Error) break;
  }
  return i >= 3 && kind(i - 1) == TokenKind::Colon && kind(i) == TokenKind::Newline;
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
bool Parser::simple_stmts(std::vector<Stmt*>* out) {
  for (;;) {
    Stmt* s = simple_stmt();
    if (!s) return false;
    out->push_back(s);
    if (!accept(TokenKind::Semi)) break;
    if (at(TokenKind::Newline)) break;
  }
  if (accept(TokenKind::Newline)) return true;
  // Python 2's print statement: `print "hello"`.
  Stmt* s = out->back();
  if (s->kind == StmtKind::Expr) {
    Expr* e = s->as<ExprStmt>()->value;
    if (e->kind == ExprKind::Name && starts_expression(kind()) && !at(TokenKind::Star)) {
      Identifier id = e->as<Name>()->id;
      if (id == "print" || id == "exec") {
        Expr* rest = star_expressions();
        if (!rest) return false;
        std::string name(id);
        fail_range(e->pos, rest->pos,
                   "Missing parentheses in call to '" + name + "'. Did you mean " + name +
                       "(...)?");
        return false;
      }
    }
  }
  fail_here();
  return false;
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt
//   | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break'
//   | 'continue' | global_stmt | nonlocal_stmt
Stmt* Parser::simple_stmt() {
  Start s = here();
  switch (kind()) {
    case TokenKind::KwReturn: return return_stmt();
    case TokenKind::KwImport: return import_stmt();
    case TokenKind::KwFrom: return import_from();
    case TokenKind::KwRaise: return raise_stmt();
    case TokenKind::KwDel: return del_stmt();
    case TokenKind::KwAssert: return assert_stmt();
    case TokenKind::KwGlobal: return global_or_nonlocal(true);
    case TokenKind::KwNonlocal: return global_or_nonlocal(false);
    case TokenKind::KwPass: advance(); return node<Pass>(done(s));
    case TokenKind::KwBreak: advance(); return node<Break>(done(s));
    case TokenKind::KwContinue: advance(); return node<Continue>(done(s));
    default: return expression_statement();
  }
}

namespace {

bool is_single_target(const Expr* e) {
  return e->kind == ExprKind::Name || e->kind == ExprKind::Attribute ||
         e->kind == ExprKind::Subscript;
}

bool augmented_operator(TokenKind k, Operator* op) {
  switch (k) {
    case TokenKind::PlusEqual: *op = Operator::Add; return true;
    case TokenKind::MinEqual: *op = Operator::Sub; return true;
    case TokenKind::StarEqual: *op = Operator::Mult; return true;
    case TokenKind::AtEqual: *op = Operator::MatMult; return true;
    case TokenKind::SlashEqual: *op = Operator::Div; return true;
    case TokenKind::PercentEqual: *op = Operator::Mod; return true;
    case TokenKind::AmperEqual: *op = Operator::BitAnd; return true;
    case TokenKind::VBarEqual: *op = Operator::BitOr; return true;
    case TokenKind::CircumflexEqual: *op = Operator::BitXor; return true;
    case TokenKind::LeftShiftEqual: *op = Operator::LShift; return true;
    case TokenKind::RightShiftEqual: *op = Operator::RShift; return true;
    case TokenKind::DoubleStarEqual: *op = Operator::Pow; return true;
    case TokenKind::DoubleSlashEqual: *op = Operator::FloorDiv; return true;
    default: return false;
  }
}

}  // namespace

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | single_target ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions)
//     | single_target augassign (yield_expr | star_expressions)
// star_expressions
Stmt* Parser::expression_statement() {
  Start s = here();
  bool parenthesized = at(TokenKind::LPar);
  Expr* first = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
  if (!first) return nullptr;

  if (at(TokenKind::Colon)) {
    if (first->kind == ExprKind::Starred) return fail_here();
    if (first->kind == ExprKind::Tuple) {
      const Expr* where = parenthesized ? first : first->as<Tuple>()->elts[0];
      return fail_node(where->pos, "only single target (not tuple) can be annotated");
    }
    if (first->kind == ExprKind::List)
      return fail_node(first->pos, "only single target (not list) can be annotated");
    if (!is_single_target(first)) return fail_node(first->pos, "illegal target for annotation");
    set_context(first, ExprContext::Store, TargetUse::Assign);
    advance();
    Expr* annotation = expression();
    if (!annotation) return nullptr;
    Expr* value = nullptr;
    if (accept(TokenKind::Equal)) {
      value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
      if (!value) return nullptr;
    }
    auto* a = node<AnnAssign>(done(s));
    a->target = first;
    a->annotation = annotation;
    a->value = value;
    a->simple = first->kind == ExprKind::Name && !parenthesized;
    return a;
  }

  if (at(TokenKind::Equal)) {
    std::vector<Expr*> chain{first};
    while (accept(TokenKind::Equal)) {
      Expr* e = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
      if (!e) return nullptr;
      chain.push_back(e);
    }
    first_target_parenthesized_ =
        parenthesized && (first->pos.lineno != s.line || first->pos.col_offset != s.col);
    for (size_t i = 0; i + 1 < chain.size(); ++i) {
      TargetUse use = (i == 0 && chain.size() == 2) ? TargetUse::AssignFirst : TargetUse::Assign;
      if (!set_context(chain[i], ExprContext::Store, use)) return nullptr;
    }
    Expr* value = chain.back();
    chain.pop_back();
    auto* a = node<Assign>(done(s));
    a->targets = arena_.seq(chain);
    a->value = value;
    return a;
  }

  Operator op;
  if (augmented_operator(kind(), &op)) {
    if (!is_single_target(first)) {
      return fail_node(first->pos, std::string("'") + expr_name(first) +
                                       "' is an illegal expression for augmented assignment");
    }
    set_context(first, ExprContext::Store, TargetUse::Assign);
    advance();
    Expr* value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
    if (!value) return nullptr;
    auto* a = node<AugAssign>(done(s));
    a->target = first;
    a->op = op;
    a->value = value;
    return a;
  }

  auto* e = node<ExprStmt>(done(s));
  e->value = first;
  return e;
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::return_stmt() {
  Start s = here();
  advance();
  Expr* value = nullptr;
  if (starts_expression(kind())) {
    value = star_expressions();
    if (!value) return nullptr;
  }
  auto* r = node<Return>(done(s));
  r->value = value;
  return r;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raise_stmt() {
  Start s = here();
  advance();
  Expr* exc = nullptr;
  Expr* cause = nullptr;
  if (starts_expression(kind())) {
    exc = expression();
    if (!exc) return nullptr;
    if (accept(TokenKind::KwFrom)) {
      cause = expression();
      if (!cause) return nullptr;
    }
  }
  auto* r = node<Raise>(done(s));
  r->exc = exc;
  r->cause = cause;
  return r;
}

// global_stmt: 'global' ','.NAME+
// nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::global_or_nonlocal(bool global) {
  Start s = here();
  advance();
  std::vector<Identifier> names;
  do {
    if (!at(TokenKind::Name)) return fail_here();
    names.push_back(name_of(advance()));
  } while (accept(TokenKind::Comma));
  if (global) {
    auto* g = node<Global>(done(s));
    g->names = arena_.seq(names);
    return g;
  }
  auto* n = node<Nonlocal>(done(s));
  n->names = arena_.seq(names);
  return n;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
Stmt* Parser::del_stmt() {
  Start s = here();
  advance();
  std::vector<Expr*> targets;
  do {
    if (at(TokenKind::Newline) || at(TokenKind::Semi)) break;
    Expr* t = star_targets(false);
    if (!t) return nullptr;
    if (!set_context(t, ExprContext::Del, TargetUse::Del)) return nullptr;
    targets.push_back(t);
  } while (accept(TokenKind::Comma));
  if (targets.empty()) return fail_here();
  auto* d = node<Delete>(done(s));
  d->targets = arena_.seq(targets);
  return d;
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::assert_stmt() {
  Start s = here();
  advance();
  Expr* test = expression();
  if (!test) return nullptr;
  Expr* msg = nullptr;
  if (accept(TokenKind::Comma)) {
    msg = expression();
    if (!msg) return nullptr;
  }
  auto* a = node<Assert>(done(s));
  a->test = test;
  a->msg = msg;
  return a;
}

// dotted_name: dotted_name '.' NAME | NAME
bool Parser::dotted_name(std::string* out) {
  out->clear();
  for (;;) {
    if (!at(TokenKind::Name)) {
      fail_here();
      return false;
    }
    *out += text(advance());
    if (!at(TokenKind::Dot)) return true;
    advance();
    *out += '.';
  }
}

// dotted_as_name: dotted_name ['as' NAME]
// import_from_as_name: NAME ['as' NAME]
alias* Parser::import_alias(bool dotted) {
  Start s = here();
  std::string name;
  if (dotted) {
    if (!dotted_name(&name)) return nullptr;
  } else {
    if (!at(TokenKind::Name)) return fail_here();
    name = std::string(text(advance()));
  }
  Identifier asname;
  if (accept(TokenKind::KwAs)) {
    if (!at(TokenKind::Name)) return fail_here();
    asname = name_of(advance());
  }
  return arena_.make<alias>(alias{arena_.str(name), asname, done(s)});
}

// import_name: 'import' dotted_as_names
Stmt* Parser::import_stmt() {
  Start s = here();
  advance();
  std::vector<alias*> names;
  do {
    alias* a = import_alias(true);
    if (!a) return nullptr;
    names.push_back(a);
  } while (accept(TokenKind::Comma));
  auto* i = node<Import>(done(s));
  i->names = arena_.seq(names);
  return i;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
Stmt* Parser::import_from() {
  Start s = here();
  advance();
  int32_t level = 0;
  for (;;) {
    if (accept(TokenKind::Dot)) ++level;
    else if (accept(TokenKind::Ellipsis)) level += 3;
    else break;
  }
  std::string module;
  if (!(level > 0 && at(TokenKind::KwImport))) {
    if (!dotted_name(&module)) return nullptr;
  }
  if (!expect(TokenKind::KwImport)) return nullptr;
  std::vector<alias*> names;
  if (at(TokenKind::Star)) {
    Start st = here();
    advance();
    names.push_back(arena_.make<alias>(alias{arena_.str("*"), {}, done(st)}));
  } else if (accept(TokenKind::LPar)) {
    do {
      if (at(TokenKind::RPar)) break;
      alias* a = import_alias(false);
      if (!a) return nullptr;
      names.push_back(a);
    } while (accept(TokenKind::Comma));
    if (names.empty()) return fail_here();
    if (!expect(TokenKind::RPar)) return nullptr;
  } else {
    for (;;) {
      alias* a = import_alias(false);
      if (!a) return nullptr;
      names.push_back(a);
      if (!at(TokenKind::Comma)) break;
      advance();
      if (at(TokenKind::Newline)) {
        return fail_at(peek(), "trailing comma not allowed without surrounding parentheses");
      }
    }
  }
  auto* i = node<ImportFrom>(done(s));
  i->module = arena_.str(module);
  i->names = arena_.seq(names);
  i->level = level;
  return i;
}

// --- compound statements ---

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
//              | try_stmt | while_stmt | match_stmt (not supported)
Stmt* Parser::compound_stmt() {
  Start s = here();
  switch (kind()) {
    case TokenKind::At: return decorated();
    case TokenKind::KwDef: return function_def(s, {}, false);
    case TokenKind::KwClass: return class_def(s, {});
    case TokenKind::KwIf: return if_stmt(false);
    case TokenKind::KwWhile: return while_stmt();
    case TokenKind::KwFor: return for_stmt(s, false);
    case TokenKind::KwWith: return with_stmt(s, false);
    case TokenKind::KwTry: return try_stmt();
    case TokenKind::KwAsync:
      advance();
      if (at(TokenKind::KwDef)) return function_def(s, {}, true);
      if (at(TokenKind::KwFor)) return for_stmt(s, true);
      return with_stmt(s, true);
    default: return fail_here();
  }
}

// Where the last statement of [body] ends: compound statements end there.
static Position block_end(Start s, const Seq<Stmt*>& body) {
  const Position& e = body[body.size() - 1]->pos;
  return {s.line, s.col, e.end_lineno, e.end_col_offset};
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
// [what] names the header for "expected an indented block after ...".
bool Parser::block(const char* what, int32_t header_line, Seq<Stmt*>* out) {
  std::vector<Stmt*> body;
  if (accept(TokenKind::Newline)) {
    if (!at(TokenKind::Indent)) return expected_indent(what, header_line);
    advance();
    if (!statements_until(TokenKind::Dedent, &body)) return false;
    advance();
  } else {
    if (!simple_stmts(&body)) return false;
  }
  *out = arena_.seq(body);
  return true;
}

// A header's NEWLINE was not followed by INDENT: "expected an indented block
// after [what] on line N" (IndentationError) where CPython puts it. False.
bool Parser::expected_indent(const char* what, int32_t header_line) {
  if (at(TokenKind::Error)) {
    fail_here();
    return false;
  }
  char msg[128];
  std::snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, header_line);
  Token t = peek();  // a copy: peeking further may grow tokens_
  size_t k = 0;
  while (kind(k) == TokenKind::Dedent) ++k;
  bool at_eof = kind(k) == TokenKind::EndMarker;
  if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Dedent) {
    // CPython points just past the end of the header line.
    std::string_view line = source_line(lexer_.source(), last_.line);
    error_.set = true;
    error_.kind = SyntaxErrorKind::IndentationError;
    error_.message = msg;
    error_.line = error_.end_line = last_.line;
    error_.col = static_cast<int32_t>(line.size());
    error_.end_col = -1;
    error_.show_caret = false;
    if (!at_eof) {
      // ... or, before a dedented line, at offset 0 of that line.
      error_.line = error_.end_line = t.line;
      error_.col = -1;
    }
    return false;
  }
  fail_at(t, msg, SyntaxErrorKind::IndentationError);
  return false;
}

// The ':' that ends if/elif/while/for/with/class/except headers: CPython
// says "expected ':'" only when the line ends there instead.
bool Parser::header_colon() {
  if (accept(TokenKind::Colon)) return true;
  if (at(TokenKind::Newline)) fail_at(peek(), "expected ':'");
  else fail_here();
  return false;
}

// decorators: ('@' named_expression NEWLINE)+
// then: class_def_raw | function_def_raw
Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (accept(TokenKind::At)) {
    Expr* d = named_expression();
    if (!d) return nullptr;
    decorators.push_back(d);
    if (!accept(TokenKind::Newline)) return fail_here();
  }
  Start s = here();
  Seq<Expr*> list = arena_.seq(decorators);
  if (at(TokenKind::KwDef)) return function_def(s, list, false);
  if (at(TokenKind::KwClass)) return class_def(s, list);
  if (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwDef) {
    advance();
    return function_def(s, list, true);
  }
  return fail_here();
}

// function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] &&':' block
Stmt* Parser::function_def(Start s, Seq<Expr*> decorators, bool is_async) {
  Token def = advance();
  if (!at(TokenKind::Name)) return fail_here();
  Identifier name = name_of(advance());
  if (!at(TokenKind::LPar)) return fail_at(peek(), "expected '('");
  advance();
  arguments* args = parameters(false);
  if (!args) return nullptr;
  if (!expect(TokenKind::RPar)) return nullptr;
  Expr* returns = nullptr;
  if (accept(TokenKind::RArrow)) {
    returns = expression();
    if (!returns) return nullptr;
  }
  if (!at(TokenKind::Colon)) return fail_at(peek(), "expected ':'");
  advance();
  Seq<Stmt*> body;
  if (!block("function definition", def.line, &body)) return nullptr;
  auto* f = node<FunctionDef>(block_end(s, body));
  if (is_async) f->kind = StmtKind::AsyncFunctionDef;
  f->name = name;
  f->args = args;
  f->body = body;
  f->decorator_list = decorators;
  f->returns = returns;
  return f;
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::class_def(Start s, Seq<Expr*> decorators) {
  Token cls = advance();
  if (!at(TokenKind::Name)) return fail_here();
  Identifier name = name_of(advance());
  Seq<Expr*> bases;
  Seq<keyword*> keywords;
  if (at(TokenKind::LPar)) {
    // Parse the bases exactly like call arguments.
    Expr* fake = call(nullptr, here());
    if (!fake) return nullptr;
    bases = fake->as<Call>()->args;
    keywords = fake->as<Call>()->keywords;
  }
  if (!header_colon()) return nullptr;
  Seq<Stmt*> body;
  if (!block("class definition", cls.line, &body)) return nullptr;
  auto* c = node<ClassDef>(block_end(s, body));
  c->name = name;
  c->bases = bases;
  c->keywords = keywords;
  c->body = body;
  c->decorator_list = decorators;
  return c;
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
// else_block: 'else' &&':' block
Stmt* Parser::if_stmt(bool is_elif) {
  Start s = here();
  Token kw = advance();
  Expr* test = named_expression();
  if (!test) return nullptr;
  if (!header_colon()) return nullptr;
  Seq<Stmt*> body;
  if (!block(is_elif ? "'elif' statement" : "'if' statement", kw.line, &body)) return nullptr;
  Seq<Stmt*> orelse;
  if (at(TokenKind::KwElif)) {
    Stmt* elif = if_stmt(true);
    if (!elif) return nullptr;
    orelse = arena_.seq(std::vector<Stmt*>{elif});
  } else if (at(TokenKind::KwElse)) {
    Token e = advance();
    if (!at(TokenKind::Colon)) return fail_at(peek(), "expected ':'");
    advance();
    if (!block("'else' statement", e.line, &orelse)) return nullptr;
  }
  auto* i = node<If>(block_end(s, orelse.empty() ? body : orelse));
  i->test = test;
  i->body = body;
  i->orelse = orelse;
  return i;
}

// while_stmt: 'while' named_expression ':' block [else_block]
Stmt* Parser::while_stmt() {
  Start s = here();
  Token kw = advance();
  Expr* test = named_expression();
  if (!test) return nullptr;
  if (!header_colon()) return nullptr;
  Seq<Stmt*> body, orelse;
  if (!block("'while' statement", kw.line, &body)) return nullptr;
  if (at(TokenKind::KwElse)) {
    Token e = advance();
    if (!at(TokenKind::Colon)) return fail_at(peek(), "expected ':'");
    advance();
    if (!block("'else' statement", e.line, &orelse)) return nullptr;
  }
  auto* w = node<While>(block_end(s, orelse.empty() ? body : orelse));
  w->test = test;
  w->body = body;
  w->orelse = orelse;
  return w;
}

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
Stmt* Parser::for_stmt(Start s, bool is_async) {
  Token kw = advance();
  Expr* target = star_targets(true);
  if (!target) return nullptr;
  if (!set_context(target, ExprContext::Store, TargetUse::For)) return nullptr;
  if (!expect(TokenKind::KwIn)) return nullptr;
  Expr* iter = star_expressions();
  if (!iter) return nullptr;
  if (!header_colon()) return nullptr;
  Seq<Stmt*> body, orelse;
  if (!block("'for' statement", kw.line, &body)) return nullptr;
  if (at(TokenKind::KwElse)) {
    Token e = advance();
    if (!at(TokenKind::Colon)) return fail_at(peek(), "expected ':'");
    advance();
    if (!block("'else' statement", e.line, &orelse)) return nullptr;
  }
  auto* f = node<For>(block_end(s, orelse.empty() ? body : orelse));
  if (is_async) f->kind = StmtKind::AsyncFor;
  f->target = target;
  f->iter = iter;
  f->body = body;
  f->orelse = orelse;
  return f;
}

// with_item: expression ['as' star_target]
bool Parser::with_items(bool parenthesized, std::vector<withitem*>* items) {
  do {
    if (parenthesized && at(TokenKind::RPar)) break;
    Expr* ctx = expression();
    if (!ctx) return false;
    Expr* vars = nullptr;
    if (accept(TokenKind::KwAs)) {
      vars = star_targets(false);
      if (!vars) return false;
      if (!set_context(vars, ExprContext::Store, TargetUse::With)) return false;
    }
    items->push_back(arena_.make<withitem>(withitem{ctx, vars}));
  } while (accept(TokenKind::Comma));
  return true;
}

// with_stmt:
//     | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//     | ['async'] 'with' ','.with_item+ ':' block
Stmt* Parser::with_stmt(Start s, bool is_async) {
  Token kw = advance();
  std::vector<withitem*> items;
  bool done_items = false;
  if (at(TokenKind::LPar)) {
    // Try the parenthesized form first; `with (a, b) as c:` falls back.
    Mark m = mark();
    advance();
    if (with_items(true, &items) && accept(TokenKind::RPar) && at(TokenKind::Colon)) {
      done_items = true;
    } else {
      items.clear();
      reset(m);
    }
  }
  if (!done_items && !with_items(false, &items)) return nullptr;
  if (!header_colon()) return nullptr;
  Seq<Stmt*> body;
  if (!block("'with' statement", kw.line, &body)) return nullptr;
  auto* w = node<With>(block_end(s, body));
  if (is_async) w->kind = StmtKind::AsyncWith;
  w->items = arena_.seq(items);
  w->body = body;
  return w;
}

// try_stmt:
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
// finally_block: 'finally' &&':' block
Stmt* Parser::try_stmt() {
  Start s = here();
  Token kw = advance();
  if (!at(TokenKind::Colon)) return fail_at(peek(), "expected ':'");
  advance();
  Seq<Stmt*> body, orelse, finalbody;
  if (!block("'try' statement", kw.line, &body)) return nullptr;
  std::vector<ExceptHandler*> handlers;
  Position last_end = block_end(s, body);
  bool star_try = false;  // the first handler's kind: all must be alike
  while (at(TokenKind::KwExcept)) {
    Start hs = here();
    Token ex = advance();
    bool star = false;
    Token star_tok{};
    if (at(TokenKind::Star)) {
      star_tok = advance();
      star = true;
      if (at(TokenKind::Colon) || at(TokenKind::Newline))
        return fail_at(peek(), "expected one or more exception types");
    }
    Expr* type = nullptr;
    Identifier name;
    if (star || !at(TokenKind::Colon)) {
      type = expression();
      if (!type) return nullptr;
      if (at(TokenKind::Comma)) {
        // `except A, B:` is Python 2.
        Mark m = mark();
        advance();
        Expr* more = expression();
        if (more && (at(TokenKind::Colon) || at(TokenKind::KwAs) || at(TokenKind::Comma))) {
          return fail_range(type->pos, more->pos,
                            "multiple exception types must be parenthesized");
        }
        reset(m);
      }
      if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) return fail_here();
        name = name_of(advance());
      }
    }
    if (!header_colon()) return nullptr;
    if (handlers.empty()) {
      star_try = star;
    } else if (star != star_try) {
      // CPython's invalid_try_stmt: the range `except *` or the `except`.
      Position from{ex.line, ex.col, ex.end_line, ex.end_col};
      Position to = star ? Position{star_tok.line, star_tok.col, star_tok.end_line, star_tok.end_col} : from;
      return fail_range(from, to, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    Seq<Stmt*> hbody;
    if (!block(star ? "'except*' statement" : "'except' statement", ex.line, &hbody)) return nullptr;
    Position hp = block_end(hs, hbody);
    handlers.push_back(arena_.make<ExceptHandler>(ExceptHandler{type, name, hbody, hp}));
    last_end = hp;
  }
  if (!handlers.empty() && at(TokenKind::KwElse)) {
    Token e = advance();
    if (!at(TokenKind::Colon)) return fail_at(peek(), "expected ':'");
    advance();
    if (!block("'else' statement", e.line, &orelse)) return nullptr;
    last_end = block_end(s, orelse);
  }
  if (at(TokenKind::KwFinally)) {
    Token f = advance();
    if (!at(TokenKind::Colon)) return fail_at(peek(), "expected ':'");
    advance();
    if (!block("'finally' statement", f.line, &finalbody)) return nullptr;
    last_end = block_end(s, finalbody);
  }
  if (handlers.empty() && finalbody.empty()) {
    if (at(TokenKind::Error)) return fail_here();
    return fail_at(peek(), "expected 'except' or 'finally' block");
  }
  auto* t = node<Try>({s.line, s.col, last_end.end_lineno, last_end.end_col_offset});
  if (star_try) t->kind = StmtKind::TryStar;
  t->body = body;
  t->handlers = arena_.seq(handlers);
  t->orelse = orelse;
  t->finalbody = finalbody;
  return t;
}

}  // namespace interleave::lang
