// hash() and the random module against CPython 3.11 (str hashes with
// PYTHONHASHSEED=0), from tests/text/gen_misc_data.py.
#include <doctest/doctest.h>

#include <sstream>

#include "test_text_data.h"
#include "text/float_text.h"
#include "text/hash.h"
#include "text/mersenne.h"
#include "text/sha512.h"

using namespace interleave::text;
using namespace interleave::text::testdata;

namespace {

std::vector<int64_t> int_list(const std::string& csv) {
  std::vector<int64_t> out;
  std::stringstream in(csv);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(std::stoll(item));
  return out;
}

std::string bytes_from_hex(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  }
  return out;
}

template <class F>
std::string join(int n, F f) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i > 0) out += ",";
    out += f(i);
  }
  return out;
}

std::string join_ints(const std::vector<int64_t>& v) {
  return join(static_cast<int>(v.size()), [&](int i) { return std::to_string(v[static_cast<size_t>(i)]); });
}

}  // namespace

TEST_CASE("text: hash() matches CPython") {
  Mismatches m("hash");
  for (auto& row : load("hash.txt")) {
    const std::string& kind = row[0];
    int64_t actual = 0;
    if (kind == "int") actual = hash_int(std::stoll(row[1]));
    else if (kind == "float") actual = hash_float(from_bits(row[1]), 0);
    else if (kind == "str") actual = hash_str(row[1]);
    else if (kind == "bytes") actual = hash_bytes(bytes_from_hex(row[1]));
    else {
      std::vector<int64_t> hashes;
      for (int64_t v : int_list(row[1])) hashes.push_back(hash_int(v));
      actual = kind == "tuple" ? hash_tuple(hashes.data(), hashes.size())
                               : hash_frozenset(hashes.data(), hashes.size());
    }
    m.check(kind + " " + row[1], row[2], std::to_string(actual));
  }
  TEXT_CHECK_ALL(m);
  CHECK(hash_bool(true) == 1);
  CHECK(hash_float(std::nan(""), 1234) == 1234);
  CHECK(hash_int(-1) == -2);
}

TEST_CASE("text: random module matches CPython for seeded use") {
  Mismatches m("random");
  for (auto& row : load("random.txt")) {
    MersenneTwister r;
    if (row[0] == "sha512") {
      auto digest = sha512(bytes_from_hex(row[1]));
      std::string hex;
      for (unsigned char b : digest) hex += "0123456789abcdef"[b >> 4], hex += "0123456789abcdef"[b & 15];
      m.check("sha512 " + row[1], row[2], hex);
      continue;
    }
    // Seeds are Python ints (-2**63 and 2**63-1 fit) or "s:text".
    if (row[0].rfind("s:", 0) == 0) r.seed_bytes(row[0].substr(2));
    else r.seed(std::stoll(row[0]));
    const std::string& what = row[1];
    std::string actual;
    if (what == "random") {
      actual = join(20, [&](int) { return float_repr(r.random()); });
    } else if (what == "getrandbits") {
      int ks[] = {1, 2, 5, 8, 16, 31, 32, 33, 40, 53, 63, 0, 7};
      actual = join(13, [&](int i) { return std::to_string(r.getrandbits(ks[i]).value()); });
    } else if (what == "randrange") {
      int64_t ns[] = {1, 2, 3, 10, 100, 1000, 1000000, int64_t{1} << 31, (int64_t{1} << 32) + 1,
                      1000000000000000000, 7, 5};
      actual = join(12, [&](int i) { return std::to_string(r.randrange(ns[i]).value()); });
    } else if (what == "randint") {
      std::vector<int64_t> out;
      for (int i = 0; i < 30; ++i) out.push_back(r.randint(1, 6).value());
      out.push_back(r.randrange(-5, 50, 3).value());
      out.push_back(r.randrange(100, 0, -7).value());
      out.push_back(r.randrange(10, 20).value());
      actual = join_ints(out);
    } else if (what == "shuffle20") {
      std::vector<int64_t> xs;
      for (int i = 0; i < 20; ++i) xs.push_back(i);
      r.shuffle(xs);
      actual = join_ints(xs);
    } else if (what == "choice") {
      int64_t ns[] = {1, 5, 17, 100, 3};
      actual = join(20, [&](int i) { return std::to_string(r.choice_index(ns[i % 5]).value()); });
    } else if (what == "sample") {
      // Three statements: the order of evaluation inside one expression
      // is unspecified, and each sample consumes random numbers.
      std::string s1 = join_ints(r.sample_indices(10, 4).value());
      std::string s2 = join_ints(r.sample_indices(1000, 10).value());
      std::string s3 = join_ints(r.sample_indices(30, 30).value());
      actual = s1 + ";" + s2 + ";" + s3;
    } else if (what == "uniform") {
      actual = join(10, [&](int) { return float_repr(r.uniform(-3, 7.5)); });
    } else if (what == "gauss") {
      actual = join(9, [&](int) { return float_repr(r.gauss(0, 1)); });
    } else if (what == "normalvariate") {
      actual = join(5, [&](int) { return float_repr(r.normalvariate(10, 2)); });
    } else if (what == "expovariate") {
      actual = join(5, [&](int) { return float_repr(r.expovariate(1.5)); });
    } else if (what == "choices") {
      std::vector<int64_t> out = r.choices_indices(7, 10);
      auto weighted = r.choices_indices(std::vector<double>{1, 3, 3.5, 10}, 10);
      for (int64_t i : weighted.value()) out.push_back(i);
      actual = join_ints(out);
    }
    m.check("seed " + row[0] + " " + what, row[2], actual);
  }
  TEXT_CHECK_ALL(m);
}

TEST_CASE("text: random errors and state") {
  MersenneTwister r;
  r.seed(5);
  CHECK(r.randrange(0).error().message == "empty range for randrange()");
  CHECK(r.randrange(5, 5).error().message == "empty range for randrange() (5, 5, 0)");
  CHECK(r.randrange(1, 10, 0).error().message == "zero step for randrange()");
  CHECK(r.randrange(1, 10, -1).error().message == "empty range for randrange()");
  CHECK(r.randint(3, 1).error().message == "empty range for randrange() (3, 2, -1)");
  CHECK(r.choice_index(0).error().type == PyErrorType::IndexError);
  CHECK(r.sample_indices(3, 4).error().message == "Sample larger than population or is negative");
  CHECK(r.getrandbits(-1).error().message == "number of bits must be non-negative");
  auto state = r.getstate();
  double a = r.random();
  r.setstate(state);
  CHECK(r.random() == a);
}
