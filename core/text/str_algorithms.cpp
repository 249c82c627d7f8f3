// str method algorithms; see str_algorithms.h.
#include "text/str_algorithms.h"

#include <algorithm>

#include "text/unicode.h"
#include "text/utf8.h"

namespace interleave::text {

namespace {

bool has_code_point(std::string_view set, char32_t c) {
  size_t pos = 0;
  while (pos < set.size()) {
    if (utf8_decode_next(set, pos) == c) return true;
  }
  return false;
}

// Strips from the left ([left]) and/or right code points that [strip] accepts.
template <class Pred>
std::string_view strip_if(std::string_view s, bool left, bool right, Pred strip) {
  size_t begin = 0, end = s.size();
  if (left) {
    while (begin < end) {
      size_t next = begin;
      if (!strip(utf8_decode_next(s, next))) break;
      begin = next;
    }
  }
  if (right) {
    while (end > begin) {
      size_t prev = end;
      if (!strip(utf8_decode_prev(s, prev))) break;
      end = prev;
    }
  }
  return s.substr(begin, end - begin);
}

std::string_view strip_chars(std::string_view s, std::optional<std::string_view> chars,
                             bool left, bool right) {
  if (!chars) return strip_if(s, left, right, [](char32_t c) { return is_space(c); });
  std::string_view set = *chars;
  return strip_if(s, left, right, [set](char32_t c) { return has_code_point(set, c); });
}

// Python's ADJUST_INDICES: negative positions count from the end, then
// clamp to [0, len]; a start beyond len is kept so callers can reject it.
void adjust_indices(SliceBounds bounds, int64_t len, int64_t& start, int64_t& end) {
  start = bounds.start.value_or(0);
  end = bounds.end.value_or(len);
  if (end > len) end = len;
  else if (end < 0) end = std::max<int64_t>(end + len, 0);
  if (start < 0) start = std::max<int64_t>(start + len, 0);
}

// The byte range of code points [start, end) of [s] (start <= end <= len).
std::string_view cp_range(std::string_view s, bool ascii, int64_t start, int64_t end,
                          size_t& byte_start) {
  if (ascii) {
    byte_start = static_cast<size_t>(start);
    return s.substr(byte_start, static_cast<size_t>(end - start));
  }
  byte_start = utf8_offset_of(s, static_cast<size_t>(start));
  size_t len = utf8_offset_of(s.substr(byte_start), static_cast<size_t>(end - start));
  return s.substr(byte_start, len);
}

int64_t cp_index_of_byte(std::string_view s, bool ascii, size_t byte) {
  return ascii ? static_cast<int64_t>(byte) : static_cast<int64_t>(utf8_length(s.substr(0, byte)));
}

// Shared by find and rfind: byte search is safe because UTF-8 is
// self-synchronising, a valid needle only matches at character starts.
int64_t find_impl(std::string_view s, std::string_view sub, SliceBounds bounds, bool reverse) {
  bool ascii = is_ascii(s);
  int64_t len = ascii ? static_cast<int64_t>(s.size()) : static_cast<int64_t>(utf8_length(s));
  int64_t start, end;
  adjust_indices(bounds, len, start, end);
  int64_t sub_len = static_cast<int64_t>(utf8_length(sub));
  if (end - start < sub_len) return -1;
  size_t byte_start;
  std::string_view window = cp_range(s, ascii, start, end, byte_start);
  size_t at = reverse ? window.rfind(sub) : window.find(sub);
  if (at == std::string_view::npos) return -1;
  return cp_index_of_byte(s, ascii, byte_start + at);
}

}  // namespace

// ---- whitespace and strip -------------------------------------------------

std::string_view strip_whitespace(std::string_view s) { return strip_chars(s, std::nullopt, true, true); }
std::string_view str_strip(std::string_view s, std::optional<std::string_view> chars) {
  return strip_chars(s, chars, true, true);
}
std::string_view str_lstrip(std::string_view s, std::optional<std::string_view> chars) {
  return strip_chars(s, chars, true, false);
}
std::string_view str_rstrip(std::string_view s, std::optional<std::string_view> chars) {
  return strip_chars(s, chars, false, true);
}

// ---- split family -----------------------------------------------------------

namespace {

std::vector<std::string_view> split_whitespace(std::string_view s, int64_t maxsplit) {
  std::vector<std::string_view> out;
  size_t pos = 0, n = s.size();
  while (true) {
    // Skip whitespace before the next word.
    while (pos < n) {
      size_t next = pos;
      if (!is_space(utf8_decode_next(s, next))) break;
      pos = next;
    }
    if (pos >= n) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) {
      out.push_back(s.substr(pos));  // the rest, trailing whitespace kept
      break;
    }
    size_t word = pos;
    while (pos < n) {
      size_t next = pos;
      if (is_space(utf8_decode_next(s, next))) break;
      pos = next;
    }
    out.push_back(s.substr(word, pos - word));
  }
  return out;
}

std::vector<std::string_view> rsplit_whitespace(std::string_view s, int64_t maxsplit) {
  std::vector<std::string_view> out;
  size_t pos = s.size();
  while (true) {
    while (pos > 0) {
      size_t prev = pos;
      if (!is_space(utf8_decode_prev(s, prev))) break;
      pos = prev;
    }
    if (pos == 0) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) {
      out.push_back(s.substr(0, pos));  // leading whitespace kept
      break;
    }
    size_t word_end = pos;
    while (pos > 0) {
      size_t prev = pos;
      if (is_space(utf8_decode_prev(s, prev))) break;
      pos = prev;
    }
    out.push_back(s.substr(pos, word_end - pos));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

TextResult<std::vector<std::string_view>> str_split(std::string_view s,
    std::optional<std::string_view> sep, int64_t maxsplit) {
  if (!sep) return split_whitespace(s, maxsplit);
  if (sep->empty()) return value_error("empty separator");
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) {
    size_t at = s.find(*sep, pos);
    if (at == std::string_view::npos) break;
    out.push_back(s.substr(pos, at - pos));
    pos = at + sep->size();
  }
  out.push_back(s.substr(pos));
  return out;
}

TextResult<std::vector<std::string_view>> str_rsplit(std::string_view s,
    std::optional<std::string_view> sep, int64_t maxsplit) {
  if (!sep) return rsplit_whitespace(s, maxsplit);
  if (sep->empty()) return value_error("empty separator");
  std::vector<std::string_view> out;
  size_t end = s.size();
  while (maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) {
    if (end < sep->size()) break;
    size_t at = s.substr(0, end).rfind(*sep);
    if (at == std::string_view::npos) break;
    out.push_back(s.substr(at + sep->size(), end - at - sep->size()));
    end = at;
  }
  out.push_back(s.substr(0, end));
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<std::string_view> str_splitlines(std::string_view s, bool keepends) {
  std::vector<std::string_view> out;
  size_t line_start = 0, pos = 0;
  while (pos < s.size()) {
    size_t char_start = pos;
    char32_t c = utf8_decode_next(s, pos);
    if (!is_linebreak(c)) continue;
    size_t break_end = pos;
    if (c == '\r' && pos < s.size() && s[pos] == '\n') break_end = ++pos;
    out.push_back(s.substr(line_start, (keepends ? break_end : char_start) - line_start));
    line_start = break_end;
  }
  if (line_start < s.size()) out.push_back(s.substr(line_start));
  return out;
}

TextResult<Partition> str_partition(std::string_view s, std::string_view sep) {
  if (sep.empty()) return value_error("empty separator");
  size_t at = s.find(sep);
  if (at == std::string_view::npos) return Partition{s, {}, {}};
  return Partition{s.substr(0, at), s.substr(at, sep.size()), s.substr(at + sep.size())};
}

TextResult<Partition> str_rpartition(std::string_view s, std::string_view sep) {
  if (sep.empty()) return value_error("empty separator");
  size_t at = s.rfind(sep);
  if (at == std::string_view::npos) return Partition{{}, {}, s};
  return Partition{s.substr(0, at), s.substr(at, sep.size()), s.substr(at + sep.size())};
}

std::string str_join(std::string_view sep, const std::vector<std::string_view>& parts) {
  size_t total = parts.empty() ? 0 : sep.size() * (parts.size() - 1);
  for (std::string_view p : parts) total += p.size();
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

std::string str_repeat(std::string_view s, int64_t n) {
  std::string out;
  if (n <= 0 || s.empty()) return out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out += s;
  return out;
}

// ---- padding ----------------------------------------------------------------

namespace {

std::string pad(std::string_view s, int64_t left, int64_t right, char32_t fill) {
  std::string f = utf8_encode(fill);
  std::string out;
  out.reserve(s.size() + static_cast<size_t>(left + right) * f.size());
  for (int64_t i = 0; i < left; ++i) out += f;
  out += s;
  for (int64_t i = 0; i < right; ++i) out += f;
  return out;
}

}  // namespace

std::string str_center(std::string_view s, int64_t width, char32_t fill) {
  int64_t len = static_cast<int64_t>(utf8_length(s));
  if (width <= len) return std::string(s);
  int64_t marg = width - len;
  // CPython's formula: an odd margin puts the extra fill on the left only
  // when the width is odd too.
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

std::string str_ljust(std::string_view s, int64_t width, char32_t fill) {
  int64_t len = static_cast<int64_t>(utf8_length(s));
  return width <= len ? std::string(s) : pad(s, 0, width - len, fill);
}

std::string str_rjust(std::string_view s, int64_t width, char32_t fill) {
  int64_t len = static_cast<int64_t>(utf8_length(s));
  return width <= len ? std::string(s) : pad(s, width - len, 0, fill);
}

std::string str_zfill(std::string_view s, int64_t width) {
  int64_t len = static_cast<int64_t>(utf8_length(s));
  if (width <= len) return std::string(s);
  std::string out;
  std::string_view body = s;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out += s[0];
    body.remove_prefix(1);
  }
  out.append(static_cast<size_t>(width - len), '0');
  out += body;
  return out;
}

std::string str_expandtabs(std::string_view s, int64_t tabsize) {
  std::string out;
  int64_t column = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    char32_t c = utf8_decode_next(s, pos);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.append(s.substr(start, pos - start));
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return out;
}

int64_t str_expandtabs_size(std::string_view s, int64_t tabsize) {
  int64_t size = 0, column = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    char32_t c = utf8_decode_next(s, pos);
    int64_t add;
    if (c == '\t') {
      add = tabsize > 0 ? tabsize - column % tabsize : 0;
      if (__builtin_add_overflow(column, add, &column)) return INT64_MAX;
    } else {
      add = static_cast<int64_t>(pos - start);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
    if (__builtin_add_overflow(size, add, &size)) return INT64_MAX;
  }
  return size;
}

// ---- searching --------------------------------------------------------------

int64_t str_find(std::string_view s, std::string_view sub, SliceBounds bounds) {
  return find_impl(s, sub, bounds, false);
}

int64_t str_rfind(std::string_view s, std::string_view sub, SliceBounds bounds) {
  return find_impl(s, sub, bounds, true);
}

TextResult<int64_t> str_index(std::string_view s, std::string_view sub, SliceBounds bounds) {
  int64_t i = str_find(s, sub, bounds);
  if (i < 0) return value_error("substring not found");
  return i;
}

TextResult<int64_t> str_rindex(std::string_view s, std::string_view sub, SliceBounds bounds) {
  int64_t i = str_rfind(s, sub, bounds);
  if (i < 0) return value_error("substring not found");
  return i;
}

int64_t str_count(std::string_view s, std::string_view sub, SliceBounds bounds) {
  bool ascii = is_ascii(s);
  int64_t len = ascii ? static_cast<int64_t>(s.size()) : static_cast<int64_t>(utf8_length(s));
  int64_t start, end;
  adjust_indices(bounds, len, start, end);
  if (end - start < static_cast<int64_t>(utf8_length(sub))) return 0;
  if (sub.empty()) return end - start + 1;
  size_t byte_start;
  std::string_view window = cp_range(s, ascii, start, end, byte_start);
  int64_t count = 0;
  for (size_t at = window.find(sub); at != std::string_view::npos;
       at = window.find(sub, at + sub.size())) {
    ++count;
  }
  return count;
}

bool str_contains(std::string_view s, std::string_view sub) {
  return s.find(sub) != std::string_view::npos;
}

namespace {

bool tail_match(std::string_view s, std::string_view fix, SliceBounds bounds, bool at_end) {
  bool ascii = is_ascii(s);
  int64_t len = ascii ? static_cast<int64_t>(s.size()) : static_cast<int64_t>(utf8_length(s));
  int64_t start, end;
  adjust_indices(bounds, len, start, end);
  int64_t fix_len = static_cast<int64_t>(utf8_length(fix));
  if (end - fix_len < start) return false;
  if (fix.empty()) return true;
  size_t byte_start;
  std::string_view window = cp_range(s, ascii, start, end, byte_start);
  if (window.size() < fix.size()) return false;
  return at_end ? window.substr(window.size() - fix.size()) == fix
                : window.substr(0, fix.size()) == fix;
}

}  // namespace

bool str_startswith(std::string_view s, std::string_view prefix, SliceBounds bounds) {
  return tail_match(s, prefix, bounds, false);
}

bool str_endswith(std::string_view s, std::string_view suffix, SliceBounds bounds) {
  return tail_match(s, suffix, bounds, true);
}

std::string str_replace(std::string_view s, std::string_view old_sub,
                        std::string_view new_sub, int64_t count) {
  std::string out;
  if (count < 0) count = INT64_MAX;
  if (old_sub.empty()) {
    // Insert before every code point and at the end, [count] times at most.
    size_t pos = 0;
    int64_t done = 0;
    while (done < count) {
      out += new_sub;
      ++done;
      if (pos >= s.size()) break;
      size_t start = pos;
      utf8_decode_next(s, pos);
      out.append(s.substr(start, pos - start));
    }
    out.append(s.substr(pos));
    return out;
  }
  size_t pos = 0;
  for (int64_t done = 0; done < count; ++done) {
    size_t at = s.find(old_sub, pos);
    if (at == std::string_view::npos) break;
    out.append(s.substr(pos, at - pos));
    out += new_sub;
    pos = at + old_sub.size();
  }
  out.append(s.substr(pos));
  return out;
}

// ---- case mapping -----------------------------------------------------------

namespace {

// U+03A3 lowers to final sigma U+03C2 when a cased letter precedes it and
// none follows (case-ignorable characters are skipped both ways).
char32_t lower_sigma(const std::u32string& cps, size_t i) {
  size_t j = i;
  bool final_sigma = false;
  while (j > 0) {
    char32_t c = cps[--j];
    if (!is_case_ignorable(c)) {
      final_sigma = is_cased(c);
      break;
    }
  }
  if (final_sigma) {
    for (size_t k = i + 1; k < cps.size(); ++k) {
      if (!is_case_ignorable(cps[k])) {
        final_sigma = !is_cased(cps[k]);
        break;
      }
    }
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

void append_mapped(std::string& out, const char32_t* mapped, int n) {
  for (int i = 0; i < n; ++i) utf8_append(out, mapped[i]);
}

void append_lower(std::string& out, const std::u32string& cps, size_t i) {
  if (cps[i] == 0x3A3) {
    utf8_append(out, lower_sigma(cps, i));
    return;
  }
  char32_t mapped[3];
  append_mapped(out, mapped, to_lower_full(cps[i], mapped));
}

template <class Map>
std::string map_each(std::string_view s, Map map) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  char32_t mapped[3];
  while (pos < s.size()) append_mapped(out, mapped, map(utf8_decode_next(s, pos), mapped));
  return out;
}

}  // namespace

std::string str_upper(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
    return out;
  }
  return map_each(s, to_upper_full);
}

std::string str_lower(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return out;
  }
  std::u32string cps = utf8_to_u32(s);
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) append_lower(out, cps, i);
  return out;
}

std::string str_casefold(std::string_view s) { return map_each(s, casefold_full); }

std::string str_swapcase(std::string_view s) {
  std::u32string cps = utf8_to_u32(s);
  std::string out;
  char32_t mapped[3];
  for (size_t i = 0; i < cps.size(); ++i) {
    if (is_upper(cps[i])) append_lower(out, cps, i);
    else if (is_lower(cps[i])) append_mapped(out, mapped, to_upper_full(cps[i], mapped));
    else utf8_append(out, cps[i]);
  }
  return out;
}

std::string str_title(std::string_view s) {
  std::u32string cps = utf8_to_u32(s);
  std::string out;
  char32_t mapped[3];
  bool previous_is_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (previous_is_cased) append_lower(out, cps, i);
    else append_mapped(out, mapped, to_title_full(cps[i], mapped));
    previous_is_cased = is_cased(cps[i]);
  }
  return out;
}

