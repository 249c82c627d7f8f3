// The str.format() / format_map() template language, as CPython 3.11's
// Objects/stringlib/unicode_format.h parses it: literal text, {{ and }},
// and replacement fields {field_name!conversion:format_spec}.
//
// Parsing only. The VM evaluates each field (argument lookup, getattr,
// getitem, !r/!s/!a, __format__) between calls to next(), so errors come
// out in CPython's order, and a nested spec ("{0:{1}}") is expanded by
// formatting it as a template again with depth - 1 (kMaxFormatRecursion).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/text_error.h"

namespace interleave::text {

// "{0:{1}}" works, "{0:{1:{2}}}" raises "Max string recursion exceeded".
inline constexpr int kMaxFormatRecursion = 2;

// One step of a template: literal text, then possibly a field.
struct FormatPiece {
  std::string_view literal;  // never contains a doubled brace
  bool has_field = false;
  std::string_view field_name;
  char32_t conversion = 0;  // 0, or the character after '!' (checked later)
  std::string_view format_spec;
  bool spec_needs_expanding = false;  // the spec contains '{'
};

// Iterates over a template. All views point into the template string.
class FormatTemplate {
 public:
  explicit FormatTemplate(std::string_view text) : text_(text) {}
  // Fills [piece] and returns true, returns false at the end, or a
  // ValueError ("Single '}' encountered in format string", ...).
  TextResult<bool> next(FormatPiece& piece);

 private:
  TextResult<bool> parse_field(FormatPiece& piece);
  std::string_view text_;
  size_t pos_ = 0;
};

// Automatic ({}) versus manual ({0}) numbering, kept across the whole
// str.format call including nested specs.
struct FieldNumbering {
  enum class State { Init, Auto, Manual } state = State::Init;
  int64_t next = 0;
};

// One ".name" or "[key]" after the first part of a field name.
struct FieldAccessor {
  bool is_attribute = false;
  std::string_view name;
  int64_t index = -1;  // [key] with a decimal key: the number, else -1
};

// A field name split as CPython does. [first_index] >= 0 means args[i];
// -1 means kwargs[first]. The VM applies [accessors] in order, then, if
// [deferred_error] is set, raises it: CPython reports a malformed tail only
// after evaluating what precedes it.
struct FieldName {
  std::string_view first;
  int64_t first_index = -1;
  std::vector<FieldAccessor> accessors;
  bool has_deferred_error = false;
  TextError deferred_error;
};

// Splits [name] and applies auto numbering (pass nullptr for
// string.Formatter-style callers that number fields themselves). Errors:
// "cannot switch from manual field specification to automatic field
// numbering" (and back), "Too many decimal digits in format string".
TextResult<FieldName> split_field_name(std::string_view name, FieldNumbering* numbering);

// The errors the VM raises while evaluating fields, worded as CPython's.
TextError format_index_error(int64_t index);        // IndexError "Replacement index 3 out of range ..."
TextError format_conversion_error(char32_t conversion);  // "Unknown conversion specifier x"
TextError format_positional_in_map_error();          // format_map with "{0}"
TextError format_recursion_error();                   // "Max string recursion exceeded"

}  // namespace interleave::text
