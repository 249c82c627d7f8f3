// The lexer: Python 3.11 tokenization (see lexer.h).
//
// Contents
//   1. Characters and identifiers
//   2. Lines and indentation
//   3. Tokens: names, numbers, strings, operators
#include "lang/lexer.h"

#include <algorithm>
#include <cstdio>

namespace interleave::lang {

const char* token_kind_text(TokenKind kind) {
  switch (kind) {
    case TokenKind::EndMarker: return "ENDMARKER";
    case TokenKind::Name: return "NAME";
    case TokenKind::Number: return "NUMBER";
    case TokenKind::String: return "STRING";
    case TokenKind::Newline: return "NEWLINE";
    case TokenKind::Indent: return "INDENT";
    case TokenKind::Dedent: return "DEDENT";
    case TokenKind::Error: return "ERRORTOKEN";
#define X(name, text) case TokenKind::Kw##name: return text;
    INTERLEAVE_KEYWORDS(X)
#undef X
#define X(name, text) case TokenKind::name: return text;
    INTERLEAVE_OPERATORS(X)
#undef X
  }
  return "?";
}

std::string_view source_line(std::string_view source, int32_t line) {
  size_t pos = 0;
  for (int32_t l = 1; l < line; ++l) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  size_t end = source.find('\n', pos);
  if (end == std::string_view::npos) end = source.size();
  std::string_view text = source.substr(pos, end - pos);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

// ---------------------------------------------------------------------------
// 1. Characters and identifiers
// ---------------------------------------------------------------------------

namespace {

bool is_ascii_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_ascii_name_char(char c) { return is_ascii_name_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Decodes one UTF-8 code point at [s][pos]; returns its length (0 if invalid).
int decode_utf8(std::string_view s, size_t pos, uint32_t* cp) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || pos + len > s.size()) return 0;
  uint32_t v = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int i = 1; i < len; ++i) {
    unsigned char k = static_cast<unsigned char>(s[pos + i]);
    if ((k & 0xC0) != 0x80) return 0;
    v = (v << 6) | (k & 0x3F);
  }
  *cp = v;
  return len;
}

// Non-ASCII code points that may appear in identifiers. An approximation of
// Unicode's XID classes without carrying the tables: letters of the common
// scripts are in, punctuation, symbols and spaces (the characters a learner
// pastes by accident: « » “ ” — U+00A0) are out, so they get CPython's
// "invalid character" message.
bool is_identifier_codepoint(uint32_t cp) {
  if (cp < 0x80) return false;
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return cp == 0x203F || cp == 0x2040;  // punctuation
  if (cp >= 0x2070 && cp <= 0x209F) return true;                             // super/subscripts
  if (cp >= 0x20A0 && cp <= 0x2BFF) return false;  // currency, arrows, math, boxes
  if (cp >= 0x2E00 && cp <= 0x2E7F) return false;  // supplemental punctuation
  if (cp >= 0x3000 && cp <= 0x303F) return cp == 0x3005 || cp == 0x3006 || cp == 0x3007;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;  // private use
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF20) return cp >= 0xFF10 && cp <= 0xFF19;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji
  return true;
}

bool is_printable_codepoint(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0x80 && cp <= 0xA0) return false;
  if (cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF)
    return false;
  return true;
}

TokenKind keyword_kind(std::string_view text) {
  struct Entry {
    std::string_view text;
    TokenKind kind;
  };
  // Sorted by spelling (the X-macro list is in ASCII order).
  static constexpr Entry table[] = {
#define X(name, text) {text, TokenKind::Kw##name},
      INTERLEAVE_KEYWORDS(X)
#undef X
  };
  auto it = std::lower_bound(std::begin(table), std::end(table), text,
                             [](const Entry& e, std::string_view t) { return e.text < t; });
  if (it != std::end(table) && it->text == text) return it->kind;
  return TokenKind::Name;
}

}  // namespace

// ---------------------------------------------------------------------------
// 2. Lines and indentation
// ---------------------------------------------------------------------------

