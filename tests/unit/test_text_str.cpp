// str methods, repr() and ascii() against CPython 3.11 on Latin, Cyrillic,
// Greek, CJK, emoji, control and edge-case strings
// (tests/text/gen_misc_data.py).
#include <doctest/doctest.h>

#include <functional>
#include <map>

#include "test_text_data.h"
#include "text/format_spec.h"
#include "text/str_algorithms.h"
#include "text/str_repr.h"
#include "text/utf8.h"

using namespace interleave::text;
using namespace interleave::text::testdata;

namespace {

// Lists as the generator renders them: [a|b] with \ and | escaped.
std::string render(const std::vector<std::string_view>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += "|";
    for (char c : items[i]) {
      if (c == '\\' || c == '|') out += '\\';
      out += c;
    }
  }
  return out + "]";
}

std::string render(const Partition& p) {
  return render(std::vector<std::string_view>{p.before, p.separator, p.after});
}
std::string render(bool b) { return b ? "True" : "False"; }

template <class T>
std::string render_result(const TextResult<T>& r) {
  if (!r.ok()) return error_text(r.error());
  return render(r.value());
}

// "sep|maxsplit" or "sep|a,b" with None for a missing bound.
void split_arg(const std::string& arg, std::string& sep, std::string& rest) {
  size_t bar = arg.rfind('|');
  sep = arg.substr(0, bar);
  rest = arg.substr(bar + 1);
}

SliceBounds bounds_of(const std::string& ab) {
  size_t comma = ab.find(',');
  SliceBounds b;
  b.start = std::stoll(ab.substr(0, comma));
  std::string end = ab.substr(comma + 1);
  if (end != "None") b.end = std::stoll(end);
  return b;
}

using Method = std::function<std::string(const std::string& s, const std::string& arg)>;

