// float <-> text exactly as CPython 3.11: repr/str (shortest round-trip
// digits), the 'e'/'f'/'g'/'r' renderings behind format(), f-strings and %,
// and float(str) parsing.
//
// Digits come from the C library's correctly rounded printf/strtod used
// only in exact ways ("%.Ne" / "%.Nf" and strtod of plain decimal strings),
// which glibc and Emscripten's musl both get right, so native and wasm
// print the same thing. No locale is consulted for the result.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/text_error.h"

namespace interleave::text {

// A finite double as decimal digits: value = 0.DIGITS * 10^decpt.
// Mirrors the (digits, decpt, sign) triple of CPython's _Py_dg_dtoa: no
// trailing zeros; zero is "0" with decpt 1; a fixed-point rounding to zero
// is "" with decpt = -ndigits.
struct DecimalDigits {
  std::string digits;
  int decpt = 0;
  bool negative = false;
};

// dtoa mode 0: the shortest digits that read back as [x], closest to [x]
// among the shortest.
DecimalDigits shortest_digits(double x);
// dtoa mode 2: [ndigits] >= 1 significant digits, correctly rounded.
DecimalDigits significant_digits(double x, int ndigits);
// dtoa mode 3: [ndigits] >= 0 digits after the decimal point.
DecimalDigits fixed_digits(double x, int ndigits);

// Flags of PyOS_double_to_string.
enum FloatFormatFlag : unsigned {
  kFloatSign = 1,       // always print a sign ('+' format flag)
  kFloatAddDot0 = 2,    // an integral result keeps ".0" (repr, empty type)
  kFloatAlt = 4,        // '#': keep the point and trailing zeros
  kFloatNoNegZero = 8,  // 'z': "-0.0" after rounding prints as "0.0"
};

// PyOS_double_to_string: [code] is one of e E f F g G r (r = repr; its
// precision is ignored). inf and nan come out as inf/nan (INF/NAN upper).
std::string format_float(double x, char code, int precision, unsigned flags);

// repr(x) and str(x): "0.1", "1e+16", "1e-05", "-0.0", "inf", "nan".
std::string float_repr(double x);
// Appends repr(x) to [out]; the print() hot path.
void append_float_repr(std::string& out, double x);

// float(text): CPython's rules (surrounding Unicode whitespace, '_' between
// digits, Unicode decimal digits, inf/infinity/nan in any case, signs).
// Error: ValueError "could not convert string to float: '...'".
TextResult<double> parse_float(std::string_view text);

// The same parse without the error message, for callers (the lexer) that
// already validated the syntax: a plain ASCII decimal literal.
double parse_ascii_decimal(std::string_view ascii);

}  // namespace interleave::text