Lexer::Lexer(std::string_view source, LexerOptions options)
    : src_(source), opts_(options), line_(options.first_line) {
  // A UTF-8 byte order mark is not part of the program.
  if (src_.size() >= 3 && src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
  if (opts_.inside_brackets) at_line_start_ = false;
}

int32_t Lexer::col_of(uint32_t pos) const {
  int32_t base = line_ == opts_.first_line ? opts_.first_col : 0;
  return static_cast<int32_t>(pos - line_start_) + base;
}

void Lexer::newline_at(uint32_t newline_pos) {
  ++line_;
  line_start_ = newline_pos + 1;
}

Token Lexer::make(TokenKind kind, uint32_t start, int32_t line, int32_t col) {
  Token t;
  t.kind = kind;
  t.start = start;
  t.end = pos_;
  t.line = line;
  t.col = col;
  t.end_line = line_;
  t.end_col = col_of(pos_);
  t.depth = static_cast<uint16_t>(brackets_.size() + (opts_.inside_brackets ? 1 : 0));
  return t;
}

Token Lexer::fail(std::string message, int32_t line, int32_t col, SyntaxErrorKind kind,
                  bool overrides, int32_t end_col) {
  if (!failed_) {
    failed_ = true;
    error_.kind = kind;
    error_.message = std::move(message);
    error_.line = line;
    error_.col = col;
    error_.end_line = line;
    // CPython's eager tokenizer errors are a zero-width range.
    error_.end_col = (end_col == -1 && overrides) ? col : end_col;
    error_.overrides_parser_error = overrides;
  }
  Token t;
  t.kind = TokenKind::Error;
  t.start = t.end = pos_;
  t.line = t.end_line = line;
  t.col = t.end_col = col;
  return t;
}

Token Lexer::next() {
  if (failed_) {
    Token t;
    t.kind = TokenKind::Error;
    t.line = t.end_line = error_.line;
    t.col = t.end_col = error_.col;
    return t;
  }
  if (done_) return make(TokenKind::EndMarker, pos_, line_, col_of(pos_));
  Token t = lex_token();
  if (t.kind == TokenKind::EndMarker) done_ = true;
  return t;
}

// Measures the indentation of a new logical line and emits INDENT/DEDENT.
// Blank and comment-only lines are skipped entirely. Returns true with
// [out] set when a token is due.
bool Lexer::handle_line_start(Token* out) {
  for (;;) {
    int32_t col = 0, alt = 0;
    uint32_t p = pos_;
    for (; p < src_.size(); ++p) {
      char c = src_[p];
      if (c == ' ') {
        ++col, ++alt;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        ++alt;
      } else if (c == '\f') {
        col = alt = 0;
      } else {
        break;
      }
    }
    pos_ = p;
    char c = peek();
    if (c == '#' || c == '\n' || c == '\r' || at_end()) {
      // A blank line: it neither ends a statement nor changes indentation.
      while (!at_end() && peek() != '\n') ++pos_;
      if (at_end()) return false;
      newline_at(pos_);
      ++pos_;
      continue;
    }
    if (c == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
      // A backslash at the start of a line continues into the next one.
      return false;
    }
    at_line_start_ = false;
    int32_t line = line_;
    if (col == indents_.back()) {
      if (alt != alt_indents_.back()) {
        *out = fail("inconsistent use of tabs and spaces in indentation", line, 0,
                    SyntaxErrorKind::TabError, false);
        return true;
      }
      return false;
    }
    if (col > indents_.back()) {
      if (indents_.size() >= 100) {
        *out = fail("too many levels of indentation", line, col_of(pos_),
                    SyntaxErrorKind::IndentationError, false);
        return true;
      }
      if (alt <= alt_indents_.back()) {
        *out = fail("inconsistent use of tabs and spaces in indentation", line, 0,
                    SyntaxErrorKind::TabError, false);
        return true;
      }
      indents_.push_back(col);
      alt_indents_.push_back(alt);
      *out = make(TokenKind::Indent, line_start_, line, 0);
      out->end = pos_;
      return true;
    }
    int32_t dedents = 0;
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      ++dedents;
    }
    if (col != indents_.back()) {
      // CPython points just past the end of the offending line.
      int32_t length = static_cast<int32_t>(source_line(src_.substr(line_start_), 1).size());
      *out = fail("unindent does not match any outer indentation level", line, length,
                  SyntaxErrorKind::IndentationError, false);
      return true;
    }
    if (alt != alt_indents_.back()) {
      *out = fail("inconsistent use of tabs and spaces in indentation", line, 0,
                  SyntaxErrorKind::TabError, false);
      return true;
    }
    pending_dedents_ = dedents - 1;
    *out = make(TokenKind::Dedent, pos_, line, col_of(pos_));
    return true;
  }
}

