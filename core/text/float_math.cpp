// Python float arithmetic; the algorithms follow CPython's floatobject.c.
#include "text/float_math.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "text/float_text.h"
#include "text/int_math.h"
#include "text/portable_math.h"

namespace interleave::text {

namespace {

// fmod is exact, so the remainder is right; the quotient is then fixed up
// to floor semantics and snapped to an integer (CPython's float_divmod).
FloatDivMod divmod_nonzero(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);  // zero remainder takes the divisor's sign
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  return {floordiv, mod};
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

}  // namespace

TextResult<FloatDivMod> float_divmod(double a, double b) {
  if (b == 0.0) return zero_division_error("float divmod()");
  return divmod_nonzero(a, b);
}

TextResult<double> float_floordiv(double a, double b) {
  if (b == 0.0) return zero_division_error("float floor division by zero");
  return divmod_nonzero(a, b).quotient;
}

TextResult<double> float_mod(double a, double b) {
  if (b == 0.0) return zero_division_error("float modulo");
  // CPython's float_rem computes only the remainder (no quotient), which
  // differs from divmod's for infinite operands: -7.0 % inf == inf.
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

TextResult<double> float_true_divide(double a, double b) {
  if (b == 0.0) return zero_division_error("float division by zero");
  return a / b;
}

TextResult<double> float_pow(double iv, double iw) {
  if (iw == 0.0) return 1.0;  // even 0**0 and nan**0
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    double av = std::fabs(iv);
    if (av == 1.0) return 1.0;
    if ((iw > 0.0) == (av > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    if (iw < 0.0) return zero_division_error("0.0 cannot be raised to a negative power");
    return is_odd_integer(iw) ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      return value_error(
          "negative number cannot be raised to a fractional power "
          "(the result is complex, and Interleave has no complex numbers)");
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  // Our own pow: the C libraries disagree in the last bit (glibc vs wasm).
  double r = portable_pow_positive(iv, iw);
  if (std::isinf(r)) return overflow_error("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

TextResult<double> float_round(double x, int64_t ndigits) {
  // Beyond these limits the answer is x itself or a zero (CPython's
  // NDIGITS_MAX/NDIGITS_MIN), and so it is for inf and nan.
  if (!std::isfinite(x) || x == 0.0 || ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  std::string text;
  if (ndigits >= 0) {
    text = format_float(x, 'f', static_cast<int>(ndigits), 0);
  } else {
    // Round to 10**-ndigits: that is (decimal exponent + ndigits)
    // significant digits. 40 digits pin down the exponent and the tie test
    // (no double lies within 1e-40 of a decimal tie it is not equal to).
    DecimalDigits exact = significant_digits(std::fabs(x), 40);
    int keep = exact.decpt + static_cast<int>(ndigits);
    if (keep > 0) {
      text = format_float(x, 'e', keep - 1, 0);
    } else {
      // |x| < 10**-ndigits: the result is 0 or one unit; an exact half
      // goes to 0, the even one.
      bool up = keep == 0 && (exact.digits[0] > '5' ||
                              (exact.digits[0] == '5' && exact.digits.size() > 1));
      if (!up) return std::copysign(0.0, x);
      std::string unit = "1e" + std::to_string(-ndigits);
      return std::copysign(std::strtod(unit.c_str(), nullptr), x);
    }
  }
  double r = std::strtod(text.c_str(), nullptr);
  if (std::isinf(r)) return overflow_error("rounded value too large to represent");
  return r;
}

TextResult<int64_t> float_round_to_int(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) return value_error("cannot convert float NaN to integer");
  double r = std::round(x);  // halves away from zero ...
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);  // ... fixed to even
  return float_to_int(r);
}

bool float_is_integer(double x) { return std::isfinite(x) && x == std::floor(x); }

TextResult<IntegerRatio> float_as_integer_ratio(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return value_error("cannot convert NaN to integer ratio");
  int exp;
  double mant = std::frexp(x, &exp);
  // Shift the mantissa left until it is an integer.
  for (int i = 0; i < 300 && mant != std::floor(mant); ++i) {
    mant *= 2.0;
    --exp;
  }
  auto numerator = float_to_int(mant);
  if (!numerator) return numerator.error();
  IntegerRatio r{numerator.value(), 1};
  if (exp > 0) {
    auto n = int_lshift(r.numerator, exp);
    if (!n) return n.error();
    r.numerator = n.value();
  } else if (exp < 0) {
    if (-exp >= 63) return overflow_error(kIntOverflowMessage);
    r.denominator = int64_t{1} << -exp;
  }
  return r;
}

}  // namespace interleave::text
