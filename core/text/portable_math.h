// exp, log, pow, sin and cos computed by our own code, so that `x ** y` gives the
// same bits natively and in wasm. The C libraries differ: glibc's pow is
// almost always correctly rounded, Emscripten's is not, and DESIGN.md
// promises identical traces everywhere.
//
// The results are correctly rounded (ties to even) except in cases whose
// exact value lies within about 2^-100 of a rounding boundary, which is
// also where glibc, and hence CPython, is exact: they match CPython on
// essentially every input.
#pragma once

namespace interleave::text {

// e^x; overflow gives +inf, underflow 0 (callers raise Python errors).
double portable_exp(double x);
// ln(x) for x > 0; log(0) is -inf, negatives give nan.
double portable_log(double x);
// sin(x) and cos(x); exact argument reduction for |x| < 2^20, libm beyond
// (random.gauss only needs [0, 2*pi)).
double portable_sin(double x);
double portable_cos(double x);
// x^y for finite x > 0 and finite y (float_pow handles every special case
// first, as CPython does before calling the C library).
double portable_pow_positive(double x, double y);

}  // namespace interleave::text
