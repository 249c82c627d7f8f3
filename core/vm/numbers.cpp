// Number helpers: CPython's numeric hash (so sets of ints iterate in
// CPython's order), shortest float repr, floor division and modulo.
#include "vm/numbers.h"

#include "text/hash.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace interleave::vm {

static constexpr int64_t kModulus = (int64_t{1} << 61) - 1;  // CPython's _PyHASH_MODULUS

int64_t hash_int(int64_t v) {
  // hash(n) == n mod (2**61 - 1), with the sign of n; -1 is reserved.
  uint64_t a = v < 0 ? (v == INT64_MIN ? uint64_t{1} << 63 : static_cast<uint64_t>(-v)) : static_cast<uint64_t>(v);
  int64_t h = static_cast<int64_t>(a % static_cast<uint64_t>(kModulus));
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_float(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & static_cast<uint64_t>(kModulus)) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= static_cast<uint64_t>(kModulus)) x -= kModulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & static_cast<uint64_t>(kModulus)) | x >> (61 - e);
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

int64_t hash_bytes(const std::string& s) {
  // CPython's str hash with PYTHONHASHSEED=0 (core/text), so set and dict
  // orders of strings match a CPython run with that seed.
  return text::hash_str(s);
}

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  char buf[64];
  int prec = 1;
  for (; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  // buf is [-]D[.DDD]e[+-]XX: split into digits and exponent.
  std::string s(buf);
  bool neg = s[0] == '-';
  if (neg) s = s.substr(1);
  size_t epos = s.find('e');
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1;  // digits are 0.DIGITS * 10^decpt
  std::string out;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out = "0." + std::string(-decpt, '0') + digits;
    } else if (decpt >= static_cast<int>(digits.size())) {
      out = digits + std::string(decpt - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, decpt) + "." + digits.substr(decpt);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    int e = decpt - 1;
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    out += eb;
  }
  return neg ? "-" + out : out;
}

bool int_floordiv(int64_t a, int64_t b, int64_t* out) {
  if (a == INT64_MIN && b == -1) return false;
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  *out = q;
  return true;
}

int64_t int_mod(int64_t a, int64_t b) {
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

double float_mod(double a, double b) {
  double m = std::fmod(a, b);
  if (m) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}

bool int_pow(int64_t base, int64_t exp, int64_t* out) {
  int64_t result = 1;
  while (exp > 0) {
    if (exp & 1) {
      if (__builtin_mul_overflow(result, base, &result)) return false;
    }
    exp >>= 1;
    if (exp && __builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

}  // namespace interleave::vm
