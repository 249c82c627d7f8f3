// str: the constructor and the methods, on top of core/text's algorithms;
// plus the int(), float() and bool() constructors.
#include <algorithm>
#include <charconv>
#include <cmath>

#include "text/codecs.h"
#include "text/float_text.h"
#include "text/int_text.h"
#include "text/str_algorithms.h"
#include "text/str_repr.h"
#include "vm/arg_checks.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

TypeObject* text_error_type(Vm& vm, text::PyErrorType t) {
  switch (t) {
    case text::PyErrorType::TypeError: return vm.t.TypeError_;
    case text::PyErrorType::OverflowError: return vm.t.OverflowError_;
    case text::PyErrorType::ZeroDivisionError: return vm.t.ZeroDivisionError_;
    case text::PyErrorType::KeyError: return vm.t.KeyError_;
    case text::PyErrorType::IndexError: return vm.t.IndexError_;
    default: return vm.t.ValueError_;
  }
}

Status raise_text_error(Vm& vm, const text::TextError& e) { return vm.raise(text_error_type(vm, e.type), e.message); }

namespace {

const std::string& S(Value v) { return static_cast<StrObject*>(v.obj())->text; }

bool want_str(Vm& vm, Value v, const char* fname, int argno = 1) {
  if (vm.is_str(v)) return true;
  vm.raise(vm.t.TypeError_, std::string(fname) + " arg " + std::to_string(argno) + " must be str, not " + vm.type_name(v));
  return false;
}

// str.encode(encoding="utf-8", errors="strict") and bytes.decode(...).
Status transcode(Vm& vm, Value self, Args args, bool decoding, Value* out) {
  const char* fname = decoding ? "decode" : "encode";
  Value names[2] = {args.n > 0 ? args[0] : vm.kwarg(args, "encoding"), args.n > 1 ? args[1] : vm.kwarg(args, "errors")};
  if (args.n > 2)
    return vm.raise(vm.t.TypeError_, std::string(fname) + "() takes at most 2 arguments (" + std::to_string(args.n) + " given)");
  const char* const params[2] = {"encoding", "errors"};
  std::string_view encoding = "utf-8", errors = "strict";
  for (int i = 0; i < 2; ++i) {
    if (names[i].is_null()) continue;
    if (!vm.is_str(names[i]))
      return vm.raise(vm.t.TypeError_, std::string(fname) + "() argument '" + params[i] + "' must be str, not " +
                                           vm.type_name(names[i]));
    (i == 0 ? encoding : errors) = S(names[i]);
  }
  std::optional<text::Codec> codec = text::find_codec(encoding);
  if (!codec) return vm.raise(vm.t.LookupError_, "unknown encoding: " + std::string(encoding));
  std::optional<text::ErrorHandler> handler = text::find_error_handler(errors);
  std::string result;
  text::CodecFailure fail;
  bool ok;
  if (decoding) ok = text::decode(*codec, static_cast<BytesObject*>(self.obj())->data, handler.value_or(text::ErrorHandler::Strict), &result, &fail);
  else ok = text::encode(*codec, S(self), handler.value_or(text::ErrorHandler::Strict), &result, &fail);
  if (ok) {
    *out = decoding ? vm.make_str(std::move(result)) : Value::object(vm.heap.make<BytesObject>(vm.t.bytes, std::move(result)));
    return Status::Ok;
  }
  // CPython looks the handler up only when it needs one.
  if (!handler) return vm.raise(vm.t.LookupError_, "unknown error handler name '" + std::string(errors) + "'");
  if (decoding && *handler == text::ErrorHandler::XmlCharRefReplace)
    return vm.raise(vm.t.TypeError_, "don't know how to handle UnicodeDecodeError in error callback");
  Value fields[5] = {vm.make_str(text::codec_error_name(*codec)), self, vm.make_int(static_cast<int64_t>(fail.start)),
                     vm.make_int(static_cast<int64_t>(fail.end)), vm.make_str(fail.reason)};
  return vm.raise_value(vm.new_exception_args(decoding ? vm.t.UnicodeDecodeError_ : vm.t.UnicodeEncodeError_, fields, 5));
}

std::optional<std::string_view> opt_str(Vm& vm, Args args, int i, const char* kw) {
  Value v = i < args.n ? args[i] : vm.kwarg(args, kw);
  if (v.is_null() || v == vm.None) return std::nullopt;
  return std::string_view(S(v));
}

// The checks the helpers above and below rely on: enough arguments, the
// optional str arguments are str (or None), the bounds are ints (or None).
bool need(Vm& vm, Args args, int n, const char* fname) {
  if (args.n >= n) return true;
  vm.raise(vm.t.TypeError_, std::string(fname) + " takes at least " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") +
                                " (" + std::to_string(args.n) + " given)");
  return false;
}

bool opt_str_ok(Vm& vm, Args args, int i, const char* kw, const char* fname) {
  Value v = i < args.n ? args[i] : vm.kwarg(args, kw);
  if (v.is_null() || v == vm.None || vm.is_str(v)) return true;
  vm.raise(vm.t.TypeError_, std::string(fname) + " arg must be None or str");
  return false;
}

bool bounds_ok(Vm& vm, Args args, int from) {
  for (int i = from; i < args.n && i < from + 2; ++i) {
    if (args[i] != vm.None && !vm.is_int(args[i])) {
      vm.raise(vm.t.TypeError_, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
  }
  return true;
}

text::SliceBounds bounds(Vm& vm, Args args, int from) {
  text::SliceBounds b;
  if (args.n > from && args[from] != vm.None) b.start = vm.int_of(args[from]);
  if (args.n > from + 1 && args[from + 1] != vm.None) b.end = vm.int_of(args[from + 1]);
  return b;
}

Value str_list(Vm& vm, const std::vector<std::string_view>& parts) {
  ListObject* l = vm.new_list();
  l->items.reserve(parts.size());
  for (auto p : parts) l->items.push_back(vm.make_str(std::string(p)));
  return Value::object(l);
}

// center/ljust/rjust/zfill/expandtabs(width[, fillchar]): an int width (a
// result over the sequence-repeat cap is a MemoryError), one-character fill.
// The width (an int, or an object with __index__) and the fill character
// (one character, any code point) of center/ljust/rjust/zfill/expandtabs.
bool pad_args(Vm& vm, Args args, const char* fname, int64_t* width, char32_t* fill) {
  if (args.n < 1 || args.n > 2) {
    vm.raise(vm.t.TypeError_, std::string(fname) + " expected at " + (args.n < 1 ? "least 1 argument" : "most 2 arguments") +
                                  ", got " + std::to_string(args.n));
    return false;
  }
  Value w;
  int r = vm.index_of(args[0], &w);
  if (r < 0) return false;
  if (r == 0) {
    vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(args[0]) + "' object cannot be interpreted as an integer");
    return false;
  }
  *width = vm.int_of(w);
  if (*width > (int64_t{1} << 28)) {
    vm.raise(vm.t.MemoryError_, "");
    return false;
  }
  if (!fits_heap(vm, static_cast<uint64_t>(std::max<int64_t>(*width, 0)))) return false;
  *fill = U' ';
  if (args.n > 1) {
    if (!vm.is_str(args[1]) || vm.as_str(args[1])->text.empty() || utf8_length(vm.as_str(args[1])->text) != 1) {
      vm.raise(vm.t.TypeError_, "The fill character must be exactly one character long");
      return false;
    }
    const std::string& t = vm.as_str(args[1])->text;
    auto c = static_cast<unsigned char>(t[0]);
    *fill = t.size() == 1 ? c : (c & (c >= 0xf0 ? 0x07 : c >= 0xe0 ? 0x0f : 0x1f));
    for (size_t i = 1; i < t.size(); ++i) *fill = (*fill << 6) | (static_cast<unsigned char>(t[i]) & 0x3f);
  }
  return true;
}

#define STR_METHOD(name) \
  vm.add_method(T, #name, [](Vm & vm, Value self, Args args, Value * out) -> Status
#define STR_SIMPLE(name, fn) \
  STR_METHOD(name) { *out = vm.make_str(text::fn(S(self))); return Status::Ok; })
#define STR_PRED(name, fn) \
  STR_METHOD(name) { *out = vm.make_bool(text::fn(S(self))); return Status::Ok; })

}  // namespace

