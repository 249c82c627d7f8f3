// The lexer: turns Python 3.11 source into tokens on demand, the way
// CPython's tokenizer does (INDENT/DEDENT, implicit line joining inside
// brackets, backslash continuation, strings kept whole, f-strings included).
//
// The parser pulls one token at a time, so an error late in the file is not
// seen before an earlier syntax error — CPython behaves the same way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/syntax_error.h"
#include "lang/tokens.h"

namespace interleave::lang {

// An error found by the lexer. Columns are 0-based byte columns.
struct LexError {
  SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
  std::string message;
  int32_t line = 0;
  int32_t col = 0;
  int32_t end_line = 0;
  int32_t end_col = -1;  // -1: a single caret
  // CPython raises some tokenizer errors eagerly (they replace a parser error
  // found earlier in the file); indentation errors it reports only when the
  // parser reaches them.
  bool overrides_parser_error = true;
};

struct LexerOptions {
  // Where the text starts in the enclosing file (for f-string expressions).
  int32_t first_line = 1;
  int32_t first_col = 0;
  // Lex as if inside brackets: newlines and indentation are ignored.
  bool inside_brackets = false;
};

class Lexer {
 public:
  explicit Lexer(std::string_view source, LexerOptions options = {});

  // The next token. After an error it keeps returning TokenKind::Error.
  Token next();

  bool failed() const { return failed_; }
  const LexError& error() const { return error_; }

  std::string_view source() const { return src_; }
  std::string_view text(const Token& token) const {
    return src_.substr(token.start, token.end - token.start);
  }

  // Brackets still open (innermost last), for "'(' was never closed".
  struct OpenBracket {
    char ch;
    int32_t line;
    int32_t col;
  };
  const std::vector<OpenBracket>& open_brackets() const { return brackets_; }

 private:
  Token lex_token();
  bool handle_line_start(Token* out);
  void skip_space_and_comments();
  Token make(TokenKind kind, uint32_t start, int32_t line, int32_t col);
  Token lex_name(uint32_t start, int32_t line, int32_t col);
  Token lex_number(uint32_t start, int32_t line, int32_t col);
  Token lex_string(uint32_t start, int32_t line, int32_t col, size_t prefix_len);
  Token lex_operator(uint32_t start, int32_t line, int32_t col);
  Token fail(std::string message, int32_t line, int32_t col,
             SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError,
             bool overrides = true, int32_t end_col = -1);
  bool number_end_ok(const char* what, uint32_t start, int32_t line, int32_t col,
                     Token* out);
  int32_t col_of(uint32_t pos) const;
  char peek(size_t ahead = 0) const {
    return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0';
  }
  bool at_end() const { return pos_ >= src_.size(); }
  void newline_at(uint32_t newline_pos);

  std::string_view src_;
  LexerOptions opts_;
  uint32_t pos_ = 0;
  int32_t line_ = 1;
  uint32_t line_start_ = 0;  // byte offset where the current line begins
  bool at_line_start_ = true;
  bool need_newline_ = false;  // a logical line has tokens and is not ended
  int32_t pending_dedents_ = 0;
  std::vector<int32_t> indents_{0};      // columns with tabs to multiples of 8
  std::vector<int32_t> alt_indents_{0};  // columns with tabs as 1 (TabError)
  std::vector<OpenBracket> brackets_;
  static constexpr uint32_t kNoComment = UINT32_MAX;
  uint32_t comment_start_ = kNoComment;  // the last '#' seen
  int32_t continued_line_ = 0;  // line of a pending backslash continuation
  int32_t continued_col_ = 0;
  bool failed_ = false;
  bool done_ = false;
  LexError error_;
};

// The whole source line [line] (1-based) of [source], without its newline.
std::string_view source_line(std::string_view source, int32_t line);

}  // namespace interleave::lang
