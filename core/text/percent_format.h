// printf-style formatting, `format % args`, as CPython 3.11's
// PyUnicode_Format: %s %r %a %c %d %i %u %o %x %X %e %E %f %F %g %G %%,
// flags "-+ #0", width and precision (also '*'), "%(key)s" mappings, and
// CPython's error messages in CPython's order.
//
// Converting an argument may run Python code (a user __str__), and the VM
// is stackless, so the formatter never calls the VM. It is a resumable
// state machine: step() runs until it needs something, the VM answers
// (possibly after running Python frames), and step() continues:
//
//   PercentFormatter f(fmt, shape);
//   while (true) {
//     auto s = f.step();
//     if (s == PercentFormatter::Status::NeedKey) { v = mapping[f.request().key]; f.key_found(); }
//     else if (s == PercentFormatter::Status::NeedValue) f.supply(convert(arg, f.request()));
//     else break;  // Done: f.result(); Error: f.error()
//   }
//
// percent_format() runs that loop for callers that can answer at once.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "text/text_error.h"

namespace interleave::text {

// How the right operand of % looks to the formatter.
struct PercentArgsShape {
  // The tuple's length, or -1 when the right operand is not a tuple (then
  // it is the one and only argument).
  int64_t tuple_length = -1;
  // CPython treats any non-tuple, non-str object with __getitem__ (dict,
  // list, ...) as a mapping: "%(key)s" indexes it, and leftover arguments
  // are not an error ('abc' % [] == 'abc').
  bool is_mapping = false;
};

// What the formatter wants done with one argument.
enum class PercentConversion {
  Str,    // %s: str(arg)
  Repr,   // %r: repr(arg)
  Ascii,  // %a: ascii(arg)
  Int,    // %d %i %u: an int; floats are truncated here; other numbers via __int__
  Index,  // %o %x %X: an int (via __index__ for other types)
  Float,  // %e %f %g ...: a float or an int
  Char,   // %c: an int code point or a str of length 1
  Star,   // '*' width or precision: an int
};

struct PercentRequest {
  // NeedKey: evaluate mapping[key] and keep it as the "keyed" argument.
  std::string key;
  // NeedValue: which argument...
  enum class Source {
    TupleItem,  // args[index]
    Whole,      // the right operand itself (not a tuple)
    Keyed,      // the value of the last key lookup
  } source = Source::Whole;
  int64_t index = 0;
  // ... and what to make of it. [code] is the format character, for errors.
  PercentConversion conversion = PercentConversion::Str;
  char32_t code = 's';
};

// The VM's answer to a NeedValue request.
struct PercentValue {
  enum class Kind {
    Int,    // [int_value]: ints and bools (also __int__/__index__ results)
    Float,  // [float_value]
    Text,   // [text]: the str()/repr()/ascii() result, or the str itself for %c
    Other,  // none of these: the formatter raises CPython's TypeError
  } kind = Kind::Other;
  int64_t int_value = 0;
  double float_value = 0;
  std::string text;
  std::string type_name;  // Python type name, for "... not list"
};

class PercentFormatter {
 public:
  enum class Status { NeedKey, NeedValue, Done, Error };

  PercentFormatter(std::string_view format, PercentArgsShape shape);

  // Runs until the next request, the end, or an error.
  Status step();
  const PercentRequest& request() const { return request_; }
  void key_found();
  void supply(PercentValue value);

  const std::string& result() const { return out_; }
  const TextError& error() const { return error_; }

 private:
  // Where the work on the current %-spec stands.
  enum class Phase { Literal, Key, Width, Precision, Value };
  enum class Awaiting { Nothing, Key, StarWidth, StarPrecision, Value };
  struct Spec {
    bool has_key = false, key_incomplete = false;
    std::string key;
    bool ljust = false, sign = false, blank = false, alt = false, zero = false;
    bool width_star = false, precision_star = false;
    int64_t width = -1, precision = -1;
    int error_phase = 0;  // 1: width too big, 2: precision too big, 3: incomplete
    char32_t code = 0;
    size_t code_index = 0;
  };

  Status fail(TextError e);
  void parse_spec();
  bool take_arg();
  Status ask_value(PercentConversion conversion);
  void supply_star(const PercentValue& value);
  void supply_converted(const PercentValue& value);
  void output(const std::string& text, bool numeric);

  std::u32string format_;
  PercentArgsShape shape_;
  size_t pos_ = 0;
  std::string out_;
  TextError error_;
  bool failed_ = false;
  PercentRequest request_;
  // CPython's argument cursor: arglen/argidx, -1/-2 for a single object.
  int64_t arglen_;
  int64_t argidx_;
  bool keyed_ = false;  // the single object is the last key lookup's value
  Phase phase_ = Phase::Literal;
  Awaiting awaiting_ = Awaiting::Nothing;
  Spec spec_;
};

using PercentResolver = std::function<TextResult<PercentValue>(const PercentRequest&)>;

// format % args when every request can be answered immediately. [resolve]
// gets NeedKey requests with an empty result expected (return any value or
// the KeyError) and NeedValue requests.
TextResult<std::string> percent_format(std::string_view format, PercentArgsShape shape,
                                       const PercentResolver& resolve_key,
                                       const PercentResolver& resolve_value);

}  // namespace interleave::text