std::map<std::string, Method> methods() {
  std::map<std::string, Method> m;
  m["repr"] = [](auto& s, auto&) { return str_repr(s); };
  m["ascii"] = [](auto& s, auto&) { return ascii_repr(s); };
  m["upper"] = [](auto& s, auto&) { return str_upper(s); };
  m["lower"] = [](auto& s, auto&) { return str_lower(s); };
  m["casefold"] = [](auto& s, auto&) { return str_casefold(s); };
  m["title"] = [](auto& s, auto&) { return str_title(s); };
  m["capitalize"] = [](auto& s, auto&) { return str_capitalize(s); };
  m["swapcase"] = [](auto& s, auto&) { return str_swapcase(s); };
  m["strip"] = [](auto& s, auto&) { return std::string(str_strip(s, std::nullopt)); };
  m["lstrip"] = [](auto& s, auto&) { return std::string(str_lstrip(s, std::nullopt)); };
  m["rstrip"] = [](auto& s, auto&) { return std::string(str_rstrip(s, std::nullopt)); };
  m["isalpha"] = [](auto& s, auto&) { return render(str_isalpha(s)); };
  m["isalnum"] = [](auto& s, auto&) { return render(str_isalnum(s)); };
  m["isdecimal"] = [](auto& s, auto&) { return render(str_isdecimal(s)); };
  m["isdigit"] = [](auto& s, auto&) { return render(str_isdigit(s)); };
  m["isnumeric"] = [](auto& s, auto&) { return render(str_isnumeric(s)); };
  m["isspace"] = [](auto& s, auto&) { return render(str_isspace(s)); };
  m["isupper"] = [](auto& s, auto&) { return render(str_isupper(s)); };
  m["islower"] = [](auto& s, auto&) { return render(str_islower(s)); };
  m["istitle"] = [](auto& s, auto&) { return render(str_istitle(s)); };
  m["isidentifier"] = [](auto& s, auto&) { return render(str_isidentifier(s)); };
  m["isprintable"] = [](auto& s, auto&) { return render(str_isprintable(s)); };
  m["isascii"] = [](auto& s, auto&) { return render(str_isascii(s)); };
  m["split"] = [](auto& s, auto&) { return render_result(str_split(s, std::nullopt)); };
  m["rsplit"] = [](auto& s, auto&) { return render_result(str_rsplit(s, std::nullopt)); };
  m["splitlines"] = [](auto& s, auto&) { return render(str_splitlines(s)); };
  m["splitlines1"] = [](auto& s, auto&) { return render(str_splitlines(s, true)); };
  m["expandtabs"] = [](auto& s, auto&) { return str_expandtabs(s); };
  m["expandtabs3"] = [](auto& s, auto&) { return str_expandtabs(s, 3); };
  m["len"] = [](auto& s, auto&) {
    CodePointIndex index(s);
    CHECK(index.length() == utf8_length(s));
    return std::to_string(utf8_length(s));
  };
  m["center"] = [](auto& s, auto& w) { return str_center(s, std::stoll(w), '*'); };
  m["ljust"] = [](auto& s, auto& w) { return str_ljust(s, std::stoll(w), U'é'); };
  m["rjust"] = [](auto& s, auto& w) { return str_rjust(s, std::stoll(w)); };
  m["zfill"] = [](auto& s, auto& w) { return str_zfill(s, std::stoll(w)); };
  auto split_sep = [](bool right) {
    return [right](const std::string& s, const std::string& arg) {
      std::string sep, rest;
      split_arg(arg, sep, rest);
      int64_t maxsplit = std::stoll(rest);
      return render_result(right ? str_rsplit(s, sep, maxsplit) : str_split(s, sep, maxsplit));
    };
  };
  m["split_sep"] = split_sep(false);
  m["rsplit_sep"] = split_sep(true);
  m["partition"] = [](auto& s, auto& sep) { return render_result(str_partition(s, sep)); };
  m["rpartition"] = [](auto& s, auto& sep) { return render_result(str_rpartition(s, sep)); };
  m["count"] = [](auto& s, auto& sub) { return std::to_string(str_count(s, sub)); };
  m["find"] = [](auto& s, auto& sub) { return std::to_string(str_find(s, sub)); };
  m["rfind"] = [](auto& s, auto& sub) { return std::to_string(str_rfind(s, sub)); };
  m["replace"] = [](auto& s, auto& sub) { return str_replace(s, sub, "<>"); };
  m["replace2"] = [](auto& s, auto& sub) { return str_replace(s, sub, "-", 2); };
  m["strip_chars"] = [](auto& s, auto& c) { return std::string(str_strip(s, std::string_view(c))); };
  m["lstrip_chars"] = [](auto& s, auto& c) {
    std::string chars = c + " ";
    return std::string(str_lstrip(s, std::string_view(chars)));
  };
  m["rstrip_chars"] = [](auto& s, auto& c) {
    std::string chars = c + "é";
    return std::string(str_rstrip(s, std::string_view(chars)));
  };
  m["in"] = [](auto& s, auto& sub) { return render(str_contains(s, sub)); };
  auto ranged = [](std::function<std::string(const std::string&, const std::string&, SliceBounds)> f) {
    return [f](const std::string& s, const std::string& arg) {
      std::string sub, ab;
      split_arg(arg, sub, ab);
      return f(s, sub, bounds_of(ab));
    };
  };
  m["find_range"] = ranged([](auto& s, auto& sub, SliceBounds b) { return std::to_string(str_find(s, sub, b)); });
  m["rfind_range"] = ranged([](auto& s, auto& sub, SliceBounds b) { return std::to_string(str_rfind(s, sub, b)); });
  m["count_range"] = ranged([](auto& s, auto& sub, SliceBounds b) { return std::to_string(str_count(s, sub, b)); });
  m["startswith"] = ranged([](auto& s, auto& sub, SliceBounds b) { return render(str_startswith(s, sub, b)); });
  m["endswith"] = ranged([](auto& s, auto& sub, SliceBounds b) { return render(str_endswith(s, sub, b)); });
  return m;
}

}  // namespace