Status str_constructor(Vm& vm, Value, Args args, Value* out) {
  if (args.n == 1 && !args.nkw() && args[0].is_small()) {  // str(i): its digits, copied once
    char digits[24];
    auto r = std::to_chars(digits, digits + sizeof digits, args[0].small_value());
    *out = vm.make_str_copy(std::string_view(digits, static_cast<size_t>(r.ptr - digits)));
    auto* s = static_cast<StrObject*>(out->obj());
    if (!s->interned) s->length = static_cast<int32_t>(r.ptr - digits);
    return Status::Ok;
  }
  if (args.n == 0) {
    *out = vm.make_str("");
    return Status::Ok;
  }
  if (args.n >= 2 || args.nkw()) {
    // str(bytes, encoding)
    Value b = args[0];
    if (b.is_object() && b.obj()->kind == Kind::Bytes) {
      *out = vm.make_str(static_cast<BytesObject*>(b.obj())->data);
      return Status::Ok;
    }
  }
  return op_str(vm, args[0], out);
}

bool is_bytes(Value v) { return v.is_object() && v.obj()->kind == Kind::Bytes; }

// int(b"42"), int(b"ff", 16): the digits are ASCII; the error shows the bytes.
Status int_from_bytes(Vm& vm, Value v, int base, Value* out) {
  const std::string& data = static_cast<BytesObject*>(v.obj())->data;
  bool ascii = std::all_of(data.begin(), data.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  auto r = ascii ? text::parse_int(data, base) : text::TextResult<int64_t>(text::TextError{text::PyErrorType::ValueError, ""});
  if (r.ok()) {
    *out = vm.make_int(r.value());
    return Status::Ok;
  }
  if (r.error().type == text::PyErrorType::ValueError)
    return vm.raise(vm.t.ValueError_, "invalid literal for int() with base " + std::to_string(base) + ": " + text::bytes_repr(data));
  return raise_text_error(vm, r.error());
}

Status int_constructor(Vm& vm, Value, Args args, Value* out) {
  if (args.n == 0) {
    *out = Value::small(0);
    return Status::Ok;
  }
  Value v = args[0];
  Value basev = args.n > 1 ? args[1] : vm.kwarg(args, "base");
  if (!basev.is_null()) {
    if (!vm.is_str(v) && !is_bytes(v)) return vm.raise(vm.t.TypeError_, "int() can't convert non-string with explicit base");
    int64_t base;
    if (!int_arg(vm, basev, &base)) return Status::Error;
    if (base != 0 && (base < 2 || base > 36)) return vm.raise(vm.t.ValueError_, "int() base must be >= 2 and <= 36, or 0");
    if (is_bytes(v)) return int_from_bytes(vm, v, static_cast<int>(base), out);
    auto r = text::parse_int(S(v), static_cast<int>(base));
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_int(r.value());
    return Status::Ok;
  }
  if (is_bytes(v)) return int_from_bytes(vm, v, 10, out);
  if (vm.is_int(v)) {
    *out = vm.make_int(vm.int_of(v));
    return Status::Ok;
  }
  if (v.is_object() && v.obj()->kind == Kind::Float) {
    double d = vm.float_of(v);
    if (std::isnan(d)) return vm.raise(vm.t.ValueError_, "cannot convert float NaN to integer");
    if (std::isinf(d)) return vm.raise(vm.t.OverflowError_, "cannot convert float infinity to integer");
    double tr = std::trunc(d);
    if (tr >= 9.2233720368547758e18 || tr < -9.2233720368547758e18) return vm.raise_overflow();
    *out = vm.make_int(static_cast<int64_t>(tr));
    return Status::Ok;
  }
  if (vm.is_str(v)) {
    auto r = text::parse_int(S(v), 10);
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_int(r.value());
    return Status::Ok;
  }
  if (v.is_object() && v.obj()->type->is_heap_type) {
    Value m = vm.lookup_type(v.obj()->type, vm.n.__int__);
    if (m.is_null()) m = vm.lookup_type(v.obj()->type, vm.n.__index__);
    if (!m.is_null()) return vm.request_call(m, {v});
  }
  return vm.raise(vm.t.TypeError_, std::string("int() argument must be a string, a bytes-like object or a real number, not '") +
                                       vm.type_name(v) + "'");
}

Status float_constructor(Vm& vm, Value, Args args, Value* out) {
  if (args.n == 0) {
    *out = vm.make_float(0.0);
    return Status::Ok;
  }
  Value v = args[0];
  if (vm.is_number(v)) {
    *out = vm.make_float(vm.float_of(v));
    return Status::Ok;
  }
  if (vm.is_str(v)) {
    auto r = text::parse_float(S(v));
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_float(r.value());
    return Status::Ok;
  }
  if (v.is_object() && v.obj()->type->is_heap_type) {
    Value m = vm.lookup_type(v.obj()->type, vm.n.__float__);
    if (!m.is_null()) return vm.request_call(m, {v});
  }
  return vm.raise(vm.t.TypeError_, std::string("float() argument must be a string or a real number, not '") +
                                       vm.type_name(v) + "'");
}

Status bool_constructor(Vm& vm, Value, Args args, Value* out) {
  if (args.n == 0) {
    *out = vm.False;
    return Status::Ok;
  }
  return op_truthy(vm, args[0], out);
}

Status str_format_method(Vm& vm, Value self, Args args, Value* out);  // format.cpp

namespace {

// bytes(iterable): one byte per item, an int or an object with __index__.
Status bytes_item(Vm& vm, OpaqueObject* st, Value x, Value* out, bool* stop) {
  Value v;
  int r = vm.index_of(x, &v);
  if (r < 0) return Status::Error;
  if (r == 0)
    return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(x) + "' object cannot be interpreted as an integer");
  if (vm.int_of(v) < 0 || vm.int_of(v) > 255) return vm.raise(vm.t.ValueError_, "bytes must be in range(0, 256)");
  static_cast<BytesObject*>(st->values[1].obj())->data += static_cast<char>(vm.int_of(v));
  return Status::Ok;
}

Status bytes_done(Vm& vm, OpaqueObject* st, Value* out) {
  auto* b = static_cast<BytesObject*>(st->values[1].obj());
  vm.heap.account(b->data.size());
  *out = st->values[1];
  return Status::Ok;
}

}  // namespace