void Lexer::skip_space_and_comments() {
  for (;;) {
    char c = peek();
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
    } else if (c == '#') {
      comment_start_ = pos_;
      while (!at_end() && peek() != '\n' && peek() != '\r') ++pos_;
    } else if (c == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
      continued_line_ = line_;
      continued_col_ = col_of(pos_) + 1;
      uint32_t nl = peek(1) == '\n' ? pos_ + 1 : pos_ + 2;
      newline_at(nl);
      pos_ = nl + 1;
    } else {
      return;
    }
  }
}

// ---------------------------------------------------------------------------
// 3. Tokens
// ---------------------------------------------------------------------------

Token Lexer::lex_token() {
  for (;;) {
    if (pending_dedents_ > 0) {
      --pending_dedents_;
      return make(TokenKind::Dedent, pos_, line_, col_of(pos_));
    }
    if (at_line_start_ && brackets_.empty() && !opts_.inside_brackets) {
      Token t;
      if (handle_line_start(&t)) return t;
      if (failed_) return t;
    }
    skip_space_and_comments();
    uint32_t start = pos_;
    int32_t line = line_, col = col_of(pos_);
    if (at_end()) {
      if (!brackets_.empty() && !opts_.inside_brackets) {
        const OpenBracket& b = brackets_.back();
        char msg[64];
        std::snprintf(msg, sizeof msg, "'%c' was never closed", b.ch);
        Token t = fail(msg, b.line, b.col, SyntaxErrorKind::SyntaxError, false);
        return t;
      }
      if (continued_line_ > 0 || (pos_ > 0 && src_[pos_ - 1] == '\\')) {
        // The file ends right after a backslash continuation.
        if (continued_line_ > 0) return fail("unexpected EOF while parsing", continued_line_,
                                             continued_col_, SyntaxErrorKind::SyntaxError, false);
        return fail("unexpected EOF while parsing", line, col, SyntaxErrorKind::SyntaxError,
                    false);
      }
      if (need_newline_ && !opts_.inside_brackets) {
        need_newline_ = false;
        Token t = make(TokenKind::Newline, start, line, col);
        if (comment_start_ != kNoComment && comment_start_ >= line_start_) {
          t.col = col_of(comment_start_);
        }
        return t;
      }
      if (indents_.size() > 1) {
        indents_.pop_back();
        alt_indents_.pop_back();
        return make(TokenKind::Dedent, start, line, col);
      }
      // CPython places ENDMARKER at the end of the last line.
      Token end = make(TokenKind::EndMarker, start, line, col);
      if (pos_ > 0 && src_[pos_ - 1] == '\n' && line > opts_.first_line) {
        end.line = end.end_line = line - 1;
        end.col = static_cast<int32_t>(source_line(src_, line - 1 - opts_.first_line + 1).size());
      }
      end.end_col = -1;
      return end;
    }
    char c = peek();
    if (c == '\n' || c == '\r') {
      uint32_t nl = (c == '\r' && peek(1) == '\n') ? pos_ + 1 : pos_;
      pos_ = nl + 1;
      if (!brackets_.empty() || opts_.inside_brackets || !need_newline_) {
        newline_at(nl);
        if (brackets_.empty() && !opts_.inside_brackets) at_line_start_ = true;
        continue;
      }
      // Like CPython, a NEWLINE token starts at a trailing comment and ends
      // where the newline character is.
      continued_line_ = 0;
      Token t = make(TokenKind::Newline, start, line, col);
      if (comment_start_ != kNoComment && comment_start_ >= line_start_) {
        t.col = col_of(comment_start_);
      }
      t.end_line = line;
      t.end_col = col;
      newline_at(nl);
      at_line_start_ = true;
      need_newline_ = false;
      return t;
    }
    need_newline_ = true;
    continued_line_ = 0;
    if (c == '\\') {
      ++pos_;
      if (at_end()) {
        return fail("unexpected EOF while parsing", line, col + 1, SyntaxErrorKind::SyntaxError,
                    false);
      }
      return fail("unexpected character after line continuation character", line, col + 1,
                  SyntaxErrorKind::SyntaxError, false);
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return lex_number(start, line, col);
    if (c == '"' || c == '\'') return lex_string(start, line, col, 0);
    if (is_ascii_name_start(c) || static_cast<unsigned char>(c) >= 0x80) {
      // A string prefix (r, b, u, f, rb, br, fr, rf in any case) followed by a quote?
      size_t n = 0;
      while (n < 2 && std::string_view("rRbBuUfF").find(peek(n)) != std::string_view::npos) ++n;
      for (size_t k = 1; k <= n; ++k) {
        char q = peek(k);
        if (q == '"' || q == '\'') {
          std::string prefix;
          for (size_t i = 0; i < k; ++i) prefix += static_cast<char>(peek(i) | 0x20);
          bool valid = prefix == "r" || prefix == "b" || prefix == "u" || prefix == "f" ||
                       prefix == "rb" || prefix == "br" || prefix == "fr" || prefix == "rf";
          if (valid) return lex_string(start, line, col, k);
          break;
        }
      }
      return lex_name(start, line, col);
    }
    return lex_operator(start, line, col);
  }
}

Token Lexer::lex_name(uint32_t start, int32_t line, int32_t col) {
  while (!at_end()) {
    char c = peek();
    if (is_ascii_name_char(c)) {
      ++pos_;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) break;
    uint32_t cp = 0;
    int len = decode_utf8(src_, pos_, &cp);
    if (len == 0) {
      return fail("(unicode error) 'utf-8' codec can't decode byte", line, col_of(pos_));
    }
    if (!is_identifier_codepoint(cp)) {
      if (pos_ == start) {
        char msg[80];
        if (!is_printable_codepoint(cp)) {
          std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", cp);
        } else {
          std::snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", len,
                        src_.data() + pos_, cp);
        }
        return fail(msg, line, col);
      }
      break;
    }
    pos_ += len;
  }
  Token t = make(TokenKind::Name, start, line, col);
  t.kind = keyword_kind(text(t));
  return t;
}

