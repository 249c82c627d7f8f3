// bytes: the methods socket programs use on what recv() returns (join,
// find, split, partition, startswith, strip, upper, replace, ...). bytes is
// a byte string (BytesObject::data); these work on bytes, never on code
// points.
#include <algorithm>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

const std::string& B(Value v) { return static_cast<BytesObject*>(v.obj())->data; }
Value make_bytes(Vm& vm, std::string s) { return Value::object(vm.heap.make<BytesObject>(vm.t.bytes, std::move(s))); }
bool is_bytes(Value v) { return v.is_object() && v.obj()->kind == Kind::Bytes; }

bool want_bytes(Vm& vm, Value v) {
  if (is_bytes(v)) return true;
  vm.raise(vm.t.TypeError_, std::string("a bytes-like object is required, not '") + vm.type_name(v) + "'");
  return false;
}

bool need(Vm& vm, Args args, int n, const char* fname) {
  if (args.n >= n) return true;
  vm.raise(vm.t.TypeError_, std::string(fname) + " takes at least " + std::to_string(n) + " argument" +
                                (n == 1 ? "" : "s") + " (" + std::to_string(args.n) + " given)");
  return false;
}

// [start, end) of s[start:end] with Python's index rules.
void bounds(Vm& vm, Args args, int from, size_t size, size_t* lo, size_t* hi) {
  auto clamp = [&](Value v, int64_t dflt) -> size_t {
    int64_t i = v.is_null() || v == vm.None || !vm.is_int(v) ? dflt : vm.int_of(v);
    int64_t n = static_cast<int64_t>(size);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    return static_cast<size_t>(std::min(i, n));
  };
  *lo = clamp(from < args.n ? args[from] : Value(), 0);
  *hi = clamp(from + 1 < args.n ? args[from + 1] : Value(), static_cast<int64_t>(size));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'; }

Status find_impl(Vm& vm, Value self, Args args, Value* out, bool reverse, bool raise, const char* fname) {
  if (!need(vm, args, 1, fname)) return Status::Error;
  std::string sub;
  if (vm.is_int(args[0])) {
    int64_t c = vm.int_of(args[0]);
    if (c < 0 || c > 255) return vm.raise(vm.t.ValueError_, "byte must be in range(0, 256)");
    sub = std::string(1, static_cast<char>(c));
  } else {
    if (!is_bytes(args[0]))
      return vm.raise(vm.t.TypeError_, std::string("argument should be integer or bytes-like object, not '") +
                                           vm.type_name(args[0]) + "'");
    sub = B(args[0]);
  }
  const std::string& s = B(self);
  size_t lo, hi;
  bounds(vm, args, 1, s.size(), &lo, &hi);
  int64_t found = -1;
  if (lo <= hi && hi - lo >= sub.size()) {
    std::string_view window(s.data() + lo, hi - lo);
    size_t p = reverse ? window.rfind(sub) : window.find(sub);
    if (p != std::string_view::npos) found = static_cast<int64_t>(lo + p);
  }
  if (found < 0 && raise) return vm.raise(vm.t.ValueError_, "subsection not found");
  *out = vm.make_int(found);
  return Status::Ok;
}

Status split_impl(Vm& vm, Value self, Args args, Value* out, bool reverse) {
  Value sep = args.n > 0 ? args[0] : vm.kwarg(args, "sep");
  Value mx = args.n > 1 ? args[1] : vm.kwarg(args, "maxsplit");
  int64_t maxsplit = mx.is_null() || !vm.is_int(mx) ? -1 : vm.int_of(mx);
  const std::string& s = B(self);
  std::vector<std::string> parts;
  if (sep.is_null() || sep == vm.None) {
    // Runs of whitespace separate; none at the ends.
    if (!reverse) {
      size_t i = 0;
      while (true) {
        while (i < s.size() && is_space(s[i])) ++i;
        if (i >= s.size()) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(i));
          break;
        }
        size_t j = i;
        while (j < s.size() && !is_space(s[j])) ++j;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      size_t i = s.size();
      while (true) {
        while (i > 0 && is_space(s[i - 1])) --i;
        if (i == 0) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(0, i));
          break;
        }
        size_t j = i;
        while (j > 0 && !is_space(s[j - 1])) --j;
        parts.push_back(s.substr(j, i - j));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    if (!want_bytes(vm, sep)) return Status::Error;
    const std::string& d = B(sep);
    if (d.empty()) return vm.raise(vm.t.ValueError_, "empty separator");
    if (!reverse) {
      size_t i = 0;
      while (true) {
        size_t p = s.find(d, i);
        if (p == std::string::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
          parts.push_back(s.substr(i));
          break;
        }
        parts.push_back(s.substr(i, p - i));
        i = p + d.size();
      }
    } else {
      size_t end = s.size();
      while (true) {
        size_t p = end >= d.size() ? s.rfind(d, end - d.size()) : std::string::npos;
        if (p == std::string::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
          parts.push_back(s.substr(0, end));
          break;
        }
        parts.push_back(s.substr(p + d.size(), end - p - d.size()));
        end = p;
      }
      std::reverse(parts.begin(), parts.end());
    }
  }
  ListObject* l = vm.new_list();
  for (auto& p : parts) l->items.push_back(make_bytes(vm, std::move(p)));
  *out = Value::object(l);
  return Status::Ok;
}

