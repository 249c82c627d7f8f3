// Python int arithmetic on int64.
#include "text/int_math.h"

#include <cmath>

#include "text/float_math.h"

namespace interleave::text {

namespace {
TextResult<int64_t> overflow() { return overflow_error(kIntOverflowMessage); }
}  // namespace

TextResult<int64_t> int_checked_add(int64_t a, int64_t b) {
  int64_t r;
  if (!int_add(a, b, r)) return overflow();
  return r;
}
TextResult<int64_t> int_checked_sub(int64_t a, int64_t b) {
  int64_t r;
  if (!int_sub(a, b, r)) return overflow();
  return r;
}
TextResult<int64_t> int_checked_mul(int64_t a, int64_t b) {
  int64_t r;
  if (!int_mul(a, b, r)) return overflow();
  return r;
}
TextResult<int64_t> int_checked_neg(int64_t a) {
  int64_t r;
  if (!int_neg(a, r)) return overflow();
  return r;
}
TextResult<int64_t> int_checked_abs(int64_t a) {
  int64_t r;
  if (!int_abs(a, r)) return overflow();
  return r;
}

TextResult<IntDivMod> int_divmod(int64_t a, int64_t b) {
  if (b == 0) return zero_division_error("integer division or modulo by zero");
  if (a == INT64_MIN && b == -1) return overflow_error(kIntOverflowMessage);
  // C++ truncates toward zero; Python floors, so the remainder takes the
  // divisor's sign.
  IntDivMod r{a / b, a % b};
  if (r.remainder != 0 && ((r.remainder < 0) != (b < 0))) {
    r.remainder += b;
    r.quotient -= 1;
  }
  return r;
}

TextResult<int64_t> int_floordiv(int64_t a, int64_t b) {
  auto r = int_divmod(a, b);
  if (!r) return r.error();
  return r.value().quotient;
}

TextResult<int64_t> int_mod(int64_t a, int64_t b) {
  if (b == 0) return zero_division_error("integer modulo by zero");
  if (b == -1) return int64_t{0};  // avoids INT64_MIN % -1, which traps
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

namespace {

int bit_length(unsigned __int128 v) {
  int n = 0;
  while (v != 0) {
    v >>= 1;
    ++n;
  }
  return n;
}

// Rounds [q] * 2^[exp2] (plus a nonzero tail below q when [sticky]) to the
// nearest double, ties to even.
double round_to_double(unsigned __int128 q, bool sticky, int exp2) {
  int len = bit_length(q);
  if (len > 53) {
    int shift = len - 53;
    unsigned __int128 dropped = q & ((static_cast<unsigned __int128>(1) << shift) - 1);
    unsigned __int128 half = static_cast<unsigned __int128>(1) << (shift - 1);
    q >>= shift;
    exp2 += shift;
    bool round_up = dropped > half || (dropped == half && (sticky || (q & 1)));
    if (round_up) q += 1;  // may carry to 2^53: still exact as a double
  }
  return std::ldexp(static_cast<double>(static_cast<uint64_t>(q)), exp2);
}

}  // namespace

TextResult<double> int_true_divide(int64_t a, int64_t b) {
  if (b == 0) return zero_division_error("division by zero");
  const int64_t kExact = int64_t{1} << 53;
  if (a > -kExact && a < kExact && b > -kExact && b < kExact) {
    return static_cast<double>(a) / static_cast<double>(b);  // both exact: one rounding
  }
  bool negative = (a < 0) != (b < 0);
  uint64_t ua = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  uint64_t ub = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
  if (ua == 0) return negative ? -0.0 : 0.0;
  // Scale the dividend to the top of 128 bits so the quotient keeps at
  // least 62 significant bits, then round once with the remainder as the
  // sticky bit.
  int shift = 127 - bit_length(ua);
  unsigned __int128 num = static_cast<unsigned __int128>(ua) << shift;
  unsigned __int128 q = num / ub;
  bool sticky = num % ub != 0;
  double r = round_to_double(q, sticky, -shift);
  return negative ? -r : r;
}

TextResult<int64_t> int_pow(int64_t a, int64_t b) {
  if (b < 0) return value_error("int_pow: negative exponent");
  int64_t result = 1, base = a;
  while (b > 0) {
    if (b & 1) {
      if (!int_mul(result, base, result)) return overflow();
    }
    b >>= 1;
    if (b > 0 && !int_mul(base, base, base)) {
      // The base overflowed but is needed no more if the result is 0/±1.
      if (a == 0 || a == 1 || a == -1) break;
      return overflow();
    }
  }
  return result;
}

TextResult<double> int_pow_negative(int64_t a, int64_t b) {
  // CPython converts both operands to float and uses float pow.
  return float_pow(static_cast<double>(a), static_cast<double>(b));
}

namespace {

int64_t mulmod(int64_t a, int64_t b, int64_t m) {
  __int128 r = static_cast<__int128>(a) * b % m;
  return static_cast<int64_t>(r);
}

// Python's a % m for m > 0.
int64_t floor_mod(int64_t a, int64_t m) {
  int64_t r = a % m;
  return r < 0 ? r + m : r;
}

// Inverse of [a] modulo [m] > 1 by the extended Euclidean algorithm; false
// when gcd(a, m) != 1.
bool mod_inverse(int64_t a, int64_t m, int64_t& out) {
  __int128 old_r = a, r = m, old_s = 1, s = 0;
  while (r != 0) {
    __int128 q = old_r / r;
    __int128 t = old_r - q * r;
    old_r = r;
    r = t;
    t = old_s - q * s;
    old_s = s;
    s = t;
  }
  if (old_r != 1) return false;
  __int128 inv = old_s % m;
  if (inv < 0) inv += m;
  out = static_cast<int64_t>(inv);
  return true;
}

}  // namespace

TextResult<int64_t> int_pow_mod(int64_t a, int64_t b, int64_t m) {
  if (m == 0) return value_error("pow() 3rd argument cannot be 0");
  if (m == INT64_MIN) return overflow();
  bool negative_modulus = m < 0;
  int64_t mod = negative_modulus ? -m : m;
  int64_t base = floor_mod(a, mod);
  if (b < 0) {
    if (mod == 1) return int64_t{0};
    if (!mod_inverse(base, mod, base)) {
      return value_error("base is not invertible for the given modulus");
    }
    if (b == INT64_MIN) {  // -b does not fit: a**(2**63) == (a*a)**(2**62)
      base = mulmod(base, base, mod);
      b = int64_t{1} << 62;
    } else {
      b = -b;
    }
  }
  int64_t result = 1 % mod;
  while (b > 0) {
    if (b & 1) result = mulmod(result, base, mod);
    base = mulmod(base, base, mod);
    b >>= 1;
  }
  // Python's result takes the modulus's sign.
  if (negative_modulus && result != 0) result -= mod;
  return result;
}

TextResult<int64_t> int_lshift(int64_t a, int64_t b) {
  if (b < 0) return value_error("negative shift count");
  if (a == 0) return int64_t{0};
  if (b >= 63) return overflow();
  int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
  if ((r >> b) != a) return overflow();
  return r;
}

TextResult<int64_t> int_rshift(int64_t a, int64_t b) {
  if (b < 0) return value_error("negative shift count");
  if (b >= 63) return a < 0 ? int64_t{-1} : int64_t{0};
  return a >> b;
}

TextResult<int64_t> int_round(int64_t v, int64_t ndigits) {
  if (ndigits >= 0) return v;
  if (ndigits < -18) return int64_t{0};  // 10**19 exceeds any int64, |v| < half of it
  int64_t pow10 = 1;
  for (int64_t i = 0; i < -ndigits; ++i) pow10 *= 10;
  auto dm = int_divmod(v, pow10);
  int64_t q = dm.value().quotient, r = dm.value().remainder;  // 0 <= r < pow10
  // Round half to even: compare twice the remainder with the unit.
  int64_t twice = r * 2;  // r < 10**18, so no overflow
  if (twice > pow10 || (twice == pow10 && (q & 1))) q += 1;
  int64_t out;
  if (!int_mul(q, pow10, out)) return overflow();
  return out;
}

TextResult<int64_t> float_to_int(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) return value_error("cannot convert float NaN to integer");
  double t = std::trunc(x);
  // [-2^63, 2^63) is exactly the range of doubles that fit.
  if (t < -9223372036854775808.0 || t >= 9223372036854775808.0) return overflow();
  return static_cast<int64_t>(t);
}

}  // namespace interleave::text