std::string str_capitalize(std::string_view s) {
  std::u32string cps = utf8_to_u32(s);
  std::string out;
  char32_t mapped[3];
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) append_mapped(out, mapped, to_title_full(cps[i], mapped));
    else append_lower(out, cps, i);
  }
  return out;
}

// ---- predicates -------------------------------------------------------------

namespace {

template <class Pred>
bool all_of_nonempty(std::string_view s, Pred pred) {
  if (s.empty()) return false;
  size_t pos = 0;
  while (pos < s.size()) {
    if (!pred(utf8_decode_next(s, pos))) return false;
  }
  return true;
}

}  // namespace

bool str_isalpha(std::string_view s) { return all_of_nonempty(s, is_alpha); }
bool str_isalnum(std::string_view s) { return all_of_nonempty(s, is_alnum); }
bool str_isdecimal(std::string_view s) { return all_of_nonempty(s, is_decimal); }
bool str_isdigit(std::string_view s) { return all_of_nonempty(s, is_digit); }
bool str_isnumeric(std::string_view s) { return all_of_nonempty(s, is_numeric); }
bool str_isspace(std::string_view s) { return all_of_nonempty(s, is_space); }
bool str_isprintable(std::string_view s) { return s.empty() || all_of_nonempty(s, is_printable); }
bool str_isascii(std::string_view s) { return is_ascii(s); }

