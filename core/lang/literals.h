// Literals: the values of number and string tokens (escapes, prefixes,
// integers too big for int64), and Python's repr of floats for dumps.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace interleave::lang {

struct NumberValue {
  enum class Kind : uint8_t { Int, BigInt, Float, Imaginary } kind = Kind::Int;
  int64_t int_value = 0;
  double float_value = 0;
  std::string big_digits;  // decimal digits of an integer beyond int64
};

// Decodes the text of a NUMBER token (already validated by the lexer).
NumberValue decode_number(std::string_view text);

// A string token split into its parts: `rb'''x'''` -> prefix flags and body.
struct StringToken {
  bool raw = false;
  bool bytes = false;
  bool fstring = false;
  bool u_prefix = false;
  std::string_view body;  // between the quotes
  int32_t body_offset = 0;  // bytes from the token start to the body
};
StringToken split_string_token(std::string_view token_text);

// Decodes backslash escapes of a (non-raw) string body into UTF-8 (or raw
// bytes when [bytes]). On failure returns false with [error] set to
// CPython's message and [error_pos] to the byte offset in [body].
bool decode_escapes(std::string_view body, bool bytes, std::string* out, std::string* error,
                    size_t* error_pos);

// Appends code point [cp] as UTF-8 (surrogates as WTF-8).
void append_utf8(std::string* out, uint32_t cp);

// Python's repr() of a float: shortest text that reads back the same value.
std::string float_repr(double value);

}  // namespace interleave::lang
