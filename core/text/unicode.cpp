// Lookups into the generated tables: binary search over sorted runs.
#include "text/unicode.h"

#include <algorithm>

#include "text/unicode_tables.h"

namespace interleave::text {

namespace {

// Binary search for the run holding [c] (about 12 steps over ~3900 runs).
uint16_t lookup_flags(char32_t c) {
  const tables::FlagRun* begin = tables::kFlagRuns;
  const tables::FlagRun* end = begin + tables::kFlagRunCount;
  const tables::FlagRun* it = std::upper_bound(
      begin, end, c, [](char32_t v, const tables::FlagRun& r) { return v < r.start; });
  return (it - 1)->flags;
}

const tables::CaseEntry* find_case(char32_t c) {
  const tables::CaseEntry* begin = tables::kCaseEntries;
  const tables::CaseEntry* end = begin + tables::kCaseEntryCount;
  const tables::CaseEntry* it = std::lower_bound(
      begin, end, c, [](const tables::CaseEntry& e, char32_t v) { return e.cp < v; });
  return it != end && it->cp == c ? it : nullptr;
}

int expand(uint32_t mapped, char32_t out[3]) {
  if (!(mapped & tables::kMultiFlag)) {
    out[0] = mapped;
    return 1;
  }
  const char32_t* run = tables::kCasePool + (mapped & ~tables::kMultiFlag);
  int n = static_cast<int>(run[0]);
  for (int i = 0; i < n; ++i) out[i] = run[1 + i];
  return n;
}

template <uint32_t tables::CaseEntry::*Field>
int map_case(char32_t c, char32_t out[3]) {
  const tables::CaseEntry* e = find_case(c);
  if (e == nullptr) {
    out[0] = c;
    return 1;
  }
  return expand(e->*Field, out);
}

}  // namespace

uint16_t char_flags(char32_t c) {
  if (c > 0x10FFFF) return 0;
  return lookup_flags(c);
}

int decimal_value(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  const char32_t* begin = tables::kDecimalZeros;
  const char32_t* end = begin + tables::kDecimalZeroCount;
  const char32_t* it = std::upper_bound(begin, end, c);
  if (it == begin) return -1;
  char32_t zero = *(it - 1);
  return c - zero < 10 ? static_cast<int>(c - zero) : -1;
}

int to_upper_full(char32_t c, char32_t out[3]) {
  if (c < 0x80) {
    out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
    return 1;
  }
  return map_case<&tables::CaseEntry::upper>(c, out);
}

int to_lower_full(char32_t c, char32_t out[3]) {
  if (c < 0x80) {
    out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return 1;
  }
  return map_case<&tables::CaseEntry::lower>(c, out);
}

int to_title_full(char32_t c, char32_t out[3]) {
  if (c < 0x80) return to_upper_full(c, out);
  return map_case<&tables::CaseEntry::title>(c, out);
}

int casefold_full(char32_t c, char32_t out[3]) {
  if (c < 0x80) return to_lower_full(c, out);
  return map_case<&tables::CaseEntry::fold>(c, out);
}

}  // namespace interleave::text