bool str_isupper(std::string_view s) {
  bool cased = false;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = utf8_decode_next(s, pos);
    if (is_lower(c) || is_titlecase(c)) return false;
    if (is_upper(c)) cased = true;
  }
  return cased;
}

bool str_islower(std::string_view s) {
  bool cased = false;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = utf8_decode_next(s, pos);
    if (is_upper(c) || is_titlecase(c)) return false;
    if (is_lower(c)) cased = true;
  }
  return cased;
}

// Uppercase/titlecase letters may only follow uncased characters, and
// lowercase ones only cased characters.
bool str_istitle(std::string_view s) {
  bool cased = false, previous_is_cased = false;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = utf8_decode_next(s, pos);
    if (is_upper(c) || is_titlecase(c)) {
      if (previous_is_cased) return false;
      previous_is_cased = true;
      cased = true;
    } else if (is_lower(c)) {
      if (!previous_is_cased) return false;
      previous_is_cased = true;
      cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

bool str_isidentifier(std::string_view s) {
  if (s.empty()) return false;
  size_t pos = 0;
  char32_t first = utf8_decode_next(s, pos);
  if (!is_xid_start(first) && first != '_') return false;
  while (pos < s.size()) {
    if (!is_xid_continue(utf8_decode_next(s, pos))) return false;
  }
  return true;
}

}  // namespace interleave::text
