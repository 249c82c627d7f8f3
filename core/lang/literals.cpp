// Literals: decoding numbers and strings (see literals.h).
#include "lang/literals.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace interleave::lang {

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decimal digits of an arbitrarily large integer written in [base].
std::string big_to_decimal(std::string_view digits, int base) {
  std::vector<uint32_t> limbs;  // little-endian, base 10^9
  for (char c : digits) {
    uint64_t carry = static_cast<uint64_t>(digit_value(c));
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

}  // namespace

NumberValue decode_number(std::string_view text) {
  NumberValue v;
  std::string clean;
  clean.reserve(text.size());
  for (char c : text)
    if (c != '_') clean += c;
  char last = clean.empty() ? '0' : clean.back();
  if (last == 'j' || last == 'J') {
    clean.pop_back();
    v.kind = NumberValue::Kind::Imaginary;
    v.float_value = std::strtod(clean.c_str(), nullptr);
    return v;
  }
  int base = 10;
  std::string_view digits = clean;
  if (clean.size() > 1 && clean[0] == '0') {
    char b = static_cast<char>(clean[1] | 0x20);
    if (b == 'x') base = 16;
    if (b == 'o') base = 8;
    if (b == 'b') base = 2;
    if (base != 10) digits.remove_prefix(2);
  }
  if (base == 10 && clean.find_first_of(".eE") != std::string::npos) {
    v.kind = NumberValue::Kind::Float;
    v.float_value = std::strtod(clean.c_str(), nullptr);
    return v;
  }
  uint64_t acc = 0;
  for (char c : digits) {
    uint64_t d = static_cast<uint64_t>(digit_value(c));
    if (acc > (static_cast<uint64_t>(INT64_MAX) - d) / base) {
      v.kind = NumberValue::Kind::BigInt;
      v.big_digits = big_to_decimal(digits, base);
      return v;
    }
    acc = acc * base + d;
  }
  v.int_value = static_cast<int64_t>(acc);
  return v;
}

StringToken split_string_token(std::string_view text) {
  StringToken s;
  size_t i = 0;
  for (; i < text.size() && text[i] != '\'' && text[i] != '"'; ++i) {
    switch (text[i] | 0x20) {
      case 'r': s.raw = true; break;
      case 'b': s.bytes = true; break;
      case 'f': s.fstring = true; break;
      case 'u': s.u_prefix = text[i] == 'u'; break;  // CPython: only a lowercase u
    }
  }
  size_t quote_len = (i + 2 < text.size() && text[i + 1] == text[i] && text[i + 2] == text[i] &&
                      text.size() - i >= 6)
                         ? 3
                         : 1;
  s.body_offset = static_cast<int32_t>(i + quote_len);
  s.body = text.substr(i + quote_len, text.size() - i - 2 * quote_len);
  return s;
}

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool decode_escapes(std::string_view body, bool bytes, std::string* out, std::string* error,
                    size_t* error_pos) {
  out->clear();
  out->reserve(body.size());
  const char* codec = bytes ? "(value error)" : "(unicode error) 'unicodeescape' codec";
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\') {
      if (bytes && static_cast<unsigned char>(c) >= 0x80) {
        *error = "bytes can only contain ASCII literal characters";
        *error_pos = i;
        return false;
      }
      if (c == '\r' && i + 1 < body.size() && body[i + 1] == '\n') continue;  // CRLF -> LF
      *out += c;
      continue;
    }
    size_t start = i;
    if (++i >= body.size()) {
      *out += '\\';
      break;
    }
    char e = body[i];
    auto hex = [&](int count, const char* what) -> int64_t {
      uint32_t v = 0;
      for (int k = 0; k < count; ++k) {
        int d = (i + 1 + k < body.size()) ? digit_value(body[i + 1 + k]) : -1;
        if (d < 0) {
          char msg[160];
          if (bytes) {
            std::snprintf(msg, sizeof msg,
                          "(value error) invalid \\x escape at position %zu", start);
          } else {
            std::snprintf(msg, sizeof msg,
                          "%s can't decode bytes in position %zu-%zu: truncated %s escape", codec,
                          start, i + k, what);
          }
          *error = msg;
          *error_pos = start;
          return -1;
        }
        v = v * 16 + static_cast<uint32_t>(d);
      }
      i += count;
      return v;
    };
    switch (e) {
      case '\n': break;  // line continuation inside the string
      case '\r':
        if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
        break;
      case '\\': *out += '\\'; break;
      case '\'': *out += '\''; break;
      case '"': *out += '"'; break;
      case 'a': *out += '\a'; break;
      case 'b': *out += '\b'; break;
      case 'f': *out += '\f'; break;
      case 'n': *out += '\n'; break;
      case 'r': *out += '\r'; break;
      case 't': *out += '\t'; break;
      case 'v': *out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7';
             ++k) {
          v = v * 8 + static_cast<uint32_t>(body[++i] - '0');
        }
        if (bytes) *out += static_cast<char>(v & 0xFF);
        else append_utf8(out, v);
        break;
      }
      case 'x': {
        int64_t v = hex(2, "\\xXX");
        if (v < 0) return false;
        if (bytes) *out += static_cast<char>(v);
        else append_utf8(out, static_cast<uint32_t>(v));
        break;
      }
      case 'u':
      case 'U': {
        if (bytes) {  // not an escape in bytes: kept as written
          *out += '\\';
          *out += e;
          break;
        }
        int64_t v = e == 'u' ? hex(4, "\\uXXXX") : hex(8, "\\UXXXXXXXX");
        if (v < 0) return false;
        if (v > 0x10FFFF) {
          char msg[160];
          std::snprintf(msg, sizeof msg,
                        "%s can't decode bytes in position %zu-%zu: illegal Unicode character",
                        codec, start, i);
          *error = msg;
          *error_pos = start;
          return false;
        }
        append_utf8(out, static_cast<uint32_t>(v));
        break;
      }
      case 'N':
        if (!bytes) {
          *error = "\\N{...} escapes are not supported in the playground yet";
          *error_pos = start;
          return false;
        }
        [[fallthrough]];
      default:
        // An unknown escape is kept as written (CPython only warns).
        *out += '\\';
        --i;
        break;
    }
  }
  return true;
}

std::string float_repr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  // The shortest %.Ne that reads back exactly gives the digits and exponent.
  char buf[64];
  int precision = 1;
  for (; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  std::string s = buf;
  bool negative = s[0] == '-';
  if (negative) s.erase(0, 1);
  size_t epos = s.find('e');
  int exponent = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out;
  if (exponent < -4 || exponent >= 16) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += exp;
  } else if (exponent < 0) {
    out = "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
  } else {
    size_t int_len = static_cast<size_t>(exponent) + 1;
    if (digits.size() <= int_len) {
      out = digits + std::string(int_len - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, int_len) + "." + digits.substr(int_len);
    }
  }
  return negative ? "-" + out : out;
}

}  // namespace interleave::lang
