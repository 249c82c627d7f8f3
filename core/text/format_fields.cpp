// str.format template parsing, following CPython's MarkupIterator,
// parse_field and FieldNameIterator step by step.
#include "text/format_fields.h"

#include "text/int_text.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace interleave::text {

TextResult<bool> FormatTemplate::next(FormatPiece& piece) {
  piece = FormatPiece{};
  if (pos_ >= text_.size()) return false;
  size_t start = pos_;
  // Literal text up to the first brace.
  char c = 0;
  bool markup_follows = false;
  while (pos_ < text_.size()) {
    c = text_[pos_++];
    if (c == '{' || c == '}') {
      markup_follows = true;
      break;
    }
  }
  bool at_end = pos_ >= text_.size();
  size_t len = pos_ - start;
  if (c == '}' && markup_follows && (at_end || text_[pos_] != '}')) {
    return value_error("Single '}' encountered in format string");
  }
  if (at_end && c == '{' && markup_follows) {
    return value_error("Single '{' encountered in format string");
  }
  if (!at_end && markup_follows) {
    if (text_[pos_] == c) {
      // A doubled brace: emit the literal with one brace, no field.
      ++pos_;
      markup_follows = false;
    } else {
      --len;
    }
  }
  piece.literal = text_.substr(start, len);
  if (!markup_follows) return true;
  piece.has_field = true;
  auto parsed = parse_field(piece);
  if (!parsed) return parsed.error();
  return true;
}

// field_name ['!' conversion] [':' format_spec] '}'
TextResult<bool> FormatTemplate::parse_field(FormatPiece& piece) {
  size_t name_start = pos_;
  char c = 0;
  bool stopped = false;
  while (pos_ < text_.size()) {
    c = text_[pos_++];
    if (c == '{') return value_error("unexpected '{' in field name");
    if (c == '[') {
      // Anything, even '}' or ':', may appear inside brackets.
      while (pos_ < text_.size() && text_[pos_] != ']') ++pos_;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') {
      stopped = true;
      break;
    }
  }
  piece.field_name = text_.substr(name_start, (stopped ? pos_ - 1 : pos_) - name_start);
  if (stopped && (c == '!' || c == ':')) {
    if (c == '!') {
      if (pos_ >= text_.size()) {
        return value_error("end of string while looking for conversion specifier");
      }
      piece.conversion = utf8_decode_next(text_, pos_);
      if (pos_ < text_.size()) {
        char after = text_[pos_++];
        if (after == '}') return true;
        if (after != ':') return value_error("expected ':' after conversion specifier");
      }
    }
    size_t spec_start = pos_;
    int depth = 1;
    while (pos_ < text_.size()) {
      char s = text_[pos_++];
      if (s == '{') {
        piece.spec_needs_expanding = true;
        ++depth;
      } else if (s == '}' && --depth == 0) {
        piece.format_spec = text_.substr(spec_start, pos_ - 1 - spec_start);
        return true;
      }
    }
    return value_error("unmatched '{' in format spec");
  }
  if (!stopped || c != '}') return value_error("expected '}' before end of string");
  return true;
}

namespace {

// A run of (Unicode) decimal digits as an index; -1 if empty or not all
// digits; an error when it overflows.
TextResult<int64_t> decimal_index(std::string_view s) {
  if (s.empty()) return int64_t{-1};
  int64_t value = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    int d = decimal_value(utf8_decode_next(s, pos));
    if (d < 0) return int64_t{-1};
    if (value > (INT64_MAX - d) / 10) return value_error("Too many decimal digits in format string");
    value = value * 10 + d;
  }
  return value;
}

TextError deferred(std::string message) { return value_error(std::move(message)); }

// FieldNameIterator: ".name" and "[key]" parts until the end or an error.
void split_accessors(std::string_view rest, FieldName& out) {
  size_t pos = 0;
  while (pos < rest.size()) {
    FieldAccessor part;
    char c = rest[pos++];
    if (c == '.') {
      part.is_attribute = true;
      size_t start = pos;
      while (pos < rest.size() && rest[pos] != '.' && rest[pos] != '[') ++pos;
      part.name = rest.substr(start, pos - start);
    } else if (c == '[') {
      size_t start = pos;
      while (pos < rest.size() && rest[pos] != ']') ++pos;
      if (pos >= rest.size()) {
        out.has_deferred_error = true;
        out.deferred_error = deferred("Missing ']' in format string");
        return;
      }
      part.name = rest.substr(start, pos - start);
      ++pos;  // the ']'
      auto index = decimal_index(part.name);
      if (!index) {
        out.has_deferred_error = true;
        out.deferred_error = index.error();
        return;
      }
      part.index = index.value();
    } else {
      out.has_deferred_error = true;
      out.deferred_error = deferred("Only '.' or '[' may follow ']' in format field specifier");
      return;
    }
    if (part.name.empty()) {
      out.has_deferred_error = true;
      out.deferred_error = deferred("Empty attribute in format string");
      return;
    }
    out.accessors.push_back(part);
  }
}

}  // namespace

TextResult<FieldName> split_field_name(std::string_view name, FieldNumbering* numbering) {
  FieldName out;
  size_t split = 0;
  while (split < name.size() && name[split] != '.' && name[split] != '[') ++split;
  out.first = name.substr(0, split);
  auto index = decimal_index(out.first);
  if (!index) return index.error();
  out.first_index = index.value();

  bool empty = out.first.empty();
  bool numeric = empty || out.first_index != -1;
  if (numbering != nullptr && numeric) {
    using State = FieldNumbering::State;
    if (numbering->state == State::Init) numbering->state = empty ? State::Auto : State::Manual;
    if (numbering->state == State::Manual && empty) {
      return value_error("cannot switch from manual field specification to automatic field numbering");
    }
    if (numbering->state == State::Auto && !empty) {
      return value_error("cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) out.first_index = numbering->next++;
  }
  split_accessors(name.substr(split), out);
  return out;
}

TextError format_index_error(int64_t index) {
  return {PyErrorType::IndexError,
          "Replacement index " + std::to_string(index) + " out of range for positional args tuple"};
}

TextError format_conversion_error(char32_t conversion) {
  if (conversion > 32 && conversion < 127) {
    return value_error(std::string("Unknown conversion specifier ") + static_cast<char>(conversion));
  }
  return value_error("Unknown conversion specifier \\x" + uint_to_digits(conversion, 16));
}

TextError format_positional_in_map_error() {
  return value_error("Format string contains positional fields");
}

TextError format_recursion_error() { return value_error("Max string recursion exceeded"); }

}  // namespace interleave::text
