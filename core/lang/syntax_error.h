// SyntaxError: what the front end reports instead of a tree, worded and
// positioned the way CPython 3.11 reports it. Never thrown: returned by value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace interleave::lang {

enum class SyntaxErrorKind : uint8_t { SyntaxError, IndentationError, TabError };

struct SyntaxError {
  SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
  std::string message;   // "expected ':'"
  std::string filename;  // as given to the parser
  int32_t line = 0;      // 1-based
  // 1-based character (code point) columns of the caret range, like
  // CPython's SyntaxError.offset / end_offset but counted in characters so a
  // caret lines up under Cyrillic text. end_column == 0 means "one caret".
  int32_t column = 0;
  int32_t end_line = 0;
  int32_t end_column = 0;
  std::string source_line;  // the offending line, without its newline
  // False when CPython prints no caret line: errors found at the very end of
  // the file (its tokenizer has moved past the last line by then).
  bool show_caret = true;
};

const char* syntax_error_kind_name(SyntaxErrorKind kind);

// A SyntaxError at a source range given in CPython's AST terms (1-based
// lines, 0-based UTF-8 byte columns), e.g. a node's position; the columns
// are converted to characters and the source line is filled in.
SyntaxError make_syntax_error(SyntaxErrorKind kind, std::string message,
                              std::string_view filename, std::string_view source, int32_t line,
                              int32_t col, int32_t end_line, int32_t end_col);

// Formats [error] the way CPython's traceback prints it:
//     File "x.py", line 2
//       if x
//           ^
//   SyntaxError: expected ':'
std::string format_syntax_error(const SyntaxError& error);

}  // namespace interleave::lang
