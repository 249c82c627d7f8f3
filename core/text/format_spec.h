// The format-spec mini-language behind format(), f-strings ("{x:0.2f}")
// and str.format, for int, bool, float and str, exactly as CPython 3.11's
// Python/formatter_unicode.c: same layout and same error messages.
//
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/text_error.h"

namespace interleave::text {

struct FormatSpec {
  char32_t fill = ' ';
  char align = 0;        // '<' '>' '^' '=' (after parsing: the default if absent)
  char sign = 0;         // '+' '-' ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;        // -1: none
  char grouping = 0;         // ',' '_' or 0
  int64_t precision = -1;    // -1: none
  char32_t type = 0;         // presentation type; the default if absent
};

// Parses [spec] as CPython does for an object of [type_name] whose
// defaults are [default_type] (0 for float) and [default_align].
TextResult<FormatSpec> parse_format_spec(std::string_view spec, char32_t default_type,
                                         char default_align, std::string_view type_name);

// format(v, spec) for an int; [type_name] names the object in errors
// ("int", or "bool" for True/False with a non-empty spec).
TextResult<std::string> format_int(int64_t v, std::string_view spec,
                                   std::string_view type_name = "int");
// format(b, spec): "True"/"False" for an empty spec, else as the int 1/0.
TextResult<std::string> format_bool(bool b, std::string_view spec);
// format(x, spec) for a float.
TextResult<std::string> format_float_spec(double x, std::string_view spec);
// format(s, spec) for a str (str.__format__).
TextResult<std::string> format_str(std::string_view s, std::string_view spec);

// object.__format__ with a non-empty spec: TypeError "unsupported format
// string passed to A.__format__" (an empty spec means str(obj)).
TextError object_format_error(std::string_view type_name);

}  // namespace interleave::text
