// Python float arithmetic that C++ does not give for free: floor division
// and modulo with the divisor's sign, pow's special cases and errors,
// round() with ndigits (correctly rounded, as CPython's dtoa-based round),
// is_integer and as_integer_ratio.
#pragma once

#include <cstdint>

#include "text/text_error.h"

namespace interleave::text {

struct FloatDivMod {
  double quotient = 0;
  double remainder = 0;
};
// divmod(a, b) ("float divmod()"), a // b ("float floor division by zero"),
// a % b ("float modulo"), a / b ("float division by zero").
TextResult<FloatDivMod> float_divmod(double a, double b);
TextResult<double> float_floordiv(double a, double b);
TextResult<double> float_mod(double a, double b);
TextResult<double> float_true_divide(double a, double b);

// a ** b with CPython's special cases: ZeroDivisionError "0.0 cannot be
// raised to a negative power", OverflowError "(34, 'Numerical result out of
// range')". A negative base with a fractional exponent is complex in
// CPython; Interleave has no complex numbers and reports a ValueError.
TextResult<double> float_pow(double a, double b);

// round(x, ndigits): the double nearest to the decimal rounding of x (ties
// to even on the exact binary value). OverflowError "rounded value too
// large to represent".
TextResult<double> float_round(double x, int64_t ndigits);
// round(x) -> int: half to even.
TextResult<int64_t> float_round_to_int(double x);

bool float_is_integer(double x);

struct IntegerRatio {
  int64_t numerator = 0;
  int64_t denominator = 1;
};
// x.as_integer_ratio(); OverflowError when a part exceeds 64 bits.
TextResult<IntegerRatio> float_as_integer_ratio(double x);

}  // namespace interleave::text
