// float <-> text; see float_text.h for the contract.
//
// Contents: digit generation (mode 0/2/3), the CPython layout routine
// (format_float_short), repr, and float(str) parsing.
#include "text/float_text.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "text/str_algorithms.h"
#include "text/str_repr.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace interleave::text {

namespace {

// ---------------------------------------------------------------------------
// Digit generation

// Prints |x| with printf's "%.{precision}{conv}" into a std::string. glibc
// and musl both print the exact binary value correctly rounded (ties to
// even), which is what CPython's dtoa does.
std::string print_c(double x, int precision, char conv) {
  char format[8] = {'%', '.', '*', conv, 0};
  char small[64];
  int n = std::snprintf(small, sizeof small, format, precision, x);
  if (n >= 0 && n < static_cast<int>(sizeof small)) return std::string(small, n);
  std::string big(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(big.data(), big.size(), format, precision, x);
  big.resize(static_cast<size_t>(n));
  return big;
}

// Parses printf's "d.ddde±XX" of a positive finite value into digits and
// decpt, stripping trailing zeros.
DecimalDigits digits_from_exponent_form(const std::string& s) {
  DecimalDigits d;
  size_t e = s.find('e');
  for (size_t i = 0; i < e; ++i) {
    if (s[i] >= '0' && s[i] <= '9') d.digits.push_back(s[i]);
  }
  int exponent = std::atoi(s.c_str() + e + 1);
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  d.decpt = exponent + 1;
  return d;
}

// Does the decimal string [s] read back as exactly [x]?
bool reads_back_as(const std::string& s, double x) {
  return std::strtod(s.c_str(), nullptr) == x;
}

// Exact for integral values below 2^53: the digits are the integer's own.
bool integral_fast_path(double ax, DecimalDigits& d) {
  if (!(ax < 9007199254740992.0) || ax != std::floor(ax) || ax < 1.0) return false;
  uint64_t v = static_cast<uint64_t>(ax);
  char buf[24];
  int n = 0;
  while (v != 0) {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  d.decpt = n;
  int low = 0;
  while (low < n && buf[low] == '0') ++low;  // trailing zeros of the number
  for (int i = n - 1; i >= low; --i) d.digits.push_back(buf[i]);
  return true;
}

// Exact powers of ten as doubles: 10^k for k <= 22 is representable.
const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// Digits of the positive integer [r] into [d], as r * 10^-[scale], with
// trailing zeros stripped.
void digits_from_scaled(uint64_t r, int scale, DecimalDigits& d) {
  char buf[24];
  int n = 0;
  while (r != 0) {
    buf[n++] = static_cast<char>('0' + r % 10);
    r /= 10;
  }
  int low = 0;
  while (low < n && buf[low] == '0') ++low;
  d.digits.clear();
  for (int i = n - 1; i >= low; --i) d.digits.push_back(buf[i]);
  d.decpt = n - scale;
}

// The fast path for the numbers programs usually print (0.1, 2.5, 3.14):
// the smallest k for which some integer r < 10^15 gives r / 10^k == x
// exactly. Division of exact operands rounds once, like strtod, so r*10^-k
// reads back as x; below 10^15 such an r is unique for its k (decimals of
// 15 digits are further apart than an ulp), and the smallest k gives the
// fewest digits, so this is what the general search would find.
bool short_decimal_fast_path(double ax, DecimalDigits& d) {
  if (!(ax >= 1e-7 && ax < 1e15)) return false;
  for (int k = 1; k <= 22; ++k) {
    double y = ax * kPow10[k];
    if (y >= 1e15) return false;
    double r = std::nearbyint(y);
    if (r / kPow10[k] == ax) {
      digits_from_scaled(static_cast<uint64_t>(r), k, d);
      return true;
    }
  }
  return false;
}

// The 16-digit candidates one unit either side of [d] (16 digits, possibly
// fewer after stripping). Needed at a power of two, where the rounding
// interval is lopsided: the nearest 16-digit decimal may fall outside it
// while its neighbour on the wide side is inside.
bool try_16_digit_neighbours(double ax, const DecimalDigits& d16, DecimalDigits& out) {
  std::string padded = d16.digits;
  padded.resize(16, '0');
  uint64_t mantissa = std::strtoull(padded.c_str(), nullptr, 10);
  for (int delta : {-1, +1}) {
    uint64_t m = mantissa + static_cast<uint64_t>(static_cast<int64_t>(delta));
    std::string digits = std::to_string(m);
    int decpt = d16.decpt + static_cast<int>(digits.size()) - 16;
    std::string text = "0." + digits + "e" + std::to_string(decpt);
    if (reads_back_as(text, ax)) {
      while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
      out.digits = digits;
      out.decpt = decpt;
      return true;
    }
  }
  return false;
}

}  // namespace

namespace {

// Subnormals have fewer significant bits, so any length may be the
// shortest: search upwards. Their rounding interval is symmetric, so the
// correctly rounded candidate of each length is the one to try.
DecimalDigits shortest_subnormal_digits(double ax) {
  for (int p = 1; p < 17; ++p) {
    std::string s = print_c(ax, p - 1, 'e');
    if (reads_back_as(s, ax)) return digits_from_exponent_form(s);
  }
  return digits_from_exponent_form(print_c(ax, 16, 'e'));
}

// [digits17] (exactly 17 digits of x correctly rounded) rounded to [p]
// digits, as "0.DIGITSeDECPT" in [text] with the stripped digits in [out].
// Rounding a rounded value is only unsafe when the dropped digits are
// exactly "50...0" (x may lie on either side); then printf decides.
void round_candidate(double ax, const std::string& digits17, int decpt, int p,
                     DecimalDigits& out, std::string& text) {
  bool exact_half = digits17[p] == '5' &&
                    digits17.find_first_not_of('0', p + 1) == std::string::npos;
  if (exact_half) {
    out = digits_from_exponent_form(print_c(ax, p - 1, 'e'));
  } else {
    std::string digits = digits17.substr(0, p);
    if (digits17[p] >= '5') {
      int i = p - 1;
      while (i >= 0 && digits[i] == '9') digits[i--] = '0';
      if (i < 0) {
        digits.insert(digits.begin(), '1');
        digits.pop_back();
        ++decpt;
      } else {
        ++digits[i];
      }
    }
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    out.digits = digits;
    out.decpt = decpt;
  }
  text = "0." + out.digits + "e" + std::to_string(out.decpt);
}

// A 15-digit decimal D15 can only read back as x if it is within half an
// ulp (at most 1.12e-16 |x|) of x. The 17-digit rounding D17 is within half
// a unit of its last digit (a unit is at least 1e-17 |x|), so when D17's
// last two digits put it 12 or more units from D15, D15 is too far: skip
// the strtod. Only endings 00-11 and 89-99 need the check.
bool could_have_15_digits(const std::string& digits17) {
  int tail = (digits17[15] - '0') * 10 + (digits17[16] - '0');
  return tail <= 11 || tail >= 89;
}

// Normal doubles: one printf of 17 digits, from which the 15- and 16-digit
// candidates are derived. 15 digits suffice whenever any shorter string
// does (15-digit decimals are further apart than an ulp), so only 15, 16
// (with its neighbours) and 17 need trying.
DecimalDigits shortest_normal_digits(double ax) {
  std::string s17 = print_c(ax, 16, 'e');
  DecimalDigits d17 = digits_from_exponent_form(s17);
  if (d17.digits.size() <= 15) return d17;  // already the 15-digit rounding
  std::string digits17;
  for (size_t i = 0; i < s17.size() && s17[i] != 'e'; ++i) {
    if (s17[i] >= '0' && s17[i] <= '9') digits17 += s17[i];
  }
  DecimalDigits candidate;
  std::string text;
  for (int p = 15; p <= 16; ++p) {
    if (p == 15 && !could_have_15_digits(digits17)) continue;
    round_candidate(ax, digits17, d17.decpt, p, candidate, text);
    if (reads_back_as(text, ax)) return candidate;
  }
  DecimalDigits neighbour;
  if (try_16_digit_neighbours(ax, candidate, neighbour)) return neighbour;
  return d17;
}

}  // namespace

DecimalDigits shortest_digits(double x) {
  DecimalDigits d;
  d.negative = std::signbit(x);
  double ax = std::fabs(x);
  if (ax == 0.0) {
    d.digits = "0";
    d.decpt = 1;
    return d;
  }
  if (integral_fast_path(ax, d)) return d;
  if (short_decimal_fast_path(ax, d)) return d;
  DecimalDigits r;
  if (ax < 2.2250738585072014e-308) {
    r = shortest_subnormal_digits(ax);
  } else {
    r = shortest_normal_digits(ax);
  }
  r.negative = d.negative;
  return r;
}


DecimalDigits significant_digits(double x, int ndigits) {
  DecimalDigits d;
  double ax = std::fabs(x);
  if (ax == 0.0) {
    d.digits = "0";
    d.decpt = 1;
  } else {
    d = digits_from_exponent_form(print_c(ax, ndigits - 1, 'e'));
  }
  d.negative = std::signbit(x);
  return d;
}

namespace {

// '%.Nf' without printf for |x| * 10^N in [1, 2^52): y = x * 10^N is
// rounded once; fma recovers that rounding error e exactly, and the true
// value y + e then decides the rounding to an integer. When y's fraction
// is not exactly one half it is at least an ulp away from it, more than
// |e|, so only an exact-looking half needs e (and ties go to even).
bool fixed_fast_path(double ax, int ndigits, DecimalDigits& d) {
  if (ndigits > 22) return false;
  double scale = kPow10[ndigits];
  double y = ax * scale;
  // Below 2^52 an ulp of y is at most 1/2, so 0.5 and y's fraction are
  // multiples of it and |e| <= ulp/2 can never reach the next one.
  if (!(y >= 1.0 && y < 4503599627370496.0)) return false;
  double e = std::fma(ax, scale, -y);
  double whole = std::floor(y);
  double frac = y - whole;
  bool up;
  if (frac != 0.5) up = frac > 0.5;
  else if (e != 0.0) up = e > 0.0;
  else up = std::fmod(whole, 2.0) != 0.0;
  uint64_t r = static_cast<uint64_t>(whole) + (up ? 1 : 0);
  digits_from_scaled(r, ndigits, d);
  return true;
}

}  // namespace

DecimalDigits fixed_digits(double x, int ndigits) {
  DecimalDigits d;
  d.negative = std::signbit(x);
  double ax = std::fabs(x);
  if (ax == 0.0) {
    d.digits = "0";
    d.decpt = 1;
    return d;
  }
  if (fixed_fast_path(ax, ndigits, d)) return d;
  std::string s = print_c(ax, ndigits, 'f');
  size_t point = s.find('.');
  int int_len = static_cast<int>(point == std::string::npos ? s.size() : point);
  std::string all = s.substr(0, int_len);
  if (point != std::string::npos) all += s.substr(point + 1);
  size_t first = all.find_first_not_of('0');
  if (first == std::string::npos) {  // rounded to zero
    d.decpt = -ndigits;
    return d;
  }
  size_t last = all.find_last_not_of('0');
  d.digits = all.substr(first, last - first + 1);
  d.decpt = int_len - static_cast<int>(first);
  return d;
}

// ---------------------------------------------------------------------------
// Layout: CPython's format_float_short (Python/pystrtod.c), which places the
// digits of a virtual zero-padded string around the decimal point.

std::string format_float(double x, char code, int precision, unsigned flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  if (upper) code = static_cast<char>(code - 'A' + 'a');
  bool always_sign = flags & kFloatSign;
  bool add_dot_0 = flags & kFloatAddDot0;
  bool alt = flags & kFloatAlt;

  std::string out;
  if (std::isnan(x)) {  // the sign of a nan is never shown
    if (always_sign) out += '+';
    out += upper ? "NAN" : "nan";
    return out;
  }
  if (std::isinf(x)) {
    if (x < 0) out += '-';
    else if (always_sign) out += '+';
    out += upper ? "INF" : "inf";
    return out;
  }

  DecimalDigits d;
  switch (code) {
    case 'e': d = significant_digits(x, precision + 1); precision += 1; break;
    case 'f': d = fixed_digits(x, precision); break;
    case 'g':
      if (precision == 0) precision = 1;
      d = significant_digits(x, precision);
      break;
    default: d = shortest_digits(x); break;  // 'r'
  }
  if ((flags & kFloatNoNegZero) && d.negative &&
      (d.digits.empty() || d.digits == "0")) {
    d.negative = false;
  }

  int digits_len = static_cast<int>(d.digits.size());
  int decpt = d.decpt;
  int vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e': use_exp = true; vdigits_end = precision; break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:  // 'r' switches to an exponent at 1e16 and below 1e-4
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  } else {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  }

  if (d.negative) out += '-';
  else if (always_sign) out += '+';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(d.digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(d.digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += d.digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    out += exp < 0 ? '-' : '+';
    int a = exp < 0 ? -exp : exp;
    if (a < 10) out += '0';
    out += std::to_string(a);
  }
  return out;
}

std::string float_repr(double x) {
  std::string out;
  append_float_repr(out, x);
  return out;
}

void append_float_repr(std::string& out, double x) {
  out += format_float(x, 'r', 0, kFloatAddDot0);
}

// ---------------------------------------------------------------------------
// Parsing

namespace {

bool ascii_equal_ignore_case(std::string_view a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}

// Checks CPython's float syntax on an ASCII string with underscores already
// validated and removed:  [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]
bool is_decimal_float_syntax(std::string_view s) {
  size_t i = 0, n = s.size();
  if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
  size_t int_digits = 0, frac_digits = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9') { ++i; ++int_digits; }
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && s[i] >= '0' && s[i] <= '9') { ++i; ++frac_digits; }
  }
  if (int_digits + frac_digits == 0) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') { ++i; ++exp_digits; }
    if (exp_digits == 0) return false;
  }
  return i == n;
}