// CPython refuses a number glued to a name ("1abc") but, for now, accepts
// one glued to a keyword that can follow a number ("1if x else 2").
bool Lexer::number_end_ok(const char* what, uint32_t start, int32_t line, int32_t col,
                          Token* out) {
  char c = peek();
  bool name_char = is_ascii_name_char(c);
  if (static_cast<unsigned char>(c) >= 0x80) {
    uint32_t cp = 0;
    name_char = decode_utf8(src_, pos_, &cp) > 0 && is_identifier_codepoint(cp);
  }
  if (!name_char) return true;
  static const std::string_view allowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  std::string_view rest = src_.substr(pos_);
  for (std::string_view kw : allowed) {
    if (rest.substr(0, kw.size()) == kw) {
      char after = kw.size() < rest.size() ? rest[kw.size()] : '\0';
      if (!is_ascii_name_char(after)) return true;
    }
  }
  char msg[64];
  std::snprintf(msg, sizeof msg, "invalid %s literal", what);
  *out = fail(msg, line, col_of(pos_) - 1);
  return false;
}

Token Lexer::lex_number(uint32_t start, int32_t line, int32_t col) {
  Token bad;
  auto digits = [&](bool (*ok)(char), const char* what) -> bool {
    // digits with single underscores between them
    for (;;) {
      while (ok(peek())) ++pos_;
      if (peek() != '_') return true;
      ++pos_;
      if (!ok(peek())) {
        bad = fail(std::string("invalid ") + what + " literal", line, col_of(pos_) - 1);
        return false;
      }
    }
  };
  char c = peek();
  if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                   peek(1) == 'b' || peek(1) == 'B')) {
    char base = static_cast<char>(peek(1) | 0x20);
    pos_ += 2;
    const char* what = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
    bool (*ok)(char) = base == 'x' ? is_hex_digit
                       : base == 'o' ? +[](char d) { return d >= '0' && d <= '7'; }
                                     : +[](char d) { return d == '0' || d == '1'; };
    if (peek() == '_') ++pos_;
    if (!ok(peek())) {
      if (is_digit(peek())) {
        char msg[64];
        std::snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", peek(), what);
        return fail(msg, line, col_of(pos_));
      }
      return fail(std::string("invalid ") + what + " literal", line, col_of(pos_) - 1);
    }
    if (!digits(ok, what)) return bad;
    if (is_digit(peek())) {
      char msg[64];
      std::snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", peek(), what);
      return fail(msg, line, col_of(pos_));
    }
    if (!number_end_ok(what, start, line, col, &bad)) return bad;
    return make(TokenKind::Number, start, line, col);
  }
  bool is_float = false;
  if (c != '.') {
    if (!digits(is_digit, "decimal")) return bad;
  }
  if (peek() == '.') {
    ++pos_;
    is_float = true;
    if (is_digit(peek()) && !digits(is_digit, "decimal")) return bad;
  }
  if (peek() == 'e' || peek() == 'E') {
    uint32_t save = pos_;
    ++pos_;
    if (peek() == '+' || peek() == '-') {
      ++pos_;
      if (!is_digit(peek())) return fail("invalid decimal literal", line, col_of(pos_) - 1);
    }
    if (!is_digit(peek())) {
      // Not an exponent: "1else" is a number followed by a keyword.
      pos_ = save;
    } else {
      if (!digits(is_digit, "decimal")) return bad;
      is_float = true;
    }
  }
  if (peek() == 'j' || peek() == 'J') {
    ++pos_;
    if (!number_end_ok("imaginary", start, line, col, &bad)) return bad;
    return make(TokenKind::Number, start, line, col);
  }
  if (!is_float) {
    // "0", "00", "0_0" are fine; "012" is not.
    std::string_view t = src_.substr(start, pos_ - start);
    if (t.size() > 1 && t[0] == '0' && t.find_first_not_of("0_") != std::string_view::npos) {
      uint32_t zeros_end = start + static_cast<uint32_t>(t.find_first_not_of("0_"));
      return fail(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
          "for octal integers",
          line, col, SyntaxErrorKind::SyntaxError, true, col + (zeros_end - start));
    }
  }
  if (!number_end_ok("decimal", start, line, col, &bad)) return bad;
  return make(TokenKind::Number, start, line, col);
}

