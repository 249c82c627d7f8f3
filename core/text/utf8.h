// UTF-8, the representation of every Python str in Interleave.
//
// A str is a std::string of UTF-8 (lone surrogates, which Python allows via
// chr(0xD800), are kept as their 3-byte WTF-8 form). len(s) and s[i] count
// code points, so this file gives the VM an ASCII fast path and a sparse
// index from code point positions to byte offsets for the rest.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/text_error.h"

namespace interleave::text {

// Decodes the code point at byte [pos] and advances [pos] past it. Invalid
// bytes (never produced by our own strings) decode as U+FFFD, one byte each.
char32_t utf8_decode_next(std::string_view s, size_t& pos);
// Decodes the code point that ends just before byte [pos], moving [pos] back.
char32_t utf8_decode_prev(std::string_view s, size_t& pos);
// Appends [c] encoded as UTF-8.
void utf8_append(std::string& out, char32_t c);
std::string utf8_encode(char32_t c);

// True when every byte is below 0x80: then code point i is byte i.
bool is_ascii(std::string_view s);
// Number of code points: len(s).
size_t utf8_length(std::string_view s);
// Byte offset of code point [index] (0 <= index <= length) by scanning.
size_t utf8_offset_of(std::string_view s, size_t index);

// The per-string cache that makes s[i] and slicing O(1)-ish on non-ASCII
// strings: the byte offset of every 32nd code point. Build once per
// (immutable) str and keep it beside the bytes.
class CodePointIndex {
 public:
  static constexpr size_t kStride = 32;

  explicit CodePointIndex(std::string_view s);
  size_t length() const { return length_; }
  bool ascii() const { return ascii_; }
  // Byte offset of code point [index], 0 <= index <= length().
  size_t byte_offset(std::string_view s, size_t index) const;

 private:
  size_t length_ = 0;
  bool ascii_ = true;
  std::vector<uint32_t> checkpoints_;  // byte offset of code point k*kStride
};

// s[start:stop] by code point positions (already clamped by the caller).
std::string_view utf8_slice(std::string_view s, size_t start, size_t stop);
// The code points of [s], and back.
std::u32string utf8_to_u32(std::string_view s);
std::string u32_to_utf8(std::u32string_view s);

}  // namespace interleave::text
