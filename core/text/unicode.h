// Character classes and case mappings of single code points, exactly as
// CPython 3.11's str methods see them (all of Unicode 14.0).
#pragma once

#include <cstdint>
#include <string_view>

namespace interleave::text {

// Bit order matches FLAGS in tests/text/gen_unicode_tables.py.
enum CharFlag : uint16_t {
  kAlpha = 1 << 0,
  kDecimal = 1 << 1,
  kDigit = 1 << 2,
  kNumeric = 1 << 3,
  kSpace = 1 << 4,
  kUpper = 1 << 5,
  kLower = 1 << 6,
  kTitle = 1 << 7,
  kCased = 1 << 8,
  kCaseIgnorable = 1 << 9,
  kPrintable = 1 << 10,
  kXidStart = 1 << 11,
  kXidContinue = 1 << 12,
  kLineBreak = 1 << 13,
};

uint16_t char_flags(char32_t c);

inline bool is_alpha(char32_t c) { return char_flags(c) & kAlpha; }
inline bool is_decimal(char32_t c) { return char_flags(c) & kDecimal; }
inline bool is_digit(char32_t c) { return char_flags(c) & kDigit; }
inline bool is_numeric(char32_t c) { return char_flags(c) & kNumeric; }
inline bool is_alnum(char32_t c) {
  return char_flags(c) & (kAlpha | kDecimal | kDigit | kNumeric);
}
inline bool is_upper(char32_t c) { return char_flags(c) & kUpper; }
inline bool is_lower(char32_t c) { return char_flags(c) & kLower; }
inline bool is_titlecase(char32_t c) { return char_flags(c) & kTitle; }
inline bool is_cased(char32_t c) { return char_flags(c) & kCased; }
inline bool is_case_ignorable(char32_t c) { return char_flags(c) & kCaseIgnorable; }
inline bool is_printable(char32_t c) { return char_flags(c) & kPrintable; }
inline bool is_xid_start(char32_t c) { return char_flags(c) & kXidStart; }
inline bool is_xid_continue(char32_t c) { return char_flags(c) & kXidContinue; }
// str.splitlines() boundaries: \n \v \f \r \x1c \x1d \x1e \x85 \u2028 \u2029.
inline bool is_linebreak(char32_t c) { return char_flags(c) & kLineBreak; }
// str.isspace() / str.split() whitespace.
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return char_flags(c) & kSpace;
}

// The digit value of a Unicode decimal (category Nd), or -1.
int decimal_value(char32_t c);

// Full case mappings (may expand: "ß".upper() == "SS"). Write up to 3 code
// points to [out] and return how many. to_lower_full does not apply the
// final-sigma rule; str_case.h does, as str.lower() needs context.
int to_upper_full(char32_t c, char32_t out[3]);
int to_lower_full(char32_t c, char32_t out[3]);
int to_title_full(char32_t c, char32_t out[3]);
int casefold_full(char32_t c, char32_t out[3]);

}  // namespace interleave::text