// Scans a whole string literal (prefix already counted in [prefix_len]);
// the parser decodes escapes and f-string parts later.
Token Lexer::lex_string(uint32_t start, int32_t line, int32_t col, size_t prefix_len) {
  pos_ += prefix_len;
  char quote = peek();
  bool triple = peek(1) == quote && peek(2) == quote;
  pos_ += triple ? 3 : 1;
  for (;;) {
    if (at_end()) {
      if (triple) {
        char msg[96];
        int32_t last_line = (pos_ > 0 && src_[pos_ - 1] == '\n') ? line_ - 1 : line_;
        std::snprintf(msg, sizeof msg,
                      "unterminated triple-quoted string literal (detected at line %d)",
                      last_line);
        return fail(msg, line, col);
      }
      char msg[96];
      std::snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)", line_);
      return fail(msg, line, col);
    }
    char c = peek();
    if (c == '\\') {
      ++pos_;
      if (at_end()) continue;
      if (peek() == '\n') newline_at(pos_);
      else if (peek() == '\r' && peek(1) == '\n') { ++pos_; newline_at(pos_); }
      ++pos_;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (!triple) {
        char msg[96];
        std::snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)",
                      line_);
        return fail(msg, line, col);
      }
      uint32_t nl = (c == '\r' && peek(1) == '\n') ? pos_ + 1 : pos_;
      pos_ = nl + 1;
      newline_at(nl);
      continue;
    }
    if (c == quote) {
      if (!triple) {
        ++pos_;
        break;
      }
      if (peek(1) == quote && peek(2) == quote) {
        pos_ += 3;
        break;
      }
    }
    ++pos_;
  }
  return make(TokenKind::String, start, line, col);
}

