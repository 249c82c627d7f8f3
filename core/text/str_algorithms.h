// The str methods whose exact behaviour is easy to get subtly wrong, on
// UTF-8 strings, positions in code points (what Python shows).
//
// Table of contents: whitespace and strip; split family; padding;
// searching (find/count/replace/partition); case mapping; predicates.
// Argument checks that produce TypeErrors (wrong types, tuples of prefixes)
// stay in the VM; the ValueErrors of the algorithms themselves are here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/text_error.h"

namespace interleave::text {

// ---- whitespace and strip -------------------------------------------------

// [s] without leading and trailing Unicode whitespace (str.strip()).
std::string_view strip_whitespace(std::string_view s);
// str.strip/lstrip/rstrip([chars]): no chars -> whitespace; otherwise
// strip any code point that occurs in [chars].
std::string_view str_strip(std::string_view s, std::optional<std::string_view> chars);
std::string_view str_lstrip(std::string_view s, std::optional<std::string_view> chars);
std::string_view str_rstrip(std::string_view s, std::optional<std::string_view> chars);

// ---- split family -----------------------------------------------------------

// str.split(sep=None, maxsplit=-1): no sep splits on runs of whitespace and
// drops empty pieces; a sep splits exactly ("empty separator" if "").
TextResult<std::vector<std::string_view>> str_split(std::string_view s,
    std::optional<std::string_view> sep, int64_t maxsplit = -1);
TextResult<std::vector<std::string_view>> str_rsplit(std::string_view s,
    std::optional<std::string_view> sep, int64_t maxsplit = -1);
// str.splitlines(keepends): \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028/9.
std::vector<std::string_view> str_splitlines(std::string_view s, bool keepends = false);

struct Partition {
  std::string_view before, separator, after;
};
// str.partition / rpartition ("empty separator").
TextResult<Partition> str_partition(std::string_view s, std::string_view sep);
TextResult<Partition> str_rpartition(std::string_view s, std::string_view sep);

// sep.join(parts) once the VM has checked every part is a str.
std::string str_join(std::string_view sep, const std::vector<std::string_view>& parts);
// s * n (n <= 0 gives "").
std::string str_repeat(std::string_view s, int64_t n);

// ---- padding ----------------------------------------------------------------

// str.center/ljust/rjust(width, fillchar) with a single code point fill.
std::string str_center(std::string_view s, int64_t width, char32_t fill = ' ');
std::string str_ljust(std::string_view s, int64_t width, char32_t fill = ' ');
std::string str_rjust(std::string_view s, int64_t width, char32_t fill = ' ');
// str.zfill(width): zeros after a leading sign.
std::string str_zfill(std::string_view s, int64_t width);
// str.expandtabs(tabsize): columns restart after \n and \r.
std::string str_expandtabs(std::string_view s, int64_t tabsize = 8);
// The byte size str_expandtabs would produce (saturating at INT64_MAX), so
// the VM can refuse a gigantic result against its heap limit before
// allocating it. The padding functions' sizes follow from their width.
int64_t str_expandtabs_size(std::string_view s, int64_t tabsize = 8);

// ---- searching --------------------------------------------------------------

// Python's optional start/end arguments, before clamping; nullopt = None.
struct SliceBounds {
  std::optional<int64_t> start, end;
};

// str.find / rfind: code point index or -1.
int64_t str_find(std::string_view s, std::string_view sub, SliceBounds bounds = {});
int64_t str_rfind(std::string_view s, std::string_view sub, SliceBounds bounds = {});
// str.index / rindex: ValueError "substring not found".
TextResult<int64_t> str_index(std::string_view s, std::string_view sub, SliceBounds bounds = {});
TextResult<int64_t> str_rindex(std::string_view s, std::string_view sub, SliceBounds bounds = {});
// str.count: non-overlapping; "" counts len+1 positions.
int64_t str_count(std::string_view s, std::string_view sub, SliceBounds bounds = {});
// `sub in s`.
bool str_contains(std::string_view s, std::string_view sub);
// str.startswith / endswith of one prefix (the VM loops over a tuple).
bool str_startswith(std::string_view s, std::string_view prefix, SliceBounds bounds = {});
bool str_endswith(std::string_view s, std::string_view suffix, SliceBounds bounds = {});
// str.replace(old, new, count=-1): "" as old inserts around every code point.
std::string str_replace(std::string_view s, std::string_view old_sub,
                        std::string_view new_sub, int64_t count = -1);

// ---- case mapping -----------------------------------------------------------

std::string str_upper(std::string_view s);
std::string str_lower(std::string_view s);  // with the Greek final-sigma rule
std::string str_casefold(std::string_view s);
std::string str_swapcase(std::string_view s);
std::string str_title(std::string_view s);
std::string str_capitalize(std::string_view s);

// ---- predicates (all False for "", except isascii) -----------------------------

bool str_isalpha(std::string_view s);
bool str_isalnum(std::string_view s);
bool str_isdecimal(std::string_view s);
bool str_isdigit(std::string_view s);
bool str_isnumeric(std::string_view s);
bool str_isspace(std::string_view s);
bool str_isupper(std::string_view s);
bool str_islower(std::string_view s);
bool str_istitle(std::string_view s);
bool str_isidentifier(std::string_view s);
bool str_isprintable(std::string_view s);  // True for ""
bool str_isascii(std::string_view s);      // True for ""

}  // namespace interleave::text