// Removes underscores, each of which must sit between two digits (PEP 515).
bool strip_underscores(std::string& s) {
  if (s.find('_') == std::string::npos) return true;
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '_') {
      out += s[i];
      continue;
    }
    bool digit_before = i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
    bool digit_after = i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9';
    if (!digit_before || !digit_after) return false;
  }
  s = std::move(out);
  return true;
}

}  // namespace

double parse_ascii_decimal(std::string_view ascii) {
  std::string s(ascii);
  return std::strtod(s.c_str(), nullptr);
}

TextResult<double> parse_float(std::string_view text) {
  auto fail = [&]() -> TextResult<double> {
    return value_error("could not convert string to float: " + str_repr(text));
  };
  // CPython first maps Unicode decimal digits to ASCII and strips Unicode
  // whitespace; any other non-ASCII character makes the string invalid.
  std::string_view stripped = strip_whitespace(text);
  std::string ascii;
  ascii.reserve(stripped.size());
  size_t pos = 0;
  while (pos < stripped.size()) {
    char32_t c = utf8_decode_next(stripped, pos);
    if (c < 0x80) {
      ascii += static_cast<char>(c);
      continue;
    }
    int digit = decimal_value(c);
    if (digit < 0) return fail();
    ascii += static_cast<char>('0' + digit);
  }
  if (ascii.empty()) return fail();

  std::string_view body = ascii;
  bool negative = false;
  if (body[0] == '+' || body[0] == '-') {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (ascii_equal_ignore_case(body, "inf") || ascii_equal_ignore_case(body, "infinity")) {
    return negative ? -HUGE_VAL : HUGE_VAL;
  }
  if (ascii_equal_ignore_case(body, "nan")) {
    return negative ? -std::nan("") : std::nan("");
  }
  if (!strip_underscores(ascii) || !is_decimal_float_syntax(ascii)) return fail();
  return std::strtod(ascii.c_str(), nullptr);
}

}  // namespace interleave::text
