// int <-> text.
#include "text/int_text.h"

#include "text/str_algorithms.h"
#include "text/str_repr.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace interleave::text {

namespace {

// sys.get_int_max_str_digits() default (CPython 3.11's DoS guard).
constexpr size_t kMaxStrDigits = 4300;

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Maps Unicode decimal digits to ASCII (as CPython does before parsing);
// other non-ASCII characters become '?' so they fail the syntax check.
std::string to_ascii_digits(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = utf8_decode_next(s, pos);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      int d = decimal_value(c);
      out += d >= 0 ? static_cast<char>('0' + d) : '?';
    }
  }
  return out;
}

bool has_prefix_for(std::string_view s, int base) {
  if (s.size() < 2 || s[0] != '0') return false;
  char p = s[1];
  return (base == 16 && (p == 'x' || p == 'X')) || (base == 8 && (p == 'o' || p == 'O')) ||
         (base == 2 && (p == 'b' || p == 'B'));
}

}  // namespace

TextResult<int64_t> parse_int(std::string_view text, int base) {
  if (base != 0 && (base < 2 || base > 36)) {
    return value_error("int() base must be >= 2 and <= 36, or 0");
  }
  int shown_base = base;
  auto invalid = [&]() -> TextResult<int64_t> {
    // CPython formats this with %.200R: the repr cut to 200 characters.
    std::string repr = str_repr(text);
    repr = std::string(utf8_slice(repr, 0, 200));
    return value_error("invalid literal for int() with base " + std::to_string(shown_base) +
                       ": " + repr);
  };
  std::string ascii = to_ascii_digits(strip_whitespace(text));
  std::string_view s = ascii;
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  // Base 0 reads the base from the prefix; a bare leading 0 (C octal) is
  // only allowed when the whole value is zero.
  bool error_if_nonzero = false;
  if (base == 0) {
    if (s.size() >= 2 && has_prefix_for(s, 16)) base = 16;
    else if (s.size() >= 2 && has_prefix_for(s, 8)) base = 8;
    else if (s.size() >= 2 && has_prefix_for(s, 2)) base = 2;
    else {
      error_if_nonzero = !s.empty() && s[0] == '0';
      base = 10;
    }
  }
  if (has_prefix_for(s, base)) {
    s.remove_prefix(2);
    if (!s.empty() && s[0] == '_') s.remove_prefix(1);  // one '_' may follow a prefix
  }
  if (s.empty() || s[0] == '_') return invalid();

  // CPython scans the run of digits first (a doubled or trailing '_'
  // ends it with an error), then applies the 4300-digit limit of decimal
  // conversions, and only then rejects what follows the run.
  uint64_t magnitude = 0;
  bool overflow = false;
  char prev = 0;
  size_t digits = 0, i = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (prev == '_') return invalid();
      prev = c;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) break;
    ++digits;
    if (__builtin_mul_overflow(magnitude, static_cast<uint64_t>(base), &magnitude) ||
        __builtin_add_overflow(magnitude, static_cast<uint64_t>(d), &magnitude)) {
      overflow = true;
    }
    prev = c;
  }
  if (prev == '_') return invalid();
  bool power_of_two = (base & (base - 1)) == 0;
  if (!power_of_two && digits > kMaxStrDigits) {
    return value_error("Exceeds the limit (4300 digits) for integer string conversion: value has " +
                       std::to_string(digits) +
                       " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
  if (i != s.size()) return invalid();
  if (error_if_nonzero && (magnitude != 0 || overflow)) return invalid();
  uint64_t limit = negative ? (uint64_t{1} << 63) : (uint64_t{1} << 63) - 1;
  if (overflow || magnitude > limit) return overflow_error(kIntOverflowMessage);
  return negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
}

std::string uint_to_digits(uint64_t magnitude, int base, bool upper) {
  const char* digits = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                             : "0123456789abcdefghijklmnopqrstuvwxyz";
  char buf[64];
  int n = 0;
  do {
    buf[n++] = digits[magnitude % static_cast<uint64_t>(base)];
    magnitude /= static_cast<uint64_t>(base);
  } while (magnitude != 0);
  std::string out;
  out.reserve(static_cast<size_t>(n));
  while (n > 0) out += buf[--n];
  return out;
}

void append_int(std::string& out, int64_t v) {
  char buf[24];
  int n = 0;
  uint64_t m = int_magnitude(v);
  do {
    buf[n++] = static_cast<char>('0' + m % 10);
    m /= 10;
  } while (m != 0);
  if (v < 0) out += '-';
  while (n > 0) out += buf[--n];
}

std::string int_to_string(int64_t v) {
  std::string out;
  append_int(out, v);
  return out;
}

namespace {
std::string with_prefix(int64_t v, const char* prefix, int base) {
  std::string out = v < 0 ? "-" : "";
  out += prefix;
  out += uint_to_digits(int_magnitude(v), base);
  return out;
}
}  // namespace

std::string int_to_bin(int64_t v) { return with_prefix(v, "0b", 2); }
std::string int_to_oct(int64_t v) { return with_prefix(v, "0o", 8); }
std::string int_to_hex(int64_t v) { return with_prefix(v, "0x", 16); }

}  // namespace interleave::text
