// int <-> text: int(str, base) with CPython's rules and error texts, and the
// digits behind str(), bin(), oct(), hex() and the format mini-language.
// Interleave ints are int64; a literal that does not fit is an
// OverflowError (CPython would make a big int), never a wrapped value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/text_error.h"

namespace interleave::text {

// int(text, base): base 0 or 2..36; surrounding whitespace, one sign,
// "0x"/"0o"/"0b" prefixes (base 0 or matching base), '_' between digits,
// Unicode decimal digits. ValueError "invalid literal for int() with base
// 10: 'abc'" or "int() base must be >= 2 and <= 36, or 0".
TextResult<int64_t> parse_int(std::string_view text, int base = 10);

// Digits of [magnitude] in [base] (2..36), no sign or prefix.
std::string uint_to_digits(uint64_t magnitude, int base, bool upper = false);
// str(v).
std::string int_to_string(int64_t v);
void append_int(std::string& out, int64_t v);
// bin(v), oct(v), hex(v): "-0b101", "0o17", "0xff".
std::string int_to_bin(int64_t v);
std::string int_to_oct(int64_t v);
std::string int_to_hex(int64_t v);

// |v| as unsigned, exact even for INT64_MIN.
inline uint64_t int_magnitude(int64_t v) {
  return v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
}

}  // namespace interleave::text
