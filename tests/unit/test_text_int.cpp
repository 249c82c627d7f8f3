// Int parsing, printing and arithmetic against CPython 3.11
// (tests/text/gen_number_data.py). CPython results beyond int64 appear as
// "<64-bit overflow>" and must be an OverflowError here.
#include <doctest/doctest.h>

#include "test_text_data.h"
#include "text/format_spec.h"
#include "text/int_math.h"
#include "text/int_text.h"

using namespace interleave::text;
using namespace interleave::text::testdata;

namespace {

std::string int_outcome(const TextResult<int64_t>& r, const std::string& expected) {
  if (!r.ok() && r.error().type == PyErrorType::OverflowError &&
      r.error().message == kIntOverflowMessage) {
    return "!OverflowError: <64-bit overflow>";
  }
  return outcome(r, [](int64_t v) { return std::to_string(v); });
}

}  // namespace

TEST_CASE("text: int(str, base) matches CPython") {
  Mismatches m("int(str, base)");
  for (auto& row : load("int_parse.txt")) {
    auto r = parse_int(row[0], std::stoi(row[1]));
    m.check("'" + row[0] + "' base " + row[1], row[2], int_outcome(r, row[2]));
  }
  TEXT_CHECK_ALL(m);
}

TEST_CASE("text: format(int, spec) matches CPython") {
  Mismatches m("format(int)");
  auto same = [](const std::string& s) { return s; };
  for (auto& row : load("int_format.txt")) {
    TextResult<std::string> r = row[0] == "True" || row[0] == "False"
        ? format_bool(row[0] == "True", row[1])
        : format_int(std::stoll(row[0]), row[1]);
    m.check(row[0] + " '" + row[1] + "'", row[2], outcome(r, same));
  }
  TEXT_CHECK_ALL(m);
}

TEST_CASE("text: int arithmetic matches CPython within 64 bits") {
  Mismatches m("int ops");
  auto bits = [](double d) { return to_bits(d); };
  for (auto& row : load("int_ops.txt")) {
    int64_t a = std::stoll(row[0]), b = std::stoll(row[1]);
    std::string in = row[0] + " op " + row[1];
    m.check(in + " +", row[2], int_outcome(int_checked_add(a, b), row[2]));
    m.check(in + " -", row[3], int_outcome(int_checked_sub(a, b), row[3]));
    m.check(in + " *", row[4], int_outcome(int_checked_mul(a, b), row[4]));
    m.check(in + " //", row[5], int_outcome(int_floordiv(a, b), row[5]));
    m.check(in + " %", row[6], int_outcome(int_mod(a, b), row[6]));
    m.check(in + " /", row[7], outcome(int_true_divide(a, b), bits));
    std::string pow = b < 0 ? outcome(int_pow_negative(a, b), bits) : int_outcome(int_pow(a, b), row[8]);
    m.check(in + " **", row[8], pow);
    m.check(in + " <<", row[9], int_outcome(int_lshift(a, b < 200 ? b : 200), row[9]));
    m.check(in + " >>", row[10], int_outcome(int_rshift(a, b), row[10]));
    m.check(in + " round", row[11], int_outcome(int_round(a, b < -60 ? -60 : b), row[11]));
    m.check(in + " bin", row[13], int_to_bin(a));
    m.check(in + " oct", row[14], int_to_oct(a));
    m.check(in + " hex", row[15], int_to_hex(a));
    m.check(in + " str", row[0], int_to_string(a));
  }
  TEXT_CHECK_ALL(m);
}

TEST_CASE("text: int edge cases") {
  CHECK(int_floordiv(1, 0).error().message == "integer division or modulo by zero");
  CHECK(int_mod(1, 0).error().message == "integer modulo by zero");
  CHECK(int_divmod(1, 0).error().message == "integer division or modulo by zero");
  CHECK(int_true_divide(1, 0).error().message == "division by zero");
  CHECK(int_pow_negative(0, -1).error().message == "0.0 cannot be raised to a negative power");
  CHECK(int_lshift(1, -1).error().message == "negative shift count");
  CHECK(int_floordiv(INT64_MIN, -1).error().type == PyErrorType::OverflowError);
  CHECK(int_mod(INT64_MIN, -1).value() == 0);
  CHECK(int_checked_abs(INT64_MIN).error().type == PyErrorType::OverflowError);
  CHECK(int_pow(-1, INT64_MAX).value() == -1);
  CHECK(int_pow(2, 62).value() == (int64_t{1} << 62));
  CHECK(int_pow(-2, 63).value() == INT64_MIN);
  CHECK(int_pow(2, 63).error().type == PyErrorType::OverflowError);
  CHECK(int_pow_mod(2, -1, 7).value() == 4);
  CHECK(int_pow_mod(3, 200, 1000000007).value() == 136318165);
  CHECK(int_pow_mod(2, 10, -7).value() == -5);
  CHECK(int_pow_mod(2, 3, 0).error().message == "pow() 3rd argument cannot be 0");
  CHECK(int_pow_mod(2, -1, 4).error().message == "base is not invertible for the given modulus");
  CHECK(float_to_int(-3.9).value() == -3);
  CHECK(float_to_int(1e19).error().type == PyErrorType::OverflowError);
  CHECK(float_to_int(-9223372036854775808.0).value() == INT64_MIN);
  CHECK(parse_int("12", 1).error().message == "int() base must be >= 2 and <= 36, or 0");
}
