// Raw Unicode property tables generated from CPython 3.11 (see
// tests/text/gen_unicode_tables.py). Use the functions in unicode.h; these
// declarations exist only so the generated file has something to define.
#pragma once

#include <cstdint>

namespace interleave::text::tables {

// Code points from [start] up to the next run's start share [flags].
struct FlagRun {
  char32_t start;
  uint16_t flags;
};

// Full case mappings of one code point: either a single code point or
// kMultiFlag | offset into kCasePool, where a length precedes the points.
struct CaseEntry {
  char32_t cp;
  uint32_t upper, lower, title, fold;
};
inline constexpr uint32_t kMultiFlag = 0x80000000u;

extern const FlagRun kFlagRuns[];
extern const int kFlagRunCount;
extern const char32_t kDecimalZeros[];
extern const int kDecimalZeroCount;
extern const CaseEntry kCaseEntries[];
extern const int kCaseEntryCount;
extern const char32_t kCasePool[];

}  // namespace interleave::text::tables
