// format(), f-string specs, printf-style `str % args` and str.format(), on
// top of core/text's format-spec engine.
#include <algorithm>
#include <functional>

#include "text/format_spec.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

Status raise_text_error(Vm& vm, const text::TextError& e);  // str.cpp

Status op_format(Vm& vm, Value v, Value specv, Value* out) {
  if (v.is_object() && v.obj()->type->is_heap_type) {
    for (TypeObject* m : v.obj()->type->mro) {
      if (!m->is_heap_type) break;
      Value f = vm.dict_get_str(m->dict, vm.n.__format__);
      if (!f.is_null()) return vm.request_call(f, {v, specv});
    }
  }
  return builtin_format(vm, v, specv, out);
}

Status builtin_format(Vm& vm, Value v, Value specv, Value* out) {
  const std::string& spec = vm.as_str(specv)->text;
  text::TextResult<std::string> r = std::string();
  if (v.is_object() && v.obj()->kind == Kind::Bool) {
    r = text::format_bool(v == vm.True, spec);
  } else if (vm.is_int(v)) {
    r = text::format_int(vm.int_of(v), spec);
  } else if (v.is_object() && v.obj()->kind == Kind::Float) {
    r = text::format_float_spec(vm.float_of(v), spec);
  } else if (vm.is_str(v)) {
    r = text::format_str(vm.as_str(v)->text, spec);
  } else {
    if (!spec.empty())
      return vm.raise(vm.t.TypeError_, std::string("unsupported format string passed to ") + vm.type_name(v) + ".__format__");
    return op_str(vm, v, out);
  }
  if (!r.ok()) return raise_text_error(vm, r.error());
  *out = vm.make_str(std::move(r.value()));
  return Status::Ok;
}

Value Vm::format(Value v, std::string_view spec) {
  Value out;
  return finish(op_format(*this, v, make_str(std::string(spec)), &out), out);
}

