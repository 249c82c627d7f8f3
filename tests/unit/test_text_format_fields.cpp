// str.format templates against CPython 3.11: the parser against
// _string.formatter_parser / formatter_field_name_split, and whole
// '...'.format(1, 'ab', 2.5, name='Ж', x=10, w=6, prec=2) calls through a
// small driver that plays the VM (tests/text/gen_format_data.py).
#include <doctest/doctest.h>

#include <map>
#include <variant>

#include "test_text_data.h"
#include "text/float_text.h"
#include "text/format_fields.h"
#include "text/format_spec.h"
#include "text/int_text.h"
#include "text/str_repr.h"
#include "text/utf8.h"

using namespace interleave::text;
using namespace interleave::text::testdata;

namespace {

const char kSep[] = "\x1f";

std::string show(std::string_view s) { return std::string(s); }

TEST_CASE("text: str.format template pieces match _string.formatter_parser") {
  Mismatches m("formatter_parser");
  for (auto& row : load("format_template.txt")) {
    FormatTemplate t(row[0]);
    FormatPiece p;
    std::string actual;
    bool first = true;
    while (true) {
      auto r = t.next(p);
      if (!r) {
        actual = error_text(r.error());
        break;
      }
      if (!r.value()) break;
      if (!first) actual += kSep;
      first = false;
      actual += show(p.literal) + "|";
      if (!p.has_field) {
        actual += "~|~|~";
        continue;
      }
      actual += show(p.field_name) + "|" + show(p.format_spec) + "|";
      actual += p.conversion == 0 ? std::string("~") : utf8_encode(p.conversion);
    }
    m.check(row[0], row[1], actual);
  }
  TEXT_CHECK_ALL(m);
}

TEST_CASE("text: field names split like _string.formatter_field_name_split") {
  Mismatches m("formatter_field_name_split");
  for (auto& row : load("format_field_name.txt")) {
    auto r = split_field_name(row[0], nullptr);
    std::string actual;
    if (!r) {
      actual = error_text(r.error());
    } else {
      const FieldName& f = r.value();
      actual = f.first_index >= 0 ? std::to_string(f.first_index) : show(f.first);
      for (const FieldAccessor& a : f.accessors) {
        actual += kSep;
        if (a.is_attribute) actual += "." + show(a.name);
        else if (a.index >= 0) actual += "[" + std::to_string(a.index) + "]#int";
        else actual += "[" + show(a.name) + "]#str";
      }
      if (f.has_deferred_error) actual = error_text(f.deferred_error);
    }
    m.check(row[0], row[1], actual);
  }
  TEXT_CHECK_ALL(m);
}

// A tiny stand-in for VM values: int, str or float.
using Value = std::variant<int64_t, std::string, double>;

std::string type_name(const Value& v) {
  return v.index() == 0 ? "int" : v.index() == 1 ? "str" : "float";
}

std::string to_str(const Value& v, char32_t conversion) {
  if (auto* i = std::get_if<int64_t>(&v)) return int_to_string(*i);
  if (auto* d = std::get_if<double>(&v)) return float_repr(*d);
  const std::string& s = std::get<std::string>(v);
  if (conversion == 'r') return str_repr(s);
  if (conversion == 'a') return ascii_repr(s);
  return s;
}

struct Args {
  std::vector<Value> positional;
  std::map<std::string, Value, std::less<>> keywords;
};

TextResult<std::string> format_call(std::string_view tmpl, const Args& args,
                                    FieldNumbering& numbering, int depth) {
  if (depth <= 0) return format_recursion_error();
  FormatTemplate t(tmpl);
  FormatPiece p;
  std::string out;
  while (true) {
    auto more = t.next(p);
    if (!more) return more.error();
    if (!more.value()) return out;
    out += p.literal;
    if (!p.has_field) continue;
    auto name = split_field_name(p.field_name, &numbering);
    if (!name) return name.error();
    const FieldName& f = name.value();
    Value v;
    if (f.first_index < 0) {
      auto it = args.keywords.find(f.first);
      if (it == args.keywords.end()) return TextError{PyErrorType::KeyError, str_repr(f.first)};
      v = it->second;
    } else {
      if (f.first_index >= static_cast<int64_t>(args.positional.size())) {
        return format_index_error(f.first_index);
      }
      v = args.positional[static_cast<size_t>(f.first_index)];
    }
    for (const FieldAccessor& a : f.accessors) {
      if (a.is_attribute) {
        return TextError{PyErrorType::AttributeError,
                         "'" + type_name(v) + "' object has no attribute '" + show(a.name) + "'"};
      }
      if (v.index() != 1) return type_error("'" + type_name(v) + "' object is not subscriptable");
      if (a.index < 0) return type_error("string indices must be integers, not 'str'");
      const std::string& s = std::get<std::string>(v);
      if (a.index >= static_cast<int64_t>(utf8_length(s))) {
        return TextError{PyErrorType::IndexError, "string index out of range"};
      }
      v = std::string(utf8_slice(s, static_cast<size_t>(a.index), static_cast<size_t>(a.index) + 1));
    }
    if (f.has_deferred_error) return f.deferred_error;
    if (p.conversion != 0) {
      if (p.conversion != 'r' && p.conversion != 's' && p.conversion != 'a') {
        return format_conversion_error(p.conversion);
      }
      v = to_str(v, p.conversion);
    }
    std::string spec(p.format_spec);
    if (p.spec_needs_expanding) {
      auto expanded = format_call(spec, args, numbering, depth - 1);
      if (!expanded) return expanded.error();
      spec = expanded.value();
    }
    TextResult<std::string> rendered =
        v.index() == 0 ? format_int(std::get<int64_t>(v), spec)
        : v.index() == 2 ? format_float_spec(std::get<double>(v), spec)
                         : format_str(std::get<std::string>(v), spec);
    if (!rendered) return rendered.error();
    out += rendered.value();
  }
}

TEST_CASE("text: whole str.format calls match CPython") {
  Args args;
  args.positional = {int64_t{1}, std::string("ab"), 2.5};
  args.keywords = {{"name", std::string("Ж")}, {"x", int64_t{10}}, {"w", int64_t{6}}, {"prec", int64_t{2}}};
  Mismatches m("str.format");
  for (auto& row : load("format_call.txt")) {
    FieldNumbering numbering;
    auto r = format_call(row[0], args, numbering, kMaxFormatRecursion);
    m.check(row[0], row.size() > 1 ? row[1] : "", outcome(r, [](const std::string& s) { return s; }));
  }
  TEXT_CHECK_ALL(m);
}

}  // namespace

TEST_CASE("text: object.__format__ error") {
  CHECK(object_format_error("A").message == "unsupported format string passed to A.__format__");
  CHECK(object_format_error("A").type == PyErrorType::TypeError);
}
