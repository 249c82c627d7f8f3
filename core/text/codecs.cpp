// Text encodings: see codecs.h.
#include "text/codecs.h"

#include <cstdint>

#include "text/utf8.h"

namespace interleave::text {

namespace {

// The upper halves (bytes 0x80..0xFF) of the two Russian code pages, as
// Unicode code points; 0 marks a byte the code page leaves undefined.
// (Figures from the code pages' published mappings, as CPython ships them.)
const uint16_t kCp1251[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039,
    0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408,
    0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB,
    0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423,
    0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B,
    0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

const uint16_t kKoi8R[128] = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580,
    0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451,
    0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569,
    0x256A, 0x256B, 0x256C, 0x00A9, 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x044F, 0x0440, 0x0441,
    0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A,
    0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
};

const uint16_t* table_of(Codec c) { return c == Codec::Cp1251 ? kCp1251 : c == Codec::Koi8R ? kKoi8R : nullptr; }

const char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, uint32_t v, int digits) {
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(v >> shift) & 15];
}

// \xNN, \uNNNN or \UNNNNNNNN: how backslashreplace and CPython's error
// messages spell a code point.
void append_escape(std::string& out, char32_t c) {
  if (c <= 0xFF) {
    out += "\\x";
    append_hex(out, c, 2);
  } else if (c <= 0xFFFF) {
    out += "\\u";
    append_hex(out, c, 4);
  } else {
    out += "\\U";
    append_hex(out, c, 8);
  }
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The UTF-8 sequence at [pos]: its length when valid (0 when not), else the
// failing span's length and reason, as CPython's decoder reports them (the
// lead byte and the continuation bytes that were acceptable).
size_t utf8_check(std::string_view s, size_t pos, size_t* bad_len, const char** reason) {
  unsigned char lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) return 1;
  int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  if (len == 0) {
    *bad_len = 1;
    *reason = "invalid start byte";
    return 0;
  }
  unsigned char lo = 0x80, hi = 0xBF;
  if (lead == 0xE0) lo = 0xA0;
  else if (lead == 0xED) hi = 0x9F;  // surrogates are not valid UTF-8
  else if (lead == 0xF0) lo = 0x90;
  else if (lead == 0xF4) hi = 0x8F;
  for (int i = 1; i < len; ++i) {
    if (pos + i >= s.size()) {
      *bad_len = static_cast<size_t>(i);
      *reason = "unexpected end of data";
      return 0;
    }
    unsigned char b = static_cast<unsigned char>(s[pos + i]);
    if (i == 1 ? (b < lo || b > hi) : !is_continuation(b)) {
      *bad_len = static_cast<size_t>(i);
      *reason = "invalid continuation byte";
      return 0;
    }
  }
  return static_cast<size_t>(len);
}

std::string normalize(std::string_view name) {
  std::string n;
  for (char ch : name) {
    if (ch == '-' || ch == ' ') ch = '_';
    else if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    n += ch;
  }
  return n;
}

}  // namespace

std::optional<Codec> find_codec(std::string_view name) {
  std::string n = normalize(name);
  if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return Codec::Utf8;
  if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us") return Codec::Ascii;
  if (n == "latin_1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso_8859_1" ||
      n == "iso8859_1" || n == "8859" || n == "cp819" || n == "iso_ir_100")
    return Codec::Latin1;
  if (n == "cp1251" || n == "windows_1251" || n == "1251") return Codec::Cp1251;
  if (n == "koi8_r" || n == "koi8r") return Codec::Koi8R;
  return std::nullopt;
}

const char* codec_error_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    default: return "charmap";
  }
}

std::optional<ErrorHandler> find_error_handler(std::string_view name) {
  if (name == "strict") return ErrorHandler::Strict;
  if (name == "ignore") return ErrorHandler::Ignore;
  if (name == "replace") return ErrorHandler::Replace;
  if (name == "backslashreplace") return ErrorHandler::BackslashReplace;
  if (name == "xmlcharrefreplace") return ErrorHandler::XmlCharRefReplace;
  return std::nullopt;
}