Status affix_impl(Vm& vm, Value self, Args args, Value* out, bool suffix, const char* fname) {
  if (!need(vm, args, 1, fname)) return Status::Error;
  const std::string& s = B(self);
  size_t lo, hi;
  bounds(vm, args, 1, s.size(), &lo, &hi);
  std::vector<Value> cands;
  if (args[0].is_object() && args[0].obj()->kind == Kind::Tuple) {
    cands.assign(static_cast<TupleObject*>(args[0].obj())->items.begin(), static_cast<TupleObject*>(args[0].obj())->items.end());
  } else {
    cands.push_back(args[0]);
  }
  for (Value c : cands) {
    if (!is_bytes(c))
      return vm.raise(vm.t.TypeError_, std::string(fname) + " first arg must be bytes or a tuple of bytes, not " +
                                           vm.type_name(c));
    const std::string& a = B(c);
    if (lo > hi || hi - lo < a.size()) continue;
    size_t at = suffix ? hi - a.size() : lo;
    if (s.compare(at, a.size(), a) == 0) {
      *out = vm.True;
      return Status::Ok;
    }
  }
  *out = vm.False;
  return Status::Ok;
}

Status strip_impl(Vm& vm, Value self, Args args, Value* out, bool left, bool right) {
  const std::string& s = B(self);
  std::string chars;
  bool ws = true;
  if (args.n > 0 && args[0] != vm.None) {
    if (!want_bytes(vm, args[0])) return Status::Error;
    chars = B(args[0]);
    ws = false;
  }
  auto strip = [&](char c) { return ws ? is_space(c) : chars.find(c) != std::string::npos; };
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strip(s[b])) ++b;
  if (right)
    while (e > b && strip(s[e - 1])) --e;
  *out = make_bytes(vm, s.substr(b, e - b));
  return Status::Ok;
}

Status partition_impl(Vm& vm, Value self, Args args, Value* out, bool reverse) {
  if (!need(vm, args, 1, reverse ? "rpartition()" : "partition()") || !want_bytes(vm, args[0])) return Status::Error;
  const std::string& s = B(self);
  const std::string& d = B(args[0]);
  if (d.empty()) return vm.raise(vm.t.ValueError_, "empty separator");
  size_t p = reverse ? s.rfind(d) : s.find(d);
  if (p == std::string::npos) {
    if (reverse) *out = vm.make_tuple({make_bytes(vm, ""), make_bytes(vm, ""), make_bytes(vm, s)});
    else *out = vm.make_tuple({make_bytes(vm, s), make_bytes(vm, ""), make_bytes(vm, "")});
    return Status::Ok;
  }
  *out = vm.make_tuple({make_bytes(vm, s.substr(0, p)), make_bytes(vm, d), make_bytes(vm, s.substr(p + d.size()))});
  return Status::Ok;
}

}  // namespace