namespace {

// The operator spelled at [c0 c1 c2] (longest match) and its length, or 0.
int match_operator(char c0, char c1, char c2, TokenKind* kind) {
  auto is = [&](TokenKind k, int len) { *kind = k; return len; };
  switch (c0) {
    case '(': return is(TokenKind::LPar, 1);
    case ')': return is(TokenKind::RPar, 1);
    case '[': return is(TokenKind::LSqb, 1);
    case ']': return is(TokenKind::RSqb, 1);
    case '{': return is(TokenKind::LBrace, 1);
    case '}': return is(TokenKind::RBrace, 1);
    case ',': return is(TokenKind::Comma, 1);
    case ';': return is(TokenKind::Semi, 1);
    case '~': return is(TokenKind::Tilde, 1);
    case ':': return c1 == '=' ? is(TokenKind::ColonEqual, 2) : is(TokenKind::Colon, 1);
    case '+': return c1 == '=' ? is(TokenKind::PlusEqual, 2) : is(TokenKind::Plus, 1);
    case '%': return c1 == '=' ? is(TokenKind::PercentEqual, 2) : is(TokenKind::Percent, 1);
    case '&': return c1 == '=' ? is(TokenKind::AmperEqual, 2) : is(TokenKind::Amper, 1);
    case '|': return c1 == '=' ? is(TokenKind::VBarEqual, 2) : is(TokenKind::VBar, 1);
    case '^': return c1 == '=' ? is(TokenKind::CircumflexEqual, 2) : is(TokenKind::Circumflex, 1);
    case '@': return c1 == '=' ? is(TokenKind::AtEqual, 2) : is(TokenKind::At, 1);
    case '=': return c1 == '=' ? is(TokenKind::EqEqual, 2) : is(TokenKind::Equal, 1);
    case '!': return c1 == '=' ? is(TokenKind::NotEqual, 2) : 0;
    case '-':
      if (c1 == '=') return is(TokenKind::MinEqual, 2);
      if (c1 == '>') return is(TokenKind::RArrow, 2);
      return is(TokenKind::Minus, 1);
    case '.': return (c1 == '.' && c2 == '.') ? is(TokenKind::Ellipsis, 3) : is(TokenKind::Dot, 1);
    case '*':
      if (c1 == '*') return c2 == '=' ? is(TokenKind::DoubleStarEqual, 3) : is(TokenKind::DoubleStar, 2);
      return c1 == '=' ? is(TokenKind::StarEqual, 2) : is(TokenKind::Star, 1);
    case '/':
      if (c1 == '/') return c2 == '=' ? is(TokenKind::DoubleSlashEqual, 3) : is(TokenKind::DoubleSlash, 2);
      return c1 == '=' ? is(TokenKind::SlashEqual, 2) : is(TokenKind::Slash, 1);
    case '<':
      if (c1 == '<') return c2 == '=' ? is(TokenKind::LeftShiftEqual, 3) : is(TokenKind::LeftShift, 2);
      return c1 == '=' ? is(TokenKind::LessEqual, 2) : is(TokenKind::Less, 1);
    case '>':
      if (c1 == '>') return c2 == '=' ? is(TokenKind::RightShiftEqual, 3) : is(TokenKind::RightShift, 2);
      return c1 == '=' ? is(TokenKind::GreaterEqual, 2) : is(TokenKind::Greater, 1);
    default: return 0;
  }
}

}  // namespace

Token Lexer::lex_operator(uint32_t start, int32_t line, int32_t col) {
  TokenKind kind;
  int len = match_operator(peek(), peek(1), peek(2), &kind);
  if (len > 0) {
    pos_ += static_cast<uint32_t>(len);
    char ch = src_[start];
    if (ch == '(' || ch == '[' || ch == '{') {
      if (brackets_.size() >= 200) return fail("too many nested parentheses", line, col);
      brackets_.push_back({ch, line, col});
    } else if (ch == ')' || ch == ']' || ch == '}') {
      char msg[128];
      if (brackets_.empty()) {
        std::snprintf(msg, sizeof msg, "unmatched '%c'", ch);
        return fail(msg, line, col);
      }
      OpenBracket open = brackets_.back();
      char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
      if (want != ch) {
        if (open.line != line) {
          std::snprintf(msg, sizeof msg,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on "
                        "line %d",
                        ch, open.ch, open.line);
        } else {
          std::snprintf(msg, sizeof msg,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", ch,
                        open.ch);
        }
        return fail(msg, line, col);
      }
      brackets_.pop_back();
    }
    return make(kind, start, line, col);
  }
  // A character that starts no token: "$", "?", "!", "`", control characters.
  uint32_t cp = static_cast<unsigned char>(peek());
  if (cp < 0x20 || cp == 0x7F) {
    char msg[64];
    std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", cp);
    return fail(msg, line, col);
  }
  ++pos_;
  return fail("invalid syntax", line, col, SyntaxErrorKind::SyntaxError, false, col + 1);
}

}  // namespace interleave::lang
