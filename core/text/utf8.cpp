// UTF-8 encode/decode, code point counting and indexing.
#include "text/utf8.h"

#include <cstring>

namespace interleave::text {

namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;  // continuation byte, C0/C1 or F5..FF
}

}  // namespace

char32_t utf8_decode_next(std::string_view s, size_t& pos) {
  unsigned char lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  int len = sequence_length(lead);
  if (len == 0 || pos + len > s.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t c = lead & (0xFF >> (len + 1));
  for (int i = 1; i < len; ++i) {
    unsigned char b = static_cast<unsigned char>(s[pos + i]);
    if (!is_continuation(b)) {
      ++pos;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  pos += len;
  return c;
}

char32_t utf8_decode_prev(std::string_view s, size_t& pos) {
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && is_continuation(static_cast<unsigned char>(s[start]))) {
    --start;
  }
  size_t p = start;
  char32_t c = utf8_decode_next(s, p);
  if (p != pos) {  // malformed tail: step back one byte only
    pos -= 1;
    return 0xFFFD;
  }
  pos = start;
  return c;
}

void utf8_append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string utf8_encode(char32_t c) {
  std::string s;
  utf8_append(s, c);
  return s;
}

// Eight bytes at a time: the common all-ASCII case costs one test per word.
bool is_ascii(std::string_view s) {
  size_t i = 0, n = s.size();
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  }
  return true;
}

// Counts bytes that are not continuation bytes, a word at a time.
size_t utf8_length(std::string_view s) {
  size_t count = 0, i = 0, n = s.size();
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
    uint64_t cont = word & ~(word << 1) & 0x8080808080808080ull;
    count += 8 - static_cast<size_t>(__builtin_popcountll(cont));
  }
  for (; i < n; ++i) count += !is_continuation(static_cast<unsigned char>(s[i]));
  return count;
}

size_t utf8_offset_of(std::string_view s, size_t index) {
  size_t pos = 0;
  for (size_t k = 0; k < index && pos < s.size(); ++k) {
    ++pos;
    while (pos < s.size() && is_continuation(static_cast<unsigned char>(s[pos]))) ++pos;
  }
  return pos;
}

CodePointIndex::CodePointIndex(std::string_view s) {
  ascii_ = is_ascii(s);
  if (ascii_) {
    length_ = s.size();
    return;
  }
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(s[i]))) continue;
    if (count % kStride == 0) checkpoints_.push_back(static_cast<uint32_t>(i));
    ++count;
  }
  length_ = count;
}

size_t CodePointIndex::byte_offset(std::string_view s, size_t index) const {
  if (ascii_) return index;
  if (index >= length_) return s.size();
  size_t pos = checkpoints_[index / kStride];
  for (size_t k = index % kStride; k > 0; --k) {
    ++pos;
    while (is_continuation(static_cast<unsigned char>(s[pos]))) ++pos;
  }
  return pos;
}

std::string_view utf8_slice(std::string_view s, size_t start, size_t stop) {
  if (stop <= start) return {};
  size_t begin = utf8_offset_of(s, start);
  size_t end = begin + utf8_offset_of(s.substr(begin), stop - start);
  return s.substr(begin, end - begin);
}

std::u32string utf8_to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) out += utf8_decode_next(s, pos);
  return out;
}

std::string u32_to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) utf8_append(out, c);
  return out;
}

}  // namespace interleave::text
