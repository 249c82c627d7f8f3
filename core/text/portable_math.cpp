// Double-double (about 106-bit) evaluation of log and exp, rounded once at
// the end. Double-double numbers are unevaluated sums hi + lo with
// |lo| <= ulp(hi)/2; fma makes products exact, which both native targets
// and wasm (musl's exact software fma) provide.
#include "text/portable_math.h"

#include <cmath>

namespace interleave::text {

namespace {

struct DD {
  double hi = 0, lo = 0;
};

DD two_sum(double a, double b) {
  double s = a + b;
  double bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}

DD quick_two_sum(double a, double b) {  // |a| >= |b|
  double s = a + b;
  return {s, b - (s - a)};
}

DD two_prod(double a, double b) {
  double p = a * b;
  return {p, std::fma(a, b, -p)};
}

DD add(DD a, DD b) {
  DD s = two_sum(a.hi, b.hi);
  DD t = two_sum(a.lo, b.lo);
  s.lo += t.hi;
  s = quick_two_sum(s.hi, s.lo);
  s.lo += t.lo;
  return quick_two_sum(s.hi, s.lo);
}

DD neg(DD a) { return {-a.hi, -a.lo}; }

DD mul(DD a, DD b) {
  DD p = two_prod(a.hi, b.hi);
  p.lo += a.hi * b.lo + a.lo * b.hi;
  return quick_two_sum(p.hi, p.lo);
}

DD mul(DD a, double b) {
  DD p = two_prod(a.hi, b);
  p.lo += a.lo * b;
  return quick_two_sum(p.hi, p.lo);
}

DD div(DD a, DD b) {
  // Three rounds of long division, each correcting the remainder.
  double q1 = a.hi / b.hi;
  DD r = add(a, neg(mul(b, q1)));
  double q2 = r.hi / b.hi;
  r = add(r, neg(mul(b, q2)));
  double q3 = r.hi / b.hi;
  DD q = quick_two_sum(q1, q2);
  return add(q, DD{q3, 0});
}

DD div(DD a, double b) { return div(a, DD{b, 0}); }

// ln 2 to about 160 bits, in three parts.
const double kLn2Hi = 0x1.62e42fefa39efp-1;
const double kLn2Lo = 0x1.abc9e3b39803fp-56;
const double kLn2Lo2 = 0x1.7b57a079a1934p-111;

// ln(x) for finite x > 0: x = m * 2^e with m in [sqrt(1/2), sqrt(2)), and
// ln(m) = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...) with s = (m-1)/(m+1),
// |s| <= 0.172, so each term gains at least 5 bits.
DD log_dd(double x) {
  int e;
  double m = std::frexp(x, &e);
  if (m < 0.70710678118654752) {
    m *= 2;
    --e;
  }
  DD s = div(DD{m - 1.0, 0}, two_sum(m, 1.0));  // m - 1 is exact here
  DD s2 = mul(s, s);
  DD sum = s, power = s;
  for (int k = 3; k < 200; k += 2) {
    power = mul(power, s2);
    DD term = div(power, static_cast<double>(k));
    sum = add(sum, term);
    if (std::fabs(term.hi) < 1e-36 * std::fabs(sum.hi) || term.hi == 0) break;
  }
  DD result = mul(sum, 2.0);
  double de = static_cast<double>(e);
  DD e_ln2 = add(add(two_prod(de, kLn2Hi), two_prod(de, kLn2Lo)), DD{de * kLn2Lo2, 0});
  return add(e_ln2, result);
}

// e^t for a double-double t with |t| < 746: t = k ln2 + r, |r| <= 0.35,
// and e^r by its Taylor series (about 25 terms reach 2^-106).
double exp_dd(DD t) {
  if (t.hi > 709.8) return HUGE_VAL;
  if (t.hi < -745.2) return 0.0;
  double k = std::nearbyint(t.hi / kLn2Hi);
  DD r = add(t, neg(two_prod(k, kLn2Hi)));
  r = add(r, neg(two_prod(k, kLn2Lo)));
  r = add(r, DD{-k * kLn2Lo2, 0});
  DD sum{1.0, 0}, term{1.0, 0};
  for (int n = 1; n < 60; ++n) {
    term = div(mul(term, r), static_cast<double>(n));
    sum = add(sum, term);
    if (std::fabs(term.hi) < 1e-36) break;
  }
  int ik = static_cast<int>(k);
  double rounded = sum.hi + sum.lo;  // one rounding to the nearest double
  if (ik > -1021) return std::ldexp(rounded, ik);
  // A subnormal result: scale before rounding so it is rounded only once.
  return std::ldexp(sum.hi, ik) + std::ldexp(sum.lo, ik);
}

// pi/2 to about 160 bits, in three parts.
const double kPio2Hi = 0x1.921fb54442d18p+0;
const double kPio2Lo = 0x1.1a62633145c07p-54;
const double kPio2Lo2 = -0x1.f1976b7ed8fbcp-110;

// sin(r) and cos(r) for |r| <= pi/4 by their Taylor series in double-double.
void sin_cos_reduced(DD r, DD& sin_r, DD& cos_r) {
  DD r2 = mul(r, r);
  DD term = r;  // r^(2n+1) / (2n+1)!, alternating
  sin_r = r;
  for (int n = 1; n < 40; ++n) {
    term = div(mul(term, neg(r2)), static_cast<double>((2 * n) * (2 * n + 1)));
    sin_r = add(sin_r, term);
    if (std::fabs(term.hi) < 1e-36) break;
  }
  term = DD{1.0, 0};
  cos_r = term;
  for (int n = 1; n < 40; ++n) {
    term = div(mul(term, neg(r2)), static_cast<double>((2 * n - 1) * (2 * n)));
    cos_r = add(cos_r, term);
    if (std::fabs(term.hi) < 1e-36) break;
  }
}

// x = k pi/2 + r with |r| <= pi/4; returns r and k mod 4.
DD reduce_pio2(double x, int& quadrant) {
  double k = std::nearbyint(x / kPio2Hi);
  DD r = add(DD{x, 0}, neg(two_prod(k, kPio2Hi)));
  r = add(r, neg(two_prod(k, kPio2Lo)));
  r = add(r, DD{-k * kPio2Lo2, 0});
  quadrant = static_cast<int>(std::fmod(k, 4.0));
  if (quadrant < 0) quadrant += 4;
  return r;
}

}  // namespace

double portable_sin(double x) {
  if (!(std::fabs(x) < 1048576.0)) return std::sin(x);
  if (x == 0) return x;  // keeps the sign of -0.0
  int q;
  DD r = reduce_pio2(x, q);
  DD s, c;
  sin_cos_reduced(r, s, c);
  DD v = q == 0 ? s : q == 1 ? c : q == 2 ? neg(s) : neg(c);
  return v.hi + v.lo;
}

double portable_cos(double x) {
  if (!(std::fabs(x) < 1048576.0)) return std::cos(x);
  int q;
  DD r = reduce_pio2(x, q);
  DD s, c;
  sin_cos_reduced(r, s, c);
  DD v = q == 0 ? c : q == 1 ? neg(s) : q == 2 ? neg(c) : s;
  return v.hi + v.lo;
}

double portable_exp(double x) {
  if (std::isnan(x)) return x;
  if (x == 0) return 1.0;
  return exp_dd(DD{x, 0});
}

double portable_log(double x) {
  if (std::isnan(x) || x < 0) return std::nan("");
  if (x == 0) return -HUGE_VAL;
  if (std::isinf(x)) return x;
  if (x == 1.0) return 0.0;
  DD r = log_dd(x);
  return r.hi + r.lo;
}

double portable_pow_positive(double x, double y) {
  if (y == 1.0) return x;
  if (y == 2.0) return x * x;            // exact ties need IEEE rounding
  if (y == 0.5) return std::sqrt(x);     // correctly rounded by IEEE
  if (y == -1.0) return 1.0 / x;
  DD lx = log_dd(x);
  double estimate = lx.hi * y;
  // Far outside exp's range (and before y * lo can make inf - inf).
  if (!(std::fabs(estimate) < 1e4)) return estimate > 0 ? HUGE_VAL : 0.0;
  return exp_dd(mul(lx, y));
}

}  // namespace interleave::text
