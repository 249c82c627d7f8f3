// The recursive-descent parser's state, shared by parser.cpp (statements),
// parser_expr.cpp (expressions), parser_targets.cpp (assignment targets)
// and parser_strings.cpp (string literals and f-strings). Not a public
// header: use parser.h.
//
// Failure is a null result: the first error is recorded in `error_` and every
// caller returns nullptr up the chain. Nothing throws.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/arena.h"
#include "lang/ast.h"
#include "lang/lexer.h"
#include "lang/syntax_error.h"

namespace interleave::lang {

// An error with byte columns, turned into a SyntaxError at the end.
struct PendingError {
  bool set = false;
  bool from_lexer = false;
  SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
  std::string message;
  int32_t line = 0, col = 0;          // 0-based byte column
  int32_t end_line = 0, end_col = -1;  // -1: a single caret
  bool show_caret = true;
};

// Where a node starts (its first token).
struct Start {
  int32_t line;
  int32_t col;
};

class Parser {
 public:
  Parser(std::string_view source, Arena& arena, LexerOptions options = {});

  Module* file();
  // For f-string fields: star_expressions or yield_expr, then the end.
  Expr* fstring_field_expression();

  const PendingError& error() const { return error_; }
  // The line of the furthest token read (CPython compares it with the line
  // of an unclosed bracket to decide which error to report).
  int32_t furthest_line() const {
    for (size_t i = tokens_.size(); i-- > 0;)
      if (tokens_[i].kind != TokenKind::Error) return tokens_[i].line;
    return 0;
  }
  Lexer& lexer() { return lexer_; }

 private:
  friend class StringParser;

  // --- tokens (parser.cpp) ---
  const Token& peek(size_t ahead = 0);
  TokenKind kind(size_t ahead = 0) { return peek(ahead).kind; }
  bool at(TokenKind k) { return kind() == k; }
  const Token& advance();
  bool accept(TokenKind k);
  std::string_view text(const Token& t) { return lexer_.text(t); }
  Start here() { const Token& t = peek(); return {t.line, t.col}; }
  Position last_pos() const { return {last_.line, last_.col, last_.end_line, last_.end_col}; }
  Position done(Start s) const { return {s.line, s.col, last_.end_line, last_.end_col}; }
  static Position span(const Position& a, const Position& b) {
    return {a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
  }
  template <class T>
  T* node(Position pos) {
    T* n = arena_.make<T>();
    n->kind = T::kKind;
    n->pos = pos;
    return n;
  }
  Identifier name_of(const Token& t) { return arena_.str(text(t)); }

  // --- errors (parser.cpp) ---
  std::nullptr_t fail_at(const Token& t, std::string message,
                         SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError);
  std::nullptr_t fail_range(const Position& from, const Position& to, std::string message);
  std::nullptr_t fail_node(const Position& where, std::string message);
  std::nullptr_t fail_here();  // "invalid syntax" or the lexer's own error
  std::nullptr_t expect_fail(TokenKind k);
  bool expect(TokenKind k);
  bool failed() const { return error_.set; }
  struct Mark {
    size_t pos;
    Token last;
  };
  Mark mark() const { return {pos_, last_}; }
  void reset(Mark m);

  // Counts one level of parser recursion; false (with an error) past the
  // limit, so that no input can overflow the C++ stack.
  struct Nest {
    Parser& p;
    bool ok;
    explicit Nest(Parser& parser) : p(parser), ok(++parser.nesting_ <= kMaxNesting) {
      if (!ok) {
        p.fail_at(p.peek(), "too many nested expressions (the playground allows " +
                                std::to_string(kMaxNesting) + " levels)");
      }
    }
    ~Nest() { --p.nesting_; }
  };

  // --- statements (parser.cpp) ---
  bool statements_until(TokenKind end, std::vector<Stmt*>* out);
  bool statement(std::vector<Stmt*>* out);
  bool simple_stmts(std::vector<Stmt*>* out);
  Stmt* simple_stmt();
  Stmt* expression_statement();
  Stmt* compound_stmt();
  bool block(const char* what, int32_t header_line, Seq<Stmt*>* out);
  bool header_colon();
  Stmt* function_def(Start start, Seq<Expr*> decorators, bool is_async);
  Stmt* class_def(Start start, Seq<Expr*> decorators);
  Stmt* decorated();
  Stmt* if_stmt(bool is_elif);
  Stmt* while_stmt();
  Stmt* for_stmt(Start start, bool is_async);
  Stmt* with_stmt(Start start, bool is_async);
  bool with_items(bool parenthesized, std::vector<withitem*>* items);
  Stmt* try_stmt();
  Stmt* return_stmt();
  Stmt* raise_stmt();
  Stmt* import_stmt();
  Stmt* import_from();
  Stmt* global_or_nonlocal(bool global);
  Stmt* del_stmt();
  Stmt* assert_stmt();
  bool dotted_name(std::string* out);
  alias* import_alias(bool dotted);
  bool looks_like_match_statement();
  bool expected_indent(const char* what, int32_t header_line);

  // --- match statements (parser_patterns.cpp) ---
  Stmt* match_stmt();
  match_case* case_block();
  Pattern* patterns();
  Pattern* pattern();
  Pattern* or_pattern();
  Pattern* closed_pattern();
  Pattern* sequence_pattern(TokenKind close, Start start);
  Pattern* maybe_star_pattern();
  Pattern* mapping_pattern();
  Pattern* class_pattern(Expr* cls, Start start);
  Expr* literal_expr();
  Expr* name_or_attr();
  Pattern* pattern_node(PatternKind k, Position pos) {
    Pattern* p = arena_.make<Pattern>();
    p->kind = k;
    p->pos = pos;
    return p;
  }

  // --- expressions (parser_expr.cpp) ---
  Expr* star_expressions();
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression();
  Expr* expression();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* binary(int level);
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* atom();
  Expr* paren_atom();
  Expr* list_atom();
  Expr* brace_atom();
  Expr* yield_expr();
  Expr* lambdef();
  Expr* call(Expr* func, Start start);
  Expr* subscript(Expr* value, Start start);
  Expr* slice();
  Expr* number(const Token& t);
  Expr* comprehension_tail(Expr* elt, Expr* value, ExprKind kind, Start start);
  bool for_if_clauses(std::vector<comprehension*>* out);
  Expr* star_targets(bool for_target);
  arguments* parameters(bool lambda);
  arg* parameter(bool lambda);
  Expr* invalid_assignment_in_condition(Expr* e);
  Expr* forgot_comma(Expr* first);
  bool starts_expression(TokenKind k);
  Expr* strings();

  // --- targets (parser_targets.cpp) ---
  enum class TargetUse { Assign, AssignFirst, For, Del, With, Comprehension };
  bool set_context(Expr* e, ExprContext ctx, TargetUse use);
  static const char* expr_name(const Expr* e);

  Lexer lexer_;
  Arena& arena_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  Token last_;  // the most recently consumed token
  PendingError error_;
  int32_t fstring_depth_ = 0;
  int32_t nesting_ = 0;  // recursion depth of the parse functions below
  static constexpr int32_t kMaxNesting = 200;
  bool first_target_parenthesized_ = false;  // for set_context's AssignFirst

 public:
  void set_fstring_depth(int32_t d) { fstring_depth_ = d; }
  int32_t fstring_depth() const { return fstring_depth_; }
};

}  // namespace interleave::lang
