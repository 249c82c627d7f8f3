// Tokens: the kinds of token the lexer produces and where each one is.
#pragma once

#include <cstdint>
#include <string_view>

namespace interleave::lang {

// X-macro: name, spelling. Keywords and operators each get their own kind so
// the parser switches on kinds, never on text.
#define INTERLEAVE_KEYWORDS(X)                                              \
  X(False, "False") X(None, "None") X(True, "True") X(And, "and")           \
  X(As, "as") X(Assert, "assert") X(Async, "async") X(Await, "await")       \
  X(Break, "break") X(Class, "class") X(Continue, "continue") X(Def, "def") \
  X(Del, "del") X(Elif, "elif") X(Else, "else") X(Except, "except")         \
  X(Finally, "finally") X(For, "for") X(From, "from") X(Global, "global")   \
  X(If, "if") X(Import, "import") X(In, "in") X(Is, "is")                   \
  X(Lambda, "lambda") X(Nonlocal, "nonlocal") X(Not, "not") X(Or, "or")     \
  X(Pass, "pass") X(Raise, "raise") X(Return, "return") X(Try, "try")       \
  X(While, "while") X(With, "with") X(Yield, "yield")

#define INTERLEAVE_OPERATORS(X)                                              \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{")         \
  X(RBrace, "}") X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+")       \
  X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|") X(Amper, "&")        \
  X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%")     \
  X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")                      \
  X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<")  \
  X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=")                 \
  X(MinEqual, "-=") X(StarEqual, "*=") X(SlashEqual, "/=")                   \
  X(PercentEqual, "%=") X(AmperEqual, "&=") X(VBarEqual, "|=")               \
  X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                          \
  X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=")                        \
  X(DoubleSlash, "//") X(DoubleSlashEqual, "//=") X(At, "@")                 \
  X(AtEqual, "@=") X(RArrow, "->") X(Ellipsis, "...") X(ColonEqual, ":=")

enum class TokenKind : uint8_t {
  EndMarker,
  Name,
  Number,
  String,
  Newline,
  Indent,
  Dedent,
  Error,  // the lexer stopped; Lexer::error() says why
#define X(name, text) Kw##name,
  INTERLEAVE_KEYWORDS(X)
#undef X
#define X(name, text) name,
  INTERLEAVE_OPERATORS(X)
#undef X
};

// The spelling of a keyword or operator kind, or a description ("NAME").
const char* token_kind_text(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  uint32_t start = 0;  // byte offsets of the token's text in the source
  uint32_t end = 0;
  int32_t line = 0;      // 1-based
  int32_t col = 0;       // 0-based UTF-8 byte column
  int32_t end_line = 0;
  int32_t end_col = 0;
  uint16_t depth = 0;  // brackets open around the token (for error messages)
};

inline bool is_keyword(TokenKind kind) {
  return kind >= TokenKind::KwFalse && kind <= TokenKind::KwYield;
}

}  // namespace interleave::lang