// printf-style formatting: "%5.2f" % x, "%(name)s" % mapping.
Status str_mod_format(Vm& vm, const std::string& fmt, Value args, Value* out) {
  std::vector<Value> items;
  bool is_tuple = args.is_object() && args.obj()->kind == Kind::Tuple;
  // CPython treats any non-tuple, non-str argument with __getitem__ as a
  // mapping: unused, it raises no "not all arguments converted".
  bool is_mapping = args.is_object() && !is_tuple && args.obj()->kind != Kind::Str &&
                    (args.obj()->kind == Kind::Dict || args.obj()->kind == Kind::List ||
                     !vm.lookup_type(args.obj()->type, vm.n.__getitem__).is_null());
  if (is_tuple)
    items.assign(static_cast<TupleObject*>(args.obj())->items.begin(), static_cast<TupleObject*>(args.obj())->items.end());
  else
    items.push_back(args);
  size_t next = 0;
  std::string r;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c != '%') {
      r += c;
      continue;
    }
    if (++i >= fmt.size()) return vm.raise(vm.t.ValueError_, "incomplete format");
    Value arg;
    if (fmt[i] == '(') {
      size_t close = fmt.find(')', i);
      if (close == std::string::npos) return vm.raise(vm.t.ValueError_, "incomplete format key");
      if (!is_mapping) return vm.raise(vm.t.TypeError_, "format requires a mapping");
      Value key = vm.make_str(fmt.substr(i + 1, close - i - 1));
      arg = vm.get_item(args, key);
      if (arg.is_null()) return Status::Error;
      i = close + 1;
    }
    std::string flags;
    while (i < fmt.size() && std::string("-+ #0").find(fmt[i]) != std::string::npos) flags += fmt[i++];
    std::string width, prec;
    bool has_prec = false;
    auto take_star = [&](std::string& dst) -> bool {
      if (next >= items.size()) {
        vm.raise(vm.t.TypeError_, "not enough arguments for format string");
        return false;
      }
      if (!vm.is_int(items[next])) {
        vm.raise(vm.t.TypeError_, "* wants int");
        return false;
      }
      if (vm.int_of(items[next]) > (int64_t{1} << 28) || vm.int_of(items[next]) < -(int64_t{1} << 28)) {
        vm.raise(vm.t.MemoryError_, "");  // the sequence-repeat cap
        return false;
      }
      dst = std::to_string(vm.int_of(items[next++]));
      return true;
    };
    if (i < fmt.size() && fmt[i] == '*') {
      if (!take_star(width)) return Status::Error;
      ++i;
    }
    while (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) width += fmt[i++];
    if (i < fmt.size() && fmt[i] == '.') {
      has_prec = true;
      ++i;
      if (i < fmt.size() && fmt[i] == '*') {
        if (!take_star(prec)) return Status::Error;
        ++i;
      }
      while (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) prec += fmt[i++];
      if (prec.empty()) prec = "0";
    }
    while (i < fmt.size() && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) return vm.raise(vm.t.ValueError_, "incomplete format");
    char type = fmt[i];
    if (type == '%') {
      r += '%';
      continue;
    }
    if (arg.is_null()) {
      if (is_mapping && !is_tuple) {
        arg = args;
      } else {
        if (next >= items.size()) return vm.raise(vm.t.TypeError_, "not enough arguments for format string");
        arg = items[next++];
      }
    }
    bool left = flags.find('-') != std::string::npos;
    bool zero = flags.find('0') != std::string::npos && !left;
    std::string sign = flags.find('+') != std::string::npos ? "+" : flags.find(' ') != std::string::npos ? " " : "";
    bool alt = flags.find('#') != std::string::npos;
    std::string piece;
    switch (type) {
      case 's':
      case 'r':
      case 'a': {
        Value s = type == 's' ? vm.str(arg) : vm.repr(arg);
        if (s.is_null()) return Status::Error;
        piece = vm.as_str(s)->text;
        if (type == 'a') piece = vm.ascii_of(piece);
        if (has_prec) {
          int64_t p = std::stoll(prec);
          // precision counts code points
          size_t bytes = 0;
          int64_t cps = 0;
          while (bytes < piece.size() && cps < p) {
            ++bytes;
            while (bytes < piece.size() && (static_cast<unsigned char>(piece[bytes]) & 0xC0) == 0x80) ++bytes;
            ++cps;
          }
          piece = piece.substr(0, bytes);
        }
        int64_t w = width.empty() ? 0 : std::stoll(width);
        int64_t len = utf8_length(piece);
        if (len < w) piece = left ? piece + std::string(w - len, ' ') : std::string(w - len, ' ') + piece;
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o':
      case 'c': {
        if (!vm.is_int(arg) && arg.is_object() && arg.obj()->type->is_heap_type) {
          Value ix;  // an object with __index__ stands for its int
          int r = vm.index_of(arg, &ix);
          if (r < 0) return Status::Error;
          if (r > 0) arg = ix;
        }
        if (type == 'c') {
          if (vm.is_str(arg)) piece = vm.as_str(arg)->text;
          else if (!vm.is_int(arg)) return vm.raise(vm.t.TypeError_, "%c requires int or char");
          else {
            Value ch = vm.make_int(vm.int_of(arg));
            std::string spec = "c";
            auto res = text::format_int(vm.int_of(ch), spec);
            if (!res.ok()) return raise_text_error(vm, res.error());
            piece = res.value();
          }
          int64_t w = width.empty() ? 0 : std::stoll(width);
          int64_t len = utf8_length(piece);
          if (len < w) piece = left ? piece + std::string(w - len, ' ') : std::string(w - len, ' ') + piece;
          break;
        }
        int64_t n;
        if (vm.is_int(arg)) {
          n = vm.int_of(arg);
        } else if (arg.is_object() && arg.obj()->kind == Kind::Float && (type == 'd' || type == 'i' || type == 'u')) {
          n = static_cast<int64_t>(vm.float_of(arg));
        } else {
          const char* what = (type == 'x' || type == 'X' || type == 'o') ? "an integer" : "a real number";
          return vm.raise(vm.t.TypeError_, std::string("%") + type + " format: " + what + " is required, not " + vm.type_name(arg));
        }
        std::string spec = (left ? "<" : "") + sign + (alt ? "#" : "") + (zero ? "0" : "") + width +
                           std::string(1, (type == 'i' || type == 'u') ? 'd' : type);
        auto res = text::format_int(n, spec);
        if (!res.ok()) return raise_text_error(vm, res.error());
        piece = res.value();
        if (has_prec) {
          // %.3d pads the digits with zeros.
          std::string digits = std::to_string(n < 0 ? -n : n);
          int64_t p = std::stoll(prec);
          if (static_cast<int64_t>(digits.size()) < p) {
            std::string padded = std::string(p - digits.size(), '0') + digits;
            piece = (n < 0 ? "-" : sign) + padded;
            int64_t w = width.empty() ? 0 : std::stoll(width);
            if (static_cast<int64_t>(piece.size()) < w) piece = left ? piece + std::string(w - piece.size(), ' ') : std::string(w - piece.size(), ' ') + piece;
          }
        }
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        if (!vm.is_number(arg))
          return vm.raise(vm.t.TypeError_, std::string("must be real number, not ") + vm.type_name(arg));
        std::string spec = (left ? "<" : "") + sign + (alt ? "#" : "") + (zero ? "0" : "") + width + "." +
                           (has_prec ? prec : "6") + std::string(1, type);
        auto res = text::format_float_spec(vm.float_of(arg), spec);
        if (!res.ok()) return raise_text_error(vm, res.error());
        piece = res.value();
        break;
      }
      default: {
        char b[96];
        std::snprintf(b, sizeof b, "unsupported format character '%c' (0x%x) at index %zu", type, type, i);
        return vm.raise(vm.t.ValueError_, b);
      }
    }
    r += piece;
  }
  if (!is_mapping && next < items.size())
    return vm.raise(vm.t.TypeError_, "not all arguments converted during string formatting");
  *out = vm.make_str(std::move(r));
  return Status::Ok;
}