TEST_CASE("text: str methods, repr and ascii match CPython") {
  auto table = methods();
  std::map<std::string, Mismatches> by_method;
  int unknown = 0;
  for (auto& row : load("str_methods.txt")) {
    auto it = table.find(row[0]);
    if (it == table.end()) {
      ++unknown;
      continue;
    }
    auto [pos, inserted] = by_method.try_emplace(row[0], "str method");
    pos->second.check(row[0] + "(" + str_repr(row[1]) + ", " + row[2] + ")", row[3],
                      it->second(row[1], row[2]));
  }
  CHECK(unknown == 0);
  CHECK(by_method.size() == table.size());
  // No structured bindings here: clang 14 (Emscripten 3.1.6) cannot
  // capture them in the lambdas doctest's INFO creates.
  for (auto& entry : by_method) {
    INFO(entry.first);
    TEXT_CHECK_ALL(entry.second);
  }
}

TEST_CASE("text: UTF-8 indexing") {
  std::string s = "aПриветb😀";
  CodePointIndex index(s);
  CHECK(index.length() == 9);
  CHECK_FALSE(index.ascii());
  CHECK(index.byte_offset(s, 0) == 0);
  CHECK(index.byte_offset(s, 1) == 1);
  CHECK(index.byte_offset(s, 2) == 3);
  CHECK(index.byte_offset(s, 8) == 14);
  CHECK(index.byte_offset(s, 9) == s.size());
  CHECK(utf8_slice(s, 1, 7) == "Привет");
  std::string long_text;
  for (int i = 0; i < 500; ++i) long_text += i % 3 ? "ж" : "a";
  CodePointIndex long_index(long_text);
  for (size_t i = 0; i <= 500; i += 7) {
    CHECK(long_index.byte_offset(long_text, i) == utf8_offset_of(long_text, i));
  }
  CHECK(bytes_repr(std::string_view("a'\x00\xff", 4)) == "b\"a'\\x00\\xff\"");
  CHECK(str_split("a", "").error().message == "empty separator");
  CHECK(str_index("abc", "z").error().message == "substring not found");
}

TEST_CASE("text: format(str, spec) matches CPython") {
  Mismatches m("format(str)");
  for (auto& row : load("str_format.txt")) {
    m.check(str_repr(row[0]) + " '" + row[1] + "'", row[2],
            outcome(format_str(row[0], row[1]), [](const std::string& s) { return s; }));
  }
  TEXT_CHECK_ALL(m);
}

TEST_CASE("text: character classes and case mappings match CPython") {
  Mismatches m("char classes");
  for (auto& row : load("char_classes.txt")) {
    char32_t c = static_cast<char32_t>(std::stoul(row[0], nullptr, 16));
    std::string s = utf8_encode(c);
    bool flags[] = {str_isalpha(s), str_isdecimal(s), str_isdigit(s), str_isnumeric(s),
                    str_isspace(s), str_isupper(s), str_islower(s), str_isprintable(s),
                    str_isidentifier(s), str_isalnum(s), str_istitle(s)};
    std::string actual;
    for (bool f : flags) actual += f ? '1' : '0';
    m.check("U+" + row[0] + " flags", row[1], actual);
    m.check("U+" + row[0] + " upper", row[2], str_upper(s));
    m.check("U+" + row[0] + " lower", row[3], str_lower(s));
    m.check("U+" + row[0] + " title", row[4], str_title(s));
    m.check("U+" + row[0] + " casefold", row[5], str_casefold(s));
  }
  TEXT_CHECK_ALL(m);
}

TEST_CASE("text: expandtabs size can be checked before allocating") {
  for (const char* s : {"", "a\tb", "ab\t\tЖ\n\tx", "\t\t\t", "x\ry\tz"}) {
    for (int64_t tab : {-1, 0, 1, 3, 8}) {
      CHECK(str_expandtabs_size(s, tab) == static_cast<int64_t>(str_expandtabs(s, tab).size()));
    }
  }
  CHECK(str_expandtabs_size("a\tb\tc", int64_t{1} << 62) == INT64_MAX);
}
