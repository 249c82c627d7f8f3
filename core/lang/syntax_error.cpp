// SyntaxError formatting, the way CPython's traceback prints it.
#include "lang/syntax_error.h"

#include "lang/ast.h"
#include "lang/lexer.h"

namespace interleave::lang {

const char* syntax_error_kind_name(SyntaxErrorKind kind) {
  switch (kind) {
    case SyntaxErrorKind::SyntaxError: return "SyntaxError";
    case SyntaxErrorKind::IndentationError: return "IndentationError";
    case SyntaxErrorKind::TabError: return "TabError";
  }
  return "SyntaxError";
}

SyntaxError make_syntax_error(SyntaxErrorKind kind, std::string message,
                              std::string_view filename, std::string_view source, int32_t line,
                              int32_t col, int32_t end_line, int32_t end_col) {
  SyntaxError e;
  e.kind = kind;
  e.message = std::move(message);
  e.filename = std::string(filename);
  e.line = line;
  std::string_view text = source_line(source, line);
  e.source_line = std::string(text);
  e.column = char_column(text, col) + 1;
  e.end_line = end_line;
  e.end_column = end_col < 0 ? 0 : char_column(source_line(source, end_line), end_col) + 1;
  return e;
}

namespace {

// Number of code points in [s].
int32_t length_in_chars(std::string_view s) {
  int32_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

// Like CPython 3.11: the line is printed without its leading whitespace and
// the carets move with it; a caret left of the text is not printed. Unlike
// 3.11, which counts bytes there, carets are placed by characters so they
// stand under Cyrillic text correctly.
std::string format_syntax_error(const SyntaxError& e) {
  std::string out = "  File \"" + e.filename + "\", line " + std::to_string(e.line) + "\n";
  std::string_view line = e.source_line;
  size_t strip = 0;
  while (strip < line.size() && (line[strip] == ' ' || line[strip] == '\t' || line[strip] == '\f'))
    ++strip;
  std::string_view text = line.substr(strip);
  if (!line.empty()) {
    out += "    ";
    out += text;
    out += "\n";
    int32_t len = length_in_chars(text);
    int32_t offset = e.column - 1 - static_cast<int32_t>(strip);
    int32_t end = e.end_column - 1 - static_cast<int32_t>(strip);
    // CPython 3.11 prints no caret left of the text or past its end, and a
    // single one for indentation errors.
    if (offset >= 0 && offset <= len && e.show_caret) {
      int32_t carets = 1;
      if (e.end_line == e.line && e.end_column > e.column) carets = end - offset;
      if (e.end_line > e.line) carets = len - offset;
      if (e.kind != SyntaxErrorKind::SyntaxError) carets = 1;
      if (carets < 1) carets = 1;
      out += "    " + std::string(static_cast<size_t>(offset), ' ') +
             std::string(static_cast<size_t>(carets), '^') + "\n";
    }
  }
  out += syntax_error_kind_name(e.kind);
  out += ": ";
  out += e.message;
  out += "\n";
  return out;
}

}  // namespace interleave::lang