bool decode(Codec c, std::string_view bytes, ErrorHandler h, std::string* out, CodecFailure* fail) {
  out->clear();
  out->reserve(bytes.size());
  size_t pos = 0;
  while (pos < bytes.size()) {
    unsigned char b = static_cast<unsigned char>(bytes[pos]);
    size_t bad = 0;
    const char* reason = nullptr;
    if (c == Codec::Utf8) {
      size_t len = utf8_check(bytes, pos, &bad, &reason);
      if (len > 0) {
        out->append(bytes.data() + pos, len);
        pos += len;
        continue;
      }
    } else if (b < 0x80 || c == Codec::Latin1) {
      utf8_append(*out, b);
      ++pos;
      continue;
    } else if (c == Codec::Ascii) {
      bad = 1;
      reason = "ordinal not in range(128)";
    } else if (char32_t u = table_of(c)[b - 0x80]) {
      utf8_append(*out, u);
      ++pos;
      continue;
    } else {
      bad = 1;
      reason = "character maps to <undefined>";
    }
    switch (h) {
      case ErrorHandler::Ignore: break;
      case ErrorHandler::Replace: utf8_append(*out, 0xFFFD); break;
      case ErrorHandler::BackslashReplace:
        for (size_t i = 0; i < bad; ++i) append_escape(*out, static_cast<unsigned char>(bytes[pos + i]));
        break;
      default:
        *fail = CodecFailure{pos, pos + bad, reason};
        return false;
    }
    pos += bad;
  }
  return true;
}

bool encode(Codec c, std::string_view text, ErrorHandler h, std::string* out, CodecFailure* fail) {
  out->clear();
  out->reserve(text.size());
  std::u32string chars = utf8_to_u32(text);
  const uint16_t* table = table_of(c);
  // The byte for [u], or -1 when the codec has none.
  auto byte_of = [&](char32_t u) -> int {
    if (u < 0x80) return static_cast<int>(u);
    if (c == Codec::Latin1 && u <= 0xFF) return static_cast<int>(u);
    if (table) {
      for (int i = 0; i < 128; ++i)
        if (table[i] == u) return 0x80 + i;
    }
    return -1;
  };
  for (size_t i = 0; i < chars.size(); ++i) {
    char32_t u = chars[i];
    if (c == Codec::Utf8) {
      if (u < 0xD800 || u > 0xDFFF) {
        utf8_append(*out, u);
        continue;
      }
    } else if (int byte = byte_of(u); byte >= 0) {
      *out += static_cast<char>(byte);
      continue;
    }
    // A run of characters the codec cannot encode: CPython reports (and
    // the handlers replace) the whole run at once.
    size_t end = i + 1;
    auto bad = [&](char32_t x) { return c == Codec::Utf8 ? (x >= 0xD800 && x <= 0xDFFF) : byte_of(x) < 0; };
    while (end < chars.size() && bad(chars[end])) ++end;
    switch (h) {
      case ErrorHandler::Ignore: break;
      case ErrorHandler::Replace: out->append(end - i, '?'); break;
      case ErrorHandler::BackslashReplace:
        for (size_t k = i; k < end; ++k) append_escape(*out, chars[k]);
        break;
      case ErrorHandler::XmlCharRefReplace:
        for (size_t k = i; k < end; ++k) *out += "&#" + std::to_string(static_cast<uint32_t>(chars[k])) + ";";
        break;
      default: {
        const char* reason = c == Codec::Utf8    ? "surrogates not allowed"
                             : c == Codec::Ascii  ? "ordinal not in range(128)"
                             : c == Codec::Latin1 ? "ordinal not in range(256)"
                                                  : "character maps to <undefined>";
        *fail = CodecFailure{i, end, reason};
        return false;
      }
    }
    i = end - 1;
  }
  return true;
}

std::string unicode_error_message(bool decoding, std::string_view encoding, std::string_view object,
                                  size_t start, size_t end, std::string_view reason) {
  std::string m = "'";
  m.append(encoding);
  m.append(decoding ? "' codec can't decode " : "' codec can't encode ");
  if (end == start + 1) {
    if (decoding && start < object.size()) {
      m += "byte 0x";
      append_hex(m, static_cast<unsigned char>(object[start]), 2);
    } else if (!decoding) {
      std::u32string chars = utf8_to_u32(object);
      m += "character '";
      if (start < chars.size()) append_escape(m, chars[start]);
      m += "'";
    }
    m += " in position ";
    m += std::to_string(start);
  } else {
    m += decoding ? "bytes" : "characters";
    m += " in position ";
    m += std::to_string(start);
    m += '-';
    m += std::to_string(end - 1);
  }
  m += ": ";
  m += reason;
  return m;
}

}  // namespace interleave::text