void init_bytes_methods(Vm& vm) {
  TypeObject* t = vm.t.bytes;
  vm.add_method(t, "join", [](Vm& vm, Value self, Args args, Value* out) {
    if (!need(vm, args, 1, "join()")) return Status::Error;
    std::vector<Value> items;
    if (!vm.collect_items(args[0], &items)) return Status::Error;
    std::string r;
    for (size_t i = 0; i < items.size(); ++i) {
      if (!is_bytes(items[i]))
        return vm.raise(vm.t.TypeError_, "sequence item " + std::to_string(i) +
                                             ": expected a bytes-like object, " + vm.type_name(items[i]) + " found");
      if (i) r += B(self);
      r += B(items[i]);
    }
    *out = make_bytes(vm, std::move(r));
    return Status::Ok;
  });
  vm.add_method(t, "find", [](Vm& vm, Value self, Args args, Value* out) {
    return find_impl(vm, self, args, out, false, false, "find()");
  });
  vm.add_method(t, "rfind", [](Vm& vm, Value self, Args args, Value* out) {
    return find_impl(vm, self, args, out, true, false, "rfind()");
  });
  vm.add_method(t, "index", [](Vm& vm, Value self, Args args, Value* out) {
    return find_impl(vm, self, args, out, false, true, "index()");
  });
  vm.add_method(t, "rindex", [](Vm& vm, Value self, Args args, Value* out) {
    return find_impl(vm, self, args, out, true, true, "rindex()");
  });
  vm.add_method(t, "count", [](Vm& vm, Value self, Args args, Value* out) {
    if (!need(vm, args, 1, "count()") || !want_bytes(vm, args[0])) return Status::Error;
    const std::string& s = B(self);
    const std::string& d = B(args[0]);
    int64_t n = 0;
    if (d.empty()) {
      n = static_cast<int64_t>(s.size()) + 1;
    } else {
      for (size_t p = s.find(d); p != std::string::npos; p = s.find(d, p + d.size())) ++n;
    }
    *out = vm.make_int(n);
    return Status::Ok;
  });
  vm.add_method(t, "split", [](Vm& vm, Value self, Args args, Value* out) { return split_impl(vm, self, args, out, false); });
  vm.add_method(t, "rsplit", [](Vm& vm, Value self, Args args, Value* out) { return split_impl(vm, self, args, out, true); });
  vm.add_method(t, "splitlines", [](Vm& vm, Value self, Args args, Value* out) {
    bool keep = args.n > 0 && vm.truthy(args[0]) > 0;
    Value k = vm.kwarg(args, "keepends");
    if (!k.is_null()) keep = vm.truthy(k) > 0;
    const std::string& s = B(self);
    ListObject* l = vm.new_list();
    size_t i = 0;
    while (i < s.size()) {
      size_t j = i;
      while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
      size_t e = j;
      if (j < s.size()) e = (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? j + 2 : j + 1;
      l->items.push_back(make_bytes(vm, s.substr(i, (keep ? e : j) - i)));
      i = e;
    }
    *out = Value::object(l);
    return Status::Ok;
  });
  vm.add_method(t, "partition", [](Vm& vm, Value self, Args args, Value* out) {
    return partition_impl(vm, self, args, out, false);
  });
  vm.add_method(t, "rpartition", [](Vm& vm, Value self, Args args, Value* out) {
    return partition_impl(vm, self, args, out, true);
  });
  vm.add_method(t, "startswith", [](Vm& vm, Value self, Args args, Value* out) {
    return affix_impl(vm, self, args, out, false, "startswith");
  });
  vm.add_method(t, "endswith", [](Vm& vm, Value self, Args args, Value* out) {
    return affix_impl(vm, self, args, out, true, "endswith");
  });
  vm.add_method(t, "strip", [](Vm& vm, Value self, Args args, Value* out) { return strip_impl(vm, self, args, out, true, true); });
  vm.add_method(t, "lstrip", [](Vm& vm, Value self, Args args, Value* out) { return strip_impl(vm, self, args, out, true, false); });
  vm.add_method(t, "rstrip", [](Vm& vm, Value self, Args args, Value* out) { return strip_impl(vm, self, args, out, false, true); });
  vm.add_method(t, "upper", [](Vm& vm, Value self, Args, Value* out) {
    std::string s = B(self);
    for (char& c : s)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    *out = make_bytes(vm, std::move(s));
    return Status::Ok;
  });
  vm.add_method(t, "lower", [](Vm& vm, Value self, Args, Value* out) {
    std::string s = B(self);
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    *out = make_bytes(vm, std::move(s));
    return Status::Ok;
  });
  vm.add_method(t, "replace", [](Vm& vm, Value self, Args args, Value* out) {
    if (!need(vm, args, 2, "replace()") || !want_bytes(vm, args[0]) || !want_bytes(vm, args[1])) return Status::Error;
    int64_t count = args.n > 2 && vm.is_int(args[2]) ? vm.int_of(args[2]) : -1;
    const std::string& s = B(self);
    const std::string& a = B(args[0]);
    const std::string& b = B(args[1]);
    std::string r;
    size_t i = 0;
    int64_t done = 0;
    if (a.empty()) {
      // Between every byte, as str.replace does.
      for (size_t k = 0; k <= s.size(); ++k) {
        if (count < 0 || done < count) {
          r += b;
          ++done;
        }
        if (k < s.size()) r += s[k];
      }
      *out = make_bytes(vm, std::move(r));
      return Status::Ok;
    }
    while (count < 0 || done < count) {
      size_t p = s.find(a, i);
      if (p == std::string::npos) break;
      r.append(s, i, p - i);
      r += b;
      i = p + a.size();
      ++done;
    }
    r.append(s, i, std::string::npos);
    *out = make_bytes(vm, std::move(r));
    return Status::Ok;
  });
  vm.add_method(t, "hex", [](Vm& vm, Value self, Args, Value* out) {
    static const char* digits = "0123456789abcdef";
    std::string r;
    for (unsigned char c : B(self)) {
      r += digits[c >> 4];
      r += digits[c & 15];
    }
    *out = vm.make_str(std::move(r));
    return Status::Ok;
  });
  vm.add_method(t, "isdigit", [](Vm& vm, Value self, Args, Value* out) {
    const std::string& s = B(self);
    *out = vm.make_bool(!s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }));
    return Status::Ok;
  });
  vm.add_method(t, "isspace", [](Vm& vm, Value self, Args, Value* out) {
    const std::string& s = B(self);
    *out = vm.make_bool(!s.empty() && std::all_of(s.begin(), s.end(), is_space));
    return Status::Ok;
  });
}

}  // namespace interleave::vm