// str.format(*args, **kwargs).
Status str_format_method(Vm& vm, Value self, Args args, Value* out) {
  const std::string& f = vm.as_str(self)->text;
  int auto_index = 0;
  bool used_auto = false, used_manual = false;
  std::string r;
  // Formats one replacement field's text "name!conv:spec".
  std::function<bool(const std::string&, std::string&)> field = [&](const std::string& body, std::string& dst) -> bool {
    size_t i = 0;
    while (i < body.size() && body[i] != '!' && body[i] != ':' && body[i] != '.' && body[i] != '[') ++i;
    std::string first = body.substr(0, i);
    Value v;
    if (first.empty()) {
      if (used_manual) {
        vm.raise(vm.t.ValueError_, "cannot switch from manual field specification to automatic field numbering");
        return false;
      }
      used_auto = true;
      if (auto_index >= args.n) {
        vm.raise(vm.t.IndexError_, "Replacement index " + std::to_string(auto_index) + " out of range for positional args tuple");
        return false;
      }
      v = args[auto_index++];
    } else if (isdigit(static_cast<unsigned char>(first[0]))) {
      if (used_auto) {
        vm.raise(vm.t.ValueError_, "cannot switch from automatic field numbering to manual field specification");
        return false;
      }
      used_manual = true;
      int idx = std::stoi(first);
      if (idx >= args.n) {
        vm.raise(vm.t.IndexError_, "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
        return false;
      }
      v = args[idx];
    } else {
      v = vm.kwarg(args, first.c_str());
      if (v.is_null()) {
        Value k = vm.make_str(first);
        vm.raise_value(vm.new_exception_args(vm.t.KeyError_, &k, 1));
        return false;
      }
    }
    // .attr and [key] chains.
    while (i < body.size() && (body[i] == '.' || body[i] == '[')) {
      if (body[i] == '.') {
        size_t j = ++i;
        while (j < body.size() && body[j] != '.' && body[j] != '[' && body[j] != '!' && body[j] != ':') ++j;
        v = vm.get_attr(v, vm.intern(body.substr(i, j - i)));
        if (v.is_null()) return false;
        i = j;
      } else {
        size_t j = body.find(']', i);
        std::string key = body.substr(i + 1, j - i - 1);
        Value k = (!key.empty() && std::all_of(key.begin(), key.end(), ::isdigit)) ? vm.make_int(std::stoll(key)) : vm.make_str(key);
        v = vm.get_item(v, k);
        if (v.is_null()) return false;
        i = j + 1;
      }
    }
    char conv = 0;
    if (i < body.size() && body[i] == '!') {
      conv = body[i + 1];
      i += 2;
    }
    std::string spec;
    if (i < body.size() && body[i] == ':') spec = body.substr(i + 1);
    if (conv == 'r' || conv == 'a') {
      v = vm.repr(v);
      if (v.is_null()) return false;
      if (conv == 'a') v = vm.make_str(vm.ascii_of(vm.as_str(v)->text));
    } else if (conv == 's') {
      v = vm.str(v);
      if (v.is_null()) return false;
    }
    // Nested fields inside the spec.
    if (spec.find('{') != std::string::npos) {
      std::string expanded;
      for (size_t k = 0; k < spec.size(); ++k) {
        if (spec[k] == '{') {
          size_t close = spec.find('}', k);
          if (!field(spec.substr(k + 1, close - k - 1), expanded)) return false;
          k = close;
        } else {
          expanded += spec[k];
        }
      }
      spec = expanded;
    }
    Value s = vm.format(v, spec);
    if (s.is_null()) return false;
    dst += vm.as_str(s)->text;
    return true;
  };
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == '{') {
      if (i + 1 < f.size() && f[i + 1] == '{') {
        r += '{';
        ++i;
        continue;
      }
      int depth = 1;
      size_t j = i + 1;
      while (j < f.size() && depth) {
        if (f[j] == '{') ++depth;
        if (f[j] == '}') --depth;
        if (depth) ++j;
      }
      if (j >= f.size()) return vm.raise(vm.t.ValueError_, "expected '}' before end of string");
      if (!field(f.substr(i + 1, j - i - 1), r)) return Status::Error;
      i = j;
    } else if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') {
        r += '}';
        ++i;
        continue;
      }
      return vm.raise(vm.t.ValueError_, "Single '}' encountered in format string");
    } else {
      r += c;
    }
  }
  *out = vm.make_str(std::move(r));
  return Status::Ok;
}

}  // namespace interleave::vm