void init_str_methods(Vm& vm) {
  TypeObject* T = vm.t.str;
  T->constructor = str_constructor;
  vm.t.int_->constructor = int_constructor;
  vm.t.float_->constructor = float_constructor;
  vm.t.bool_->constructor = bool_constructor;
  vm.add_method(T, "format", str_format_method);
  STR_SIMPLE(upper, str_upper);
  STR_SIMPLE(lower, str_lower);
  STR_SIMPLE(casefold, str_casefold);
  STR_SIMPLE(swapcase, str_swapcase);
  STR_SIMPLE(title, str_title);
  STR_SIMPLE(capitalize, str_capitalize);
  STR_PRED(isalpha, str_isalpha);
  STR_PRED(isalnum, str_isalnum);
  STR_PRED(isdecimal, str_isdecimal);
  STR_PRED(isdigit, str_isdigit);
  STR_PRED(isnumeric, str_isnumeric);
  STR_PRED(isspace, str_isspace);
  STR_PRED(isupper, str_isupper);
  STR_PRED(islower, str_islower);
  STR_PRED(istitle, str_istitle);
  STR_PRED(isidentifier, str_isidentifier);
  STR_PRED(isprintable, str_isprintable);
  STR_PRED(isascii, str_isascii);
  STR_METHOD(strip) {
    if (!opt_str_ok(vm, args, 0, "chars", "strip")) return Status::Error;
    *out = vm.make_str(std::string(text::str_strip(S(self), opt_str(vm, args, 0, "chars")))); return Status::Ok; });
  STR_METHOD(lstrip) {
    if (!opt_str_ok(vm, args, 0, "chars", "lstrip")) return Status::Error;
    *out = vm.make_str(std::string(text::str_lstrip(S(self), opt_str(vm, args, 0, "chars")))); return Status::Ok; });
  STR_METHOD(rstrip) {
    if (!opt_str_ok(vm, args, 0, "chars", "rstrip")) return Status::Error;
    *out = vm.make_str(std::string(text::str_rstrip(S(self), opt_str(vm, args, 0, "chars")))); return Status::Ok; });
  STR_METHOD(split) {
    Value mx = args.n > 1 ? args[1] : vm.kwarg(args, "maxsplit");
    if (args.n == 0 && mx.is_null() && !args.nkw()) {
      // s.split() of ASCII text: split at ASCII whitespace (Python's
      // str.isspace() for code points below 128: \t \n \v \f \r, the
      // separators \x1c-\x1f and space) without decoding UTF-8.
      const std::string& text = vm.as_str(self)->text;
      bool ascii = true;
      for (unsigned char c : text) {
        if (c >= 0x80) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        auto space = [](unsigned char c) { return (c >= 9 && c <= 13) || (c >= 28 && c <= 32); };
        ListObject* l = vm.new_list();
        size_t i = 0, n = text.size();
        const std::string_view all(text);
        while (true) {
          while (i < n && space(static_cast<unsigned char>(text[i]))) ++i;
          if (i >= n) break;
          size_t j = i;
          while (j < n && !space(static_cast<unsigned char>(text[j]))) ++j;
          Value word = vm.make_str_copy(all.substr(i, j - i));
          auto* w = static_cast<StrObject*>(word.obj());
          if (!w->interned) w->length = static_cast<int32_t>(j - i);  // ASCII: one code point a byte
          l->items.push_back(word);
          i = j;
        }
        vm.heap.account(l->items.size() * sizeof(Value));
        *out = Value::object(l);
        return Status::Ok;
      }
    }
    int64_t maxsplit = -1;
    if (!opt_str_ok(vm, args, 0, "sep", "split") || (!mx.is_null() && !int_arg(vm, mx, &maxsplit))) return Status::Error;
    auto r = text::str_split(S(self), opt_str(vm, args, 0, "sep"), maxsplit);
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = str_list(vm, r.value());
    return Status::Ok;
  });
  STR_METHOD(rsplit) {
    Value mx = args.n > 1 ? args[1] : vm.kwarg(args, "maxsplit");
    int64_t maxsplit = -1;
    if (!opt_str_ok(vm, args, 0, "sep", "rsplit") || (!mx.is_null() && !int_arg(vm, mx, &maxsplit))) return Status::Error;
    auto r = text::str_rsplit(S(self), opt_str(vm, args, 0, "sep"), maxsplit);
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = str_list(vm, r.value());
    return Status::Ok;
  });
  STR_METHOD(splitlines) {
    Value ke = args.n ? args[0] : vm.kwarg(args, "keepends");
    *out = str_list(vm, text::str_splitlines(S(self), !ke.is_null() && vm.truthy(ke) == 1));
    return Status::Ok;
  });
  STR_METHOD(join) {
    if (!need(vm, args, 1, "join()")) return Status::Error;
    std::vector<Value> items;
    if (!vm.collect_items(args[0], &items)) return Status::Error;
    std::string r;
    const std::string& sep = S(self);
    // The length first (as CPython's join does), so the text is built in
    // one buffer.
    uint64_t total = items.empty() ? 0 : sep.size() * (items.size() - 1);
    for (size_t i = 0; i < items.size(); ++i) {
      if (!vm.is_str(items[i]))
        return vm.raise(vm.t.TypeError_, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                             vm.type_name(items[i]) + " found");
      total += vm.as_str(items[i])->text.size();
    }
    if (!fits_heap(vm, total)) return Status::Error;
    r.reserve(total);
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) r += sep;
      r += S(items[i]);
    }
    *out = vm.make_str(std::move(r));
    return Status::Ok;
  });
  STR_METHOD(replace) {
    if (args.n < 2 || !want_str(vm, args[0], "replace()") || !want_str(vm, args[1], "replace()", 2)) {
      if (args.n < 2) return vm.raise(vm.t.TypeError_, "replace expected at least 2 arguments, got " + std::to_string(args.n));
      return Status::Error;
    }
    int64_t count = -1;
    if (args.n > 2 && !int_arg(vm, args[2], &count)) return Status::Error;
    *out = vm.make_str(text::str_replace(S(self), S(args[0]), S(args[1]), count));
    return Status::Ok;
  });
  STR_METHOD(find) {
    if (!need(vm, args, 1, "find()") || !want_str(vm, args[0], "find()") || !bounds_ok(vm, args, 1)) return Status::Error;
    *out = vm.make_int(text::str_find(S(self), S(args[0]), bounds(vm, args, 1)));
    return Status::Ok;
  });
  STR_METHOD(rfind) {
    if (!need(vm, args, 1, "rfind()") || !want_str(vm, args[0], "rfind()") || !bounds_ok(vm, args, 1)) return Status::Error;
    *out = vm.make_int(text::str_rfind(S(self), S(args[0]), bounds(vm, args, 1)));
    return Status::Ok;
  });
  STR_METHOD(index) {
    if (!need(vm, args, 1, "index()") || !want_str(vm, args[0], "index()") || !bounds_ok(vm, args, 1)) return Status::Error;
    auto r = text::str_index(S(self), S(args[0]), bounds(vm, args, 1));
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_int(r.value());
    return Status::Ok;
  });
  STR_METHOD(rindex) {
    if (!need(vm, args, 1, "rindex()") || !want_str(vm, args[0], "rindex()") || !bounds_ok(vm, args, 1)) return Status::Error;
    auto r = text::str_rindex(S(self), S(args[0]), bounds(vm, args, 1));
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_int(r.value());
    return Status::Ok;
  });
  STR_METHOD(count) {
    if (!need(vm, args, 1, "count()") || !want_str(vm, args[0], "count()") || !bounds_ok(vm, args, 1)) return Status::Error;
    *out = vm.make_int(text::str_count(S(self), S(args[0]), bounds(vm, args, 1)));
    return Status::Ok;
  });
  STR_METHOD(startswith) {
    if (!need(vm, args, 1, "startswith()") || !bounds_ok(vm, args, 1)) return Status::Error;
    Value p = args[0];
    if (p.is_object() && p.obj()->kind == Kind::Tuple) {
      for (Value x : static_cast<TupleObject*>(p.obj())->items)
        if (vm.is_str(x) && text::str_startswith(S(self), S(x), bounds(vm, args, 1))) {
          *out = vm.True;
          return Status::Ok;
        }
      *out = vm.False;
      return Status::Ok;
    }
    if (!vm.is_str(p)) return vm.raise(vm.t.TypeError_, std::string("startswith first arg must be str or a tuple of str, not ") + vm.type_name(p));
    *out = vm.make_bool(text::str_startswith(S(self), S(p), bounds(vm, args, 1)));
    return Status::Ok;
  });
  STR_METHOD(endswith) {
    if (!need(vm, args, 1, "endswith()") || !bounds_ok(vm, args, 1)) return Status::Error;
    Value p = args[0];
    if (p.is_object() && p.obj()->kind == Kind::Tuple) {
      for (Value x : static_cast<TupleObject*>(p.obj())->items)
        if (vm.is_str(x) && text::str_endswith(S(self), S(x), bounds(vm, args, 1))) {
          *out = vm.True;
          return Status::Ok;
        }
      *out = vm.False;
      return Status::Ok;
    }
    if (!vm.is_str(p)) return vm.raise(vm.t.TypeError_, std::string("endswith first arg must be str or a tuple of str, not ") + vm.type_name(p));
    *out = vm.make_bool(text::str_endswith(S(self), S(p), bounds(vm, args, 1)));
    return Status::Ok;
  });
  STR_METHOD(center) {
    int64_t width;
    char32_t f;
    if (!pad_args(vm, args, "center", &width, &f)) return Status::Error;
    *out = vm.make_str(text::str_center(S(self), width, f));
    return Status::Ok;
  });
  STR_METHOD(ljust) {
    int64_t width;
    char32_t f;
    if (!pad_args(vm, args, "ljust", &width, &f)) return Status::Error;
    *out = vm.make_str(text::str_ljust(S(self), width, f));
    return Status::Ok;
  });
  STR_METHOD(rjust) {
    int64_t width;
    char32_t f;
    if (!pad_args(vm, args, "rjust", &width, &f)) return Status::Error;
    *out = vm.make_str(text::str_rjust(S(self), width, f));
    return Status::Ok;
  });
  STR_METHOD(zfill) {
    int64_t width;
    char32_t f;
    if (args.n != 1)
      return vm.raise(vm.t.TypeError_, "str.zfill() takes exactly one argument (" + std::to_string(args.n) + " given)");
    if (!pad_args(vm, args, "zfill", &width, &f)) return Status::Error;
    *out = vm.make_str(text::str_zfill(S(self), width));
    return Status::Ok;
  });
  STR_METHOD(expandtabs) {
    int64_t width = 8;
    char32_t f;
    if (args.n > 1)
      return vm.raise(vm.t.TypeError_, "expandtabs() takes at most 1 argument (" + std::to_string(args.n) + " given)");
    Value tabsize = args.n ? args[0] : vm.kwarg(args, "tabsize");
    if (!tabsize.is_null() && !pad_args(vm, Args{&tabsize, 1, nullptr}, "expandtabs", &width, &f)) return Status::Error;
    *out = vm.make_str(text::str_expandtabs(S(self), width));
    return Status::Ok;
  });
  STR_METHOD(partition) {
    if (!need(vm, args, 1, "partition()") || !want_str(vm, args[0], "partition()")) return Status::Error;
    auto r = text::str_partition(S(self), S(args[0]));
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_tuple({vm.make_str(std::string(r.value().before)), vm.make_str(std::string(r.value().separator)),
                          vm.make_str(std::string(r.value().after))});
    return Status::Ok;
  });
  STR_METHOD(rpartition) {
    if (!need(vm, args, 1, "rpartition()") || !want_str(vm, args[0], "rpartition()")) return Status::Error;
    auto r = text::str_rpartition(S(self), S(args[0]));
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_tuple({vm.make_str(std::string(r.value().before)), vm.make_str(std::string(r.value().separator)),
                          vm.make_str(std::string(r.value().after))});
    return Status::Ok;
  });
  STR_METHOD(removeprefix) {
    if (!need(vm, args, 1, "removeprefix()") || !want_str(vm, args[0], "removeprefix()")) return Status::Error;
    const std::string& s = S(self);
    const std::string& p = S(args[0]);
    *out = vm.make_str(s.compare(0, p.size(), p) == 0 ? s.substr(p.size()) : s);
    return Status::Ok;
  });
  STR_METHOD(removesuffix) {
    if (!need(vm, args, 1, "removesuffix()") || !want_str(vm, args[0], "removesuffix()")) return Status::Error;
    const std::string& s = S(self);
    const std::string& p = S(args[0]);
    bool ends = s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0 && !p.empty();
    *out = vm.make_str(ends ? s.substr(0, s.size() - p.size()) : s);
    return Status::Ok;
  });
  STR_METHOD(encode) {
    return transcode(vm, self, args, false, out);
  });
  vm.add_method(vm.t.bytes, "decode", [](Vm& vm, Value self, Args args, Value* out) {
    return transcode(vm, self, args, true, out);
  });
  vm.t.bytes->constructor = [](Vm& vm, Value, Args args, Value* out) -> Status {
    if (args.n == 0) {
      *out = Value::object(vm.heap.make<BytesObject>(vm.t.bytes, ""));
      return Status::Ok;
    }
    Value v = args[0];
    if (vm.is_str(v)) {
      *out = Value::object(vm.heap.make<BytesObject>(vm.t.bytes, S(v)));
      return Status::Ok;
    }
    if (!vm.is_int(v) && v.is_object() && v.obj()->type->is_heap_type &&
        vm.lookup_type(v.obj()->type, vm.intern("__bytes__")).is_null()) {
      // bytes(n) with n an object with __index__: n zero bytes.
      Value ix;
      int r = vm.index_of(v, &ix);
      if (r < 0) return Status::Error;
      if (r > 0) v = ix;
    }
    if (vm.is_int(v)) {
      int64_t n = vm.int_of(v);
      if (n < 0) return vm.raise(vm.t.ValueError_, "negative count");
      if (n > (int64_t{1} << 28)) return vm.raise(vm.t.MemoryError_, "");
      if (!fits_heap(vm, static_cast<uint64_t>(n))) return Status::Error;
      *out = Value::object(vm.heap.make<BytesObject>(vm.t.bytes, std::string(static_cast<size_t>(n), '\0')));
      return Status::Ok;
    }
    if (vm.get_iter_fails(v))
      return vm.raise(vm.t.TypeError_, std::string("cannot convert '") + vm.type_name(v) + "' object to bytes");
    // Each item in a step of its own: a generator's items and a Python
    // __index__ run as frames.
    OpaqueObject* st = vm.new_opaque();
    st->values.resize(2);
    st->values[1] = Value::object(vm.heap.make<BytesObject>(vm.t.bytes, ""));
    return vm.for_each(v, st, bytes_item, bytes_done, out);
  };
}

}  // namespace interleave::vm
