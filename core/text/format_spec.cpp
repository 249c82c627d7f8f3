// The format-spec mini-language; see format_spec.h.
//
// Contents: parsing; the shared number layout (sign, prefix, padding,
// grouping); int; float; str.
#include "text/format_spec.h"

#include <algorithm>

#include "text/float_text.h"
#include "text/int_text.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace interleave::text {

namespace {

// Widths and precisions beyond this (16M characters) are refused with a
// MemoryError rather than risking the wasm heap; CPython would try.
constexpr int64_t kMaxFieldWidth = int64_t{1} << 24;

std::string code_text(char32_t type) {
  // CPython shows printable ASCII as itself and anything else as \x..
  if (type > 32 && type < 128) return std::string(1, static_cast<char>(type));
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\\x";
  bool started = false;
  for (int shift = 28; shift >= 0; shift -= 4) {
    int d = static_cast<int>((type >> shift) & 15);
    if (d != 0 || started || shift == 0) {
      out += kHex[d];
      started = true;
    }
  }
  return out;
}

TextError unknown_code(char32_t type, std::string_view type_name) {
  return value_error("Unknown format code '" + code_text(type) + "' for object of type '" +
                     std::string(type_name) + "'");
}

bool is_alignment(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads a run of (Unicode) decimal digits; -1 on overflow, else how many.
int read_integer(std::u32string_view s, size_t& pos, int64_t& value) {
  int consumed = 0;
  value = 0;
  while (pos < s.size()) {
    int d = decimal_value(s[pos]);
    if (d < 0) break;
    if (value > (INT64_MAX - d) / 10) return -1;
    value = value * 10 + d;
    ++pos;
    ++consumed;
  }
  return consumed;
}

}  // namespace

TextResult<FormatSpec> parse_format_spec(std::string_view spec_text, char32_t default_type,
                                         char default_align, std::string_view type_name) {
  // Specs are short and nearly always ASCII: decode into a stack buffer.
  char32_t small[32];
  std::u32string large;
  std::u32string_view s;
  if (spec_text.size() <= 32 && is_ascii(spec_text)) {
    for (size_t i = 0; i < spec_text.size(); ++i) small[i] = static_cast<unsigned char>(spec_text[i]);
    s = std::u32string_view(small, spec_text.size());
  } else {
    large = utf8_to_u32(spec_text);
    s = large;
  }
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  size_t pos = 0, end = s.size();
  bool fill_specified = false, align_specified = false;

  if (end - pos >= 2 && is_alignment(s[pos + 1])) {
    f.align = static_cast<char>(s[pos + 1]);
    f.fill = s[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment(s[pos])) {
    f.align = static_cast<char>(s[pos]);
    align_specified = true;
    ++pos;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
    f.sign = static_cast<char>(s[pos++]);
  }
  if (pos < end && s[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  // '0' before the width means zero padding; for numbers (default '>')
  // it also means '=' alignment unless an alignment was given.
  if (!fill_specified && pos < end && s[pos] == '0') {
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int consumed = read_integer(s, pos, f.width);
  if (consumed < 0) return value_error("Too many decimal digits in format string");
  if (consumed == 0) f.width = -1;

  auto both_separators = [] { return value_error("Cannot specify both ',' and '_'."); };
  if (pos < end && s[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (f.grouping != 0) return both_separators();
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',' && f.grouping == '_') return both_separators();

  if (pos < end && s[pos] == '.') {
    ++pos;
    consumed = read_integer(s, pos, f.precision);
    if (consumed < 0) return value_error("Too many decimal digits in format string");
    if (consumed == 0) return value_error("Format specifier missing precision");
  }
  if (end - pos > 1) {
    return value_error("Invalid format specifier '" + std::string(spec_text) +
                       "' for object of type '" + std::string(type_name) + "'");
  }
  if (end - pos == 1) f.type = s[pos];

  if (f.grouping != 0) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        return value_error(std::string("Cannot specify '") + f.grouping + "' with '" +
                           code_text(f.type) + "'.");
    }
  }
  if (f.width > kMaxFieldWidth || f.precision > kMaxFieldWidth) {
    return TextError{PyErrorType::MemoryError, ""};
  }
  return f;
}

// ---------------------------------------------------------------------------
// Number layout (calc_number_widths + fill_number):
//   <lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>

namespace {

struct NumberParts {
  bool negative = false;
  std::string prefix;     // "0x" etc. (already upper-cased for 'X')
  std::string digits;     // the integer digits
  bool has_decimal = false;
  std::string remainder;  // after the decimal point: fraction, exponent, '%'
};

// Inserts [sep] every [group] digits from the right, and pads with zeros up
// to [min_width] characters (separators count, and may land in the
// padding: format(1234, '010,') is '00,001,234'). CPython's
// _PyUnicode_InsertThousandsGrouping with an endlessly repeated group.
std::string group_digits(const std::string& digits, int64_t min_width, char sep, int group) {
  std::string reversed;
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t next = digits.size();  // digits[next-1] is the next digit to emit
  if (sep == 0) {
    int64_t len = std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1);
    return std::string(static_cast<size_t>(len - remaining), '0') + digits;
  }
  bool use_sep = false;
  while (true) {
    int64_t l = std::min<int64_t>(group, std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1));
    int64_t zeros = std::max<int64_t>(0, l - remaining);
    int64_t chars = std::max<int64_t>(0, std::min<int64_t>(remaining, l));
    if (use_sep) reversed += sep;
    for (int64_t i = 0; i < chars; ++i) reversed += digits[--next];
    reversed.append(static_cast<size_t>(zeros), '0');
    use_sep = true;
    remaining -= chars;
    min_width -= l;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;  // the separator
  }
  return std::string(reversed.rbegin(), reversed.rend());
}

std::string repeat_fill(char32_t fill, int64_t n) {
  std::string one = utf8_encode(fill), out;
  for (int64_t i = 0; i < n; ++i) out += one;
  return out;
}

std::string layout_number(const NumberParts& p, const FormatSpec& f, char sep, int group) {
  std::string sign;
  if (f.sign == '+') sign = p.negative ? "-" : "+";
  else if (f.sign == ' ') sign = p.negative ? "-" : " ";
  else if (p.negative) sign = "-";

  int64_t non_digit = static_cast<int64_t>(sign.size() + p.prefix.size() + (p.has_decimal ? 1 : 0) +
                                           utf8_length(p.remainder));
  int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - non_digit : 0;
  std::string grouped = p.digits.empty() ? std::string() : group_digits(p.digits, min_width, sep, group);
  int64_t padding = f.width - (non_digit + static_cast<int64_t>(grouped.size()));
  int64_t left = 0, inner = 0, right = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': right = padding; break;
      case '^': left = padding / 2; right = padding - left; break;
      case '=': inner = padding; break;
      default: left = padding; break;
    }
  }
  std::string out = repeat_fill(f.fill, left);
  out += sign;
  out += p.prefix;
  out += repeat_fill(f.fill, inner);
  out += grouped;
  if (p.has_decimal) out += '.';
  out += p.remainder;
  out += repeat_fill(f.fill, right);
  return out;
}

// Separator and group size for a spec ('n' never groups in the C locale).
void grouping_of(const FormatSpec& f, char& sep, int& group) {
  sep = f.type == 'n' ? 0 : f.grouping;
  bool radix = f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X';
  group = radix ? 4 : 3;
}

// ---------------------------------------------------------------------------
// float

TextResult<std::string> format_float_with(double x, FormatSpec f) {
  if (f.precision > 0x7FFFFFFF) return value_error("precision too big");
  char32_t type = f.type;
  unsigned flags = 0;
  if (f.alternate) flags |= kFloatAlt;
  if (f.no_neg_zero) flags |= kFloatNoNegZero;
  int default_precision = 6;
  if (type == 0) {
    // No type: repr() without a precision, else 'g' keeping a ".0".
    flags |= kFloatAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    x *= 100;
    add_pct = true;
  }
  int precision = static_cast<int>(f.precision < 0 ? default_precision : f.precision);
  if (f.precision >= 0 && type == 'r') type = 'g';

  std::string text = format_float(x, static_cast<char>(type), precision, flags);
  if (add_pct) text += '%';
  // Nothing to pad, group or sign: the digits are the answer (CPython's
  // fast path, and the common f"{x:.2f}").
  if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && f.grouping == 0) {
    return text;
  }

