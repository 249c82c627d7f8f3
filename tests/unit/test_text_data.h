// Reads the expectation files in tests/text/data/ that the generator
// scripts in tests/text/ wrote from real CPython 3.11: one case per line,
// tab-separated fields with \\ \t \n \r escaped.
#pragma once

#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "text/text_error.h"

namespace interleave::text::testdata {

inline std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
  }
  return out;
}

// All cases of tests/text/data/[name], each a vector of unescaped fields.
inline std::vector<std::vector<std::string>> load(const char* name) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(std::string(INTERLEAVE_SOURCE_DIR) + "/tests/text/data/" + name);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(unescape(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

inline double from_bits(const std::string& hex) {
  uint64_t u = std::stoull(hex, nullptr, 16);
  double d;
  std::memcpy(&d, &u, 8);
  return d;
}

inline std::string to_bits(double d) {
  uint64_t u;
  std::memcpy(&u, &d, 8);
  char buf[17];
  static const char kHex[] = "0123456789abcdef";
  for (int i = 15; i >= 0; --i) {
    buf[i] = kHex[u & 15];
    u >>= 4;
  }
  buf[16] = 0;
  return buf;
}

// "!Type: message", the way the generators print exceptions.
inline std::string error_text(const TextError& e) {
  return std::string("!") + py_error_name(e.type) + ": " + e.message;
}

// The outcome of a TextResult rendered like the data files do.
template <class T, class Render>
std::string outcome(const TextResult<T>& r, Render render) {
  if (!r.ok()) return error_text(r.error());
  return render(r.value());
}

// Int results outside int64 appear in the data as this placeholder.
inline bool is_int64_overflow(const std::string& expected) {
  return expected == "!OverflowError: <64-bit overflow>";
}

}  // namespace interleave::text::testdata

namespace interleave::text::testdata {

// Compares a whole data file: reports the first few mismatches with their
// inputs, then fails once with the count, so a broken rule reads clearly.
class Mismatches {
 public:
  explicit Mismatches(const char* what) : what_(what) {}
  void check(const std::string& input, const std::string& expected, const std::string& actual) {
    ++cases_;
    if (expected == actual) return;
    if (++count_ <= 12) {
      report_ += "  " + input + "\n    expected: " + expected + "\n    actual:   " + actual + "\n";
    }
  }
  int count() const { return count_; }
  int cases() const { return cases_; }
  const std::string& report() const { return report_; }
  const char* what() const { return what_; }

 private:
  const char* what_;
  int count_ = 0;
  int cases_ = 0;
  std::string report_;
};

}  // namespace interleave::text::testdata

#define TEXT_CHECK_ALL(m)                                                         \
  do {                                                                            \
    INFO((m).what() << ": " << (m).count() << " of " << (m).cases()              \
                    << " cases differ from CPython\n" << (m).report());           \
    CHECK((m).cases() > 0);                                                       \
    CHECK((m).count() == 0);                                                      \
  } while (0)
