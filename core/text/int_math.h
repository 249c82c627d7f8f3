// Python int arithmetic on int64 with Python's semantics: floor division and
// modulo take the sign of the divisor, true division is correctly rounded,
// and every result that would not fit in 64 bits is an OverflowError
// (CPython would grow a big int; we must never wrap silently).
#pragma once

#include <cstdint>

#include "text/text_error.h"

namespace interleave::text {

// The fast paths the interpreter inlines: false on overflow.
inline bool int_add(int64_t a, int64_t b, int64_t& out) { return !__builtin_add_overflow(a, b, &out); }
inline bool int_sub(int64_t a, int64_t b, int64_t& out) { return !__builtin_sub_overflow(a, b, &out); }
inline bool int_mul(int64_t a, int64_t b, int64_t& out) { return !__builtin_mul_overflow(a, b, &out); }
inline bool int_neg(int64_t a, int64_t& out) { return !__builtin_sub_overflow(int64_t{0}, a, &out); }
inline bool int_abs(int64_t a, int64_t& out) {
  if (a >= 0) {
    out = a;
    return true;
  }
  return int_neg(a, out);
}

// The same operations reporting CPython-style errors.
TextResult<int64_t> int_checked_add(int64_t a, int64_t b);
TextResult<int64_t> int_checked_sub(int64_t a, int64_t b);
TextResult<int64_t> int_checked_mul(int64_t a, int64_t b);
TextResult<int64_t> int_checked_neg(int64_t a);
TextResult<int64_t> int_checked_abs(int64_t a);

// a // b, a % b: "integer division or modulo by zero" / "integer modulo by zero".
TextResult<int64_t> int_floordiv(int64_t a, int64_t b);
TextResult<int64_t> int_mod(int64_t a, int64_t b);
struct IntDivMod {
  int64_t quotient = 0;
  int64_t remainder = 0;
};
TextResult<IntDivMod> int_divmod(int64_t a, int64_t b);

// a / b correctly rounded to the nearest double, also beyond 2**53
// ("division by zero").
TextResult<double> int_true_divide(int64_t a, int64_t b);

// a ** b for b >= 0 (checked). For b < 0 Python returns a float: use
// int_pow_negative ("0.0 cannot be raised to a negative power").
TextResult<int64_t> int_pow(int64_t a, int64_t b);
TextResult<double> int_pow_negative(int64_t a, int64_t b);
// pow(a, b, m), including b < 0 as a modular inverse (Python 3.8+).
TextResult<int64_t> int_pow_mod(int64_t a, int64_t b, int64_t m);

// a << b ("negative shift count"; overflow checked), a >> b (arithmetic).
TextResult<int64_t> int_lshift(int64_t a, int64_t b);
TextResult<int64_t> int_rshift(int64_t a, int64_t b);

// round(v, ndigits) for ints: ndigits >= 0 returns v, negative rounds half
// to even at 10**-ndigits.
TextResult<int64_t> int_round(int64_t v, int64_t ndigits);

// int(x) of a float: truncation toward zero. OverflowError "cannot convert
// float infinity to integer", ValueError "cannot convert float NaN to
// integer", and OverflowError when it does not fit in 64 bits.
TextResult<int64_t> float_to_int(double x);

}  // namespace interleave::text