  NumberParts p;
  size_t i = 0;
  if (!text.empty() && text[0] == '-') {
    p.negative = true;
    i = 1;
  }
  size_t digits_end = i;
  while (digits_end < text.size() && text[digits_end] >= '0' && text[digits_end] <= '9') ++digits_end;
  p.digits = text.substr(i, digits_end - i);
  size_t rest = digits_end;
  if (rest < text.size() && text[rest] == '.') {
    p.has_decimal = true;
    ++rest;
  }
  p.remainder = text.substr(rest);
  char sep;
  int group;
  grouping_of(f, sep, group);
  return layout_number(p, f, sep, group);
}

}  // namespace

TextResult<std::string> format_float_spec(double x, std::string_view spec) {
  if (spec.empty()) return float_repr(x);
  auto parsed = parse_format_spec(spec, 0, '>', "float");
  if (!parsed) return parsed.error();
  FormatSpec f = parsed.value();
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_with(x, f);
    default:
      return unknown_code(f.type, "float");
  }
}

// ---------------------------------------------------------------------------
// int

TextResult<std::string> format_int(int64_t v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return int_to_string(v);
  auto parsed = parse_format_spec(spec, 'd', '>', type_name);
  if (!parsed) return parsed.error();
  FormatSpec f = parsed.value();
  switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float_with(static_cast<double>(v), f);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      return unknown_code(f.type, type_name);
  }
  if (f.precision != -1) return value_error("Precision not allowed in integer format specifier");
  if (f.no_neg_zero) {
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  NumberParts p;
  if (f.type == 'c') {
    if (f.sign != 0) return value_error("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) {
      return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (v < 0 || v > 0x10FFFF) return overflow_error("%c arg not in range(0x110000)");
    // The character is laid out as a "remainder": never grouped or zero-filled.
    p.remainder = utf8_encode(static_cast<char32_t>(v));
    return layout_number(p, f, 0, 3);
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  p.negative = v < 0;
  if (f.alternate) p.prefix = prefix;
  p.digits = uint_to_digits(int_magnitude(v), base, f.type == 'X');
  char sep;
  int group;
  grouping_of(f, sep, group);
  return layout_number(p, f, sep, group);
}

TextResult<std::string> format_bool(bool b, std::string_view spec) {
  if (spec.empty()) return std::string(b ? "True" : "False");
  return format_int(b ? 1 : 0, spec, "bool");
}

// ---------------------------------------------------------------------------
// str

TextResult<std::string> format_str(std::string_view s, std::string_view spec) {
  if (spec.empty()) return std::string(s);
  auto parsed = parse_format_spec(spec, 's', '<', "str");
  if (!parsed) return parsed.error();
  FormatSpec f = parsed.value();
  if (f.type != 's') return unknown_code(f.type, "str");
  if (f.sign == ' ') return value_error("Space not allowed in string format specifier");
  if (f.sign != 0) return value_error("Sign not allowed in string format specifier");
  if (f.no_neg_zero) {
    return value_error("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alternate) return value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return value_error("'=' alignment not allowed in string format specifier");

  int64_t len = static_cast<int64_t>(utf8_length(s));
  std::string_view text = s;
  if (f.precision >= 0 && len > f.precision) {
    text = s.substr(0, utf8_offset_of(s, static_cast<size_t>(f.precision)));
    len = f.precision;
  }
  int64_t total = f.width > len ? f.width : len;
  int64_t left = 0;
  if (f.align == '>') left = total - len;
  else if (f.align == '^') left = (total - len) / 2;
  std::string out = repeat_fill(f.fill, left);
  out += text;
  out += repeat_fill(f.fill, total - len - left);
  return out;
}

TextError object_format_error(std::string_view type_name) {
  return type_error("unsupported format string passed to " + std::string(type_name) + ".__format__");
}

}  // namespace interleave::text
