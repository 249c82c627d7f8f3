// printf-style formatting; the steps follow CPython 3.11's
// Objects/unicodeobject.c (unicode_format_arg_parse/_format/_output) so
// that errors come out in the same order.
#include "text/percent_format.h"

#include <climits>

#include "text/float_text.h"
#include "text/int_math.h"
#include "text/int_text.h"
#include "text/utf8.h"

namespace interleave::text {

namespace {

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

PercentConversion conversion_of(char32_t code, bool& supported) {
  supported = true;
  switch (code) {
    case 's': return PercentConversion::Str;
    case 'r': return PercentConversion::Repr;
    case 'a': return PercentConversion::Ascii;
    case 'd': case 'i': case 'u': return PercentConversion::Int;
    case 'o': case 'x': case 'X': return PercentConversion::Index;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': return PercentConversion::Float;
    case 'c': return PercentConversion::Char;
    default: supported = false; return PercentConversion::Str;
  }
}

std::string type_name_of(const PercentValue& v) {
  if (!v.type_name.empty()) return v.type_name;
  switch (v.kind) {
    case PercentValue::Kind::Int: return "int";
    case PercentValue::Kind::Float: return "float";
    case PercentValue::Kind::Text: return "str";
    default: return "object";
  }
}

// _PyUnicode_FormatLong: [sign][0x if alt][zeros up to precision][digits].
std::string format_long(int64_t v, char32_t code, bool alt, int64_t precision) {
  int base = code == 'o' ? 8 : (code == 'x' || code == 'X') ? 16 : 10;
  std::string digits = uint_to_digits(int_magnitude(v), base, code == 'X');
  std::string out = v < 0 ? "-" : "";
  if (alt && base != 10) out += code == 'o' ? "0o" : code == 'x' ? "0x" : "0X";
  if (precision > static_cast<int64_t>(digits.size())) {
    out.append(static_cast<size_t>(precision) - digits.size(), '0');
  }
  return out + digits;
}

}  // namespace

PercentFormatter::PercentFormatter(std::string_view format, PercentArgsShape shape)
    : format_(utf8_to_u32(format)),
      shape_(shape),
      arglen_(shape.tuple_length >= 0 ? shape.tuple_length : -1),
      argidx_(shape.tuple_length >= 0 ? 0 : -2) {}

PercentFormatter::Status PercentFormatter::fail(TextError e) {
  failed_ = true;
  error_ = std::move(e);
  return Status::Error;
}

// Reads flags, width, precision and the conversion character after a '%'.
// Only the text is looked at here; the arguments '*' needs are fetched by
// step(), in the order CPython fetches them.
void PercentFormatter::parse_spec() {
  spec_ = Spec{};
  size_t n = format_.size();
  bool exhausted = false;
  auto read = [&](char32_t& ch) {
    if (pos_ < n) {
      ch = format_[pos_++];
      return true;
    }
    exhausted = true;
    return false;
  };
  char32_t ch = pos_ < n ? format_[pos_] : 0;
  if (ch == '(') {
    spec_.has_key = true;
    ++pos_;
    size_t key_start = pos_;
    int depth = 1;
    while (depth > 0 && read(ch)) {
      if (ch == ')') --depth;
      else if (ch == '(') ++depth;
    }
    if (depth > 0) {
      spec_.key_incomplete = true;
      return;
    }
    spec_.key = u32_to_utf8(std::u32string_view(format_).substr(key_start, pos_ - 1 - key_start));
  }
  while (read(ch)) {
    if (ch == '-') spec_.ljust = true;
    else if (ch == '+') spec_.sign = true;
    else if (ch == ' ') spec_.blank = true;
    else if (ch == '#') spec_.alt = true;
    else if (ch == '0') spec_.zero = true;
    else break;
  }
  if (ch == '*') {
    spec_.width_star = true;
    read(ch);
  } else if (is_digit(ch)) {
    spec_.width = ch - '0';
    while (read(ch)) {
      if (!is_digit(ch)) break;
      if (spec_.width > (INT64_MAX - (ch - '0')) / 10) {
        spec_.error_phase = 1;
        return;
      }
      spec_.width = spec_.width * 10 + (ch - '0');
    }
  }
  if (ch == '.') {
    spec_.precision = 0;
    read(ch);
    if (ch == '*') {
      spec_.precision_star = true;
      read(ch);
    } else if (is_digit(ch)) {
      spec_.precision = ch - '0';
      while (read(ch)) {
        if (!is_digit(ch)) break;
        if (spec_.precision > (INT_MAX - (ch - '0')) / 10) {
          spec_.error_phase = 2;
          return;
        }
        spec_.precision = spec_.precision * 10 + (ch - '0');
      }
    }
  }
  if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L')) read(ch);  // C length modifiers
  if (exhausted) {
    spec_.error_phase = 3;
    return;
  }
  spec_.code = ch;
  spec_.code_index = pos_ - 1;
}

// unicode_format_getnextarg: claims the next argument, filling request_.
bool PercentFormatter::take_arg() {
  if (argidx_ >= arglen_) return false;
  int64_t index = argidx_++;
  if (arglen_ < 0) {
    request_.source = keyed_ ? PercentRequest::Source::Keyed : PercentRequest::Source::Whole;
  } else {
    request_.source = PercentRequest::Source::TupleItem;
    request_.index = index;
  }
  return true;
}

PercentFormatter::Status PercentFormatter::ask_value(PercentConversion conversion) {
  request_.conversion = conversion;
  request_.code = spec_.code;
  return Status::NeedValue;
}

PercentFormatter::Status PercentFormatter::step() {
  if (failed_) return Status::Error;
  const size_t n = format_.size();
  while (true) {
    switch (phase_) {
      case Phase::Literal: {
        if (pos_ >= n) {
          if (argidx_ < arglen_ && !shape_.is_mapping) {
            return fail(type_error("not all arguments converted during string formatting"));
          }
          return Status::Done;
        }
        if (format_[pos_] != '%') {
          size_t start = pos_;
          while (pos_ < n && format_[pos_] != '%') ++pos_;
          out_ += u32_to_utf8(std::u32string_view(format_).substr(start, pos_ - start));
          continue;
        }
        ++pos_;
        if (pos_ < n && format_[pos_] == '%') {
          out_ += '%';
          ++pos_;
          continue;
        }
        parse_spec();
        phase_ = Phase::Key;
        continue;
      }
      case Phase::Key:
        phase_ = Phase::Width;
        if (spec_.has_key) {
          if (!shape_.is_mapping) return fail(type_error("format requires a mapping"));
          if (spec_.key_incomplete) return fail(value_error("incomplete format key"));
          request_ = PercentRequest{};
          request_.key = spec_.key;
          awaiting_ = Awaiting::Key;
          return Status::NeedKey;
        }
        continue;
      case Phase::Width:
        phase_ = Phase::Precision;
        if (spec_.width_star) {
          if (!take_arg()) return fail(type_error("not enough arguments for format string"));
          awaiting_ = Awaiting::StarWidth;
          return ask_value(PercentConversion::Star);
        }
        if (spec_.error_phase == 1) return fail(value_error("width too big"));
        continue;
      case Phase::Precision:
        phase_ = Phase::Value;
        if (spec_.precision_star) {
          if (!take_arg()) return fail(type_error("not enough arguments for format string"));
          awaiting_ = Awaiting::StarPrecision;
          return ask_value(PercentConversion::Star);
        }
        if (spec_.error_phase == 2) return fail(value_error("precision too big"));
        continue;
      case Phase::Value: {
        if (spec_.error_phase == 3) return fail(value_error("incomplete format"));
        if (!take_arg()) return fail(type_error("not enough arguments for format string"));
        bool supported;
        PercentConversion conversion = conversion_of(spec_.code, supported);
        if (!supported) {
          char32_t c = spec_.code;
          char shown = (c >= 31 && c <= 126) ? static_cast<char>(c) : '?';
          std::string hex = uint_to_digits(c, 16);
          return fail(value_error(std::string("unsupported format character '") + shown +
                                  "' (0x" + hex + ") at index " + std::to_string(spec_.code_index)));
        }
        phase_ = Phase::Literal;
        awaiting_ = Awaiting::Value;
        return ask_value(conversion);
      }
    }
  }
}

void PercentFormatter::key_found() {
  // The looked-up value becomes the single argument (arglen -1, argidx -2).
  keyed_ = true;
  arglen_ = -1;
  argidx_ = -2;
  awaiting_ = Awaiting::Nothing;
}

void PercentFormatter::supply(PercentValue value) {
  Awaiting what = awaiting_;
  awaiting_ = Awaiting::Nothing;
  if (what == Awaiting::StarWidth || what == Awaiting::StarPrecision) {
    if (value.kind != PercentValue::Kind::Int) {
      fail(type_error("* wants int"));
      return;
    }
    int64_t v = value.int_value;
    if (what == Awaiting::StarWidth) {
      if (v < 0) {
        spec_.ljust = true;
        // CPython negates a Py_ssize_t: -(-2**63) wraps to itself, a
        // negative width that then means "no padding".
        if (v != INT64_MIN) v = -v;
      }
      spec_.width = v;
    } else {
      if (v > INT_MAX || v < INT_MIN) {
        fail(overflow_error("Python int too large to convert to C int"));
        return;
      }
      spec_.precision = v < 0 ? 0 : v;
    }
    return;
  }
  supply_converted(value);
}

// unicode_format_arg_format: turns the VM's answer into text.
void PercentFormatter::supply_converted(const PercentValue& v) {
  using Kind = PercentValue::Kind;
  bool numeric = request_.conversion == PercentConversion::Int ||
                 request_.conversion == PercentConversion::Index ||
                 request_.conversion == PercentConversion::Float;
  if (numeric && spec_.precision > (int64_t{1} << 24)) {  // zero padding CPython cannot allocate
    fail(TextError{PyErrorType::MemoryError, ""});
    return;
  }
  char32_t code = spec_.code;
  char code_char = static_cast<char>(code);
  switch (request_.conversion) {
    case PercentConversion::Str:
    case PercentConversion::Repr:
    case PercentConversion::Ascii:
      if (v.kind == Kind::Int) output(int_to_string(v.int_value), false);
      else if (v.kind == Kind::Float) output(float_repr(v.float_value), false);
      else output(v.text, false);
      return;
    case PercentConversion::Int:
    case PercentConversion::Index: {
      int64_t i;
      if (v.kind == Kind::Int) {
        i = v.int_value;
      } else if (v.kind == Kind::Float && request_.conversion == PercentConversion::Int) {
        auto t = float_to_int(v.float_value);
        if (!t) {
          fail(t.error());
          return;
        }
        i = t.value();
      } else {
        const char* need = request_.conversion == PercentConversion::Index
                               ? "format: an integer is required, not "
                               : "format: a real number is required, not ";
        fail(type_error(std::string("%") + code_char + " " + need + type_name_of(v)));
        return;
      }
      output(format_long(i, code, spec_.alt, spec_.precision), true);
      return;
    }
    case PercentConversion::Float: {
      double x;
      if (v.kind == Kind::Float) x = v.float_value;
      else if (v.kind == Kind::Int) x = static_cast<double>(v.int_value);
      else {
        fail(type_error("must be real number, not " + type_name_of(v)));
        return;
      }
      int precision = spec_.precision < 0 ? 6 : static_cast<int>(spec_.precision);
      output(format_float(x, code_char, precision, spec_.alt ? unsigned{kFloatAlt} : 0u), true);
      return;
    }
    case PercentConversion::Char: {
      if (v.kind == Kind::Int) {
        if (v.int_value < 0 || v.int_value > 0x10FFFF) {
          fail(overflow_error("%c arg not in range(0x110000)"));
          return;
        }
        output(utf8_encode(static_cast<char32_t>(v.int_value)), false);
        return;
      }
      if (v.kind == Kind::Text && utf8_length(v.text) == 1) {
        output(v.text, false);
        return;
      }
      fail(type_error("%c requires int or char"));
      return;
    }
    case PercentConversion::Star:
      return;
  }
}

// unicode_format_arg_output: sign, "0x" prefix, padding and truncation.
void PercentFormatter::output(const std::string& str, bool numeric) {
  const Spec& s = spec_;
  if (s.width > (int64_t{1} << 24)) {  // CPython fails to allocate it
    fail(TextError{PyErrorType::MemoryError, ""});
    return;
  }
  char32_t fill = (numeric && s.zero) ? '0' : ' ';
  std::u32string text = utf8_to_u32(str);
  int64_t len = static_cast<int64_t>(text.size());
  int64_t width = s.width;
  if ((width == -1 || width <= len) && (s.precision == -1 || s.precision >= len) &&
      !(s.sign || s.blank)) {
    out_ += str;
    return;
  }
  char32_t code = s.code;
  if ((code == 's' || code == 'r' || code == 'a') && s.precision >= 0 && len > s.precision) {
    len = s.precision;
  }
  size_t pindex = 0;
  char32_t signchar = 0;
  bool has_sign = numeric;
  if (has_sign) {
    char32_t first = text.empty() ? 0 : text[0];
    if (first == '-' || first == '+') {
      signchar = first;
      --len;
      ++pindex;
    } else if (s.sign) {
      signchar = '+';
    } else if (s.blank) {
      signchar = ' ';
    } else {
      has_sign = false;
    }
  }
  if (width < len) width = len;
  bool prefix = s.alt && (code == 'x' || code == 'X' || code == 'o');
  std::string result;
  if (has_sign) {
    if (fill != ' ') utf8_append(result, signchar);
    if (width > len) --width;
  }
  if (prefix) {
    if (fill != ' ') {
      result += '0';
      utf8_append(result, code);
      pindex += 2;
    }
    width = width - 2 < 0 ? 0 : width - 2;
    len -= 2;
  }
  if (width > len && !s.ljust) {
    for (int64_t i = 0; i < width - len; ++i) utf8_append(result, fill);
    width = len;
  }
  if (fill == ' ') {
    if (has_sign) utf8_append(result, signchar);
    if (prefix) {
      result += '0';
      utf8_append(result, code);
      pindex += 2;
    }
  }
  if (len > 0) result += u32_to_utf8(std::u32string_view(text).substr(pindex, static_cast<size_t>(len)));
  if (width > len) result.append(static_cast<size_t>(width - len), ' ');
  out_ += result;
}

TextResult<std::string> percent_format(std::string_view format, PercentArgsShape shape,
                                       const PercentResolver& resolve_key,
                                       const PercentResolver& resolve_value) {
  PercentFormatter f(format, shape);
  while (true) {
    switch (f.step()) {
      case PercentFormatter::Status::NeedKey: {
        auto r = resolve_key(f.request());
        if (!r) return r.error();
        f.key_found();
        break;
      }
      case PercentFormatter::Status::NeedValue: {
        auto r = resolve_value(f.request());
        if (!r) return r.error();
        f.supply(r.value());
        break;
      }
      case PercentFormatter::Status::Done:
        return f.result();
      case PercentFormatter::Status::Error:
        return f.error();
    }
  }
}

}  // namespace interleave::text
