// repr() of str and bytes.
#include "text/str_repr.h"

#include "text/unicode.h"
#include "text/utf8.h"

namespace interleave::text {

namespace {

const char kHexDigits[] = "0123456789abcdef";

void append_hex(std::string& out, char prefix, char32_t c, int digits) {
  out += '\\';
  out += prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHexDigits[(c >> shift) & 15];
}

// CPython prefers single quotes; it switches to double quotes only when
// that avoids escaping (a ' inside and no ").
char choose_quote(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  return has_single && !has_double ? '"' : '\'';
}

// One code point of a repr; [ascii_only] selects ascii() behaviour.
void append_repr_char(std::string& out, char32_t c, char quote, bool ascii_only) {
  if (c == static_cast<char32_t>(quote) || c == '\\') {
    out += '\\';
    out += static_cast<char>(c);
  } else if (c == '\t') {
    out += "\\t";
  } else if (c == '\n') {
    out += "\\n";
  } else if (c == '\r') {
    out += "\\r";
  } else if (c < ' ' || c == 0x7F) {
    append_hex(out, 'x', c, 2);
  } else if (c < 0x7F) {
    out += static_cast<char>(c);
  } else if (!ascii_only && is_printable(c)) {
    utf8_append(out, c);
  } else if (c <= 0xFF) {
    append_hex(out, 'x', c, 2);
  } else if (c <= 0xFFFF) {
    append_hex(out, 'u', c, 4);
  } else {
    append_hex(out, 'U', c, 8);
  }
}

void append_repr(std::string& out, std::string_view s, bool ascii_only) {
  char quote = choose_quote(s);
  out.reserve(out.size() + s.size() + 2);
  out += quote;
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    // Fast path: plain printable ASCII needs no decoding or escaping.
    if (b >= ' ' && b < 0x7F && b != '\\' && b != static_cast<unsigned char>(quote)) {
      out += static_cast<char>(b);
      ++pos;
      continue;
    }
    append_repr_char(out, utf8_decode_next(s, pos), quote, ascii_only);
  }
  out += quote;
}

}  // namespace

std::string str_repr(std::string_view s) {
  std::string out;
  append_repr(out, s, false);
  return out;
}

void append_str_repr(std::string& out, std::string_view s) { append_repr(out, s, false); }

std::string ascii_repr(std::string_view s) {
  std::string out;
  append_repr(out, s, true);
  return out;
}

std::string bytes_repr(std::string_view bytes) {
  char quote = choose_quote(bytes);
  std::string out = "b";
  out += quote;
  for (char ch : bytes) {
    unsigned char b = static_cast<unsigned char>(ch);
    if (b == static_cast<unsigned char>(quote) || b == '\\') {
      out += '\\';
      out += ch;
    } else if (b == '\t') {
      out += "\\t";
    } else if (b == '\n') {
      out += "\\n";
    } else if (b == '\r') {
      out += "\\r";
    } else if (b < ' ' || b >= 0x7F) {
      append_hex(out, 'x', b, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

}  // namespace interleave::text
