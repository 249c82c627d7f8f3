// list and tuple (and the sequence protocol shared with str, bytes and
// range): indexing and slicing, repetition, and the methods.
#include <algorithm>

#include "vm/arg_checks.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

// Python's slice.indices(): clamps [s] to a sequence of [length].
bool slice_indices(Vm& vm, SliceObject* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count) {
  int64_t st = 1;
  if (s->step != vm.None) {
    if (!vm.to_index(s->step, &st)) return false;
    if (st == 0) {
      vm.raise(vm.t.ValueError_, "slice step cannot be zero");
      return false;
    }
  }
  int64_t lo, hi;
  auto clamp = [&](Value v, int64_t dflt, int64_t* out) -> bool {
    if (v == vm.None) {
      *out = dflt;
      return true;
    }
    Value ix;
    int r = vm.index_of(v, &ix);
    if (r == 0) vm.raise(vm.t.TypeError_, "slice indices must be integers or None or have an __index__ method");
    if (r <= 0) return false;
    int64_t x = vm.int_of(ix);
    if (x < 0) {
      x += length;
      if (x < 0) x = st < 0 ? -1 : 0;
    } else if (x >= length) {
      x = st < 0 ? length - 1 : length;
    }
    *out = x;
    return true;
  };
  if (!clamp(s->start, st < 0 ? length - 1 : 0, &lo)) return false;
  if (!clamp(s->stop, st < 0 ? -1 : length, &hi)) return false;
  *start = lo;
  *stop = hi;
  *step = st;
  if (st > 0)
    *count = hi > lo ? (hi - lo - 1) / st + 1 : 0;
  else
    *count = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
  return true;
}

// Byte offsets of each code point of [s] (for indexing non-ASCII str).
static std::vector<size_t> code_point_offsets(const std::string& s) {
  std::vector<size_t> offs;
  for (size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) offs.push_back(i);
  offs.push_back(s.size());
  return offs;
}

static bool is_ascii(StrObject* s) {
  if (s->length < 0) s->length = utf8_length(s->text);
  return s->length == static_cast<int64_t>(s->text.size());
}

Status sequence_getitem(Vm& vm, Value obj, Value key, Value* out) {
  Object* o = obj.obj();
  int64_t len;
  if (!vm.len(obj, &len)) return Status::Error;
  const char* what = o->kind == Kind::List ? "list" : o->kind == Kind::Tuple ? "tuple" : o->kind == Kind::Str ? "string" : o->kind == Kind::Range ? "range object" : "index";
  if (vm.is_int(key)) {
    int64_t i = vm.int_of(key);
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
      if (o->kind == Kind::Bytes) return vm.raise(vm.t.IndexError_, "index out of range");
      return vm.raise(vm.t.IndexError_, std::string(what) + " index out of range");
    }
    switch (o->kind) {
      case Kind::List: *out = static_cast<ListObject*>(o)->items[i]; return Status::Ok;
      case Kind::Tuple: *out = static_cast<TupleObject*>(o)->items[i]; return Status::Ok;
      case Kind::Range: {
        auto* r = static_cast<RangeObject*>(o);
        *out = vm.make_int(static_cast<int64_t>(static_cast<uint64_t>(r->start) +
                                                static_cast<uint64_t>(i) * static_cast<uint64_t>(r->step)));
        return Status::Ok;
      }
      case Kind::Bytes: *out = vm.make_int(static_cast<unsigned char>(static_cast<BytesObject*>(o)->data[i])); return Status::Ok;
      case Kind::Str: {
        auto* s = static_cast<StrObject*>(o);
        if (is_ascii(s)) {
          *out = Value::object(vm.intern(std::string_view(s->text).substr(i, 1)));
        } else {
          auto offs = code_point_offsets(s->text);
          *out = vm.make_str(s->text.substr(offs[i], offs[i + 1] - offs[i]));
        }
        return Status::Ok;
      }
      default: break;
    }
  }
  if (key.is_object() && key.obj()->kind == Kind::Slice) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, static_cast<SliceObject*>(key.obj()), len, &start, &stop, &step, &count)) return Status::Error;
    switch (o->kind) {
      case Kind::List:
      case Kind::Tuple: {
        const auto& items = o->kind == Kind::List ? static_cast<ListObject*>(o)->items : static_cast<TupleObject*>(o)->items;
        ValueVector r;
        r.reserve(count);
        for (int64_t k = 0, i = start; k < count; ++k, i += step) r.push_back(items[i]);
        vm.heap.account(r.size() * sizeof(Value));
        if (o->kind == Kind::List) {
          ListObject* l = vm.new_list();
          l->items = std::move(r);
          *out = Value::object(l);
        } else {
          *out = vm.make_tuple_from(std::move(r));
        }
        return Status::Ok;
      }
      case Kind::Str: {
        auto* s = static_cast<StrObject*>(o);
        std::string r;
        if (is_ascii(s)) {
          if (step == 1) r = s->text.substr(start, count);
          else for (int64_t k = 0, i = start; k < count; ++k, i += step) r += s->text[i];
        } else {
          auto offs = code_point_offsets(s->text);
          for (int64_t k = 0, i = start; k < count; ++k, i += step) r += s->text.substr(offs[i], offs[i + 1] - offs[i]);
        }
        *out = vm.make_str(std::move(r));
        return Status::Ok;
      }
      case Kind::Bytes: {
        auto& d = static_cast<BytesObject*>(o)->data;
        std::string r;
        for (int64_t k = 0, i = start; k < count; ++k, i += step) r += d[i];
        *out = Value::object(vm.heap.make<BytesObject>(vm.t.bytes, r));
        return Status::Ok;
      }
      case Kind::Range: {
        auto* rg = static_cast<RangeObject*>(o);
        __int128 nstart = rg->start + static_cast<__int128>(start) * rg->step;
        __int128 nstep = static_cast<__int128>(rg->step) * step;
        __int128 nstop = nstart + count * nstep;
        for (__int128 v : {nstart, nstep, nstop})
          if (v > INT64_MAX || v < INT64_MIN) return vm.raise_overflow();
        *out = Value::object(vm.heap.make<RangeObject>(vm.t.range, static_cast<int64_t>(nstart), static_cast<int64_t>(nstop),
                                                       static_cast<int64_t>(nstep), count));
        return Status::Ok;
      }
      default: break;
    }
  }
  Value ix;
  int r = vm.index_of(key, &ix);  // an object with __index__
  if (r < 0) return Status::Error;
  if (r > 0) return sequence_getitem(vm, obj, ix, out);
  const char* tn = o->kind == Kind::List ? "list" : o->kind == Kind::Tuple ? "tuple" : o->kind == Kind::Str ? "string" : o->kind == Kind::Range ? "range" : "byte";
  return vm.raise(vm.t.TypeError_, std::string(tn) + " indices must be integers or slices, not " + vm.type_name(key));
}

Status sequence_setitem(Vm& vm, Value obj, Value key, Value value) {
  auto* l = static_cast<ListObject*>(obj.obj());
  int64_t len = static_cast<int64_t>(l->items.size());
  if (vm.is_int(key)) {
    int64_t i = vm.int_of(key);
    if (i < 0) i += len;
    if (i < 0 || i >= len) return vm.raise(vm.t.IndexError_, "list assignment index out of range");
    l->items[i] = value;
    return Status::Ok;
  }
  if (key.is_object() && key.obj()->kind == Kind::Slice) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, static_cast<SliceObject*>(key.obj()), len, &start, &stop, &step, &count)) return Status::Error;
    std::vector<Value> items;
    if (!vm.collect_items(value, &items)) {
      if (vm.get_iter_fails(value)) {
        vm.thread->exc = Value();
        return vm.raise(vm.t.TypeError_, "can only assign an iterable");
      }
      return Status::Error;
    }
    if (step == 1) {
      if (stop < start) stop = start;
      l->items.erase(l->items.begin() + start, l->items.begin() + stop);
      l->items.insert(l->items.begin() + start, items.begin(), items.end());
      return Status::Ok;
    }
    if (static_cast<int64_t>(items.size()) != count)
      return vm.raise(vm.t.ValueError_, "attempt to assign sequence of size " + std::to_string(items.size()) +
                                            " to extended slice of size " + std::to_string(count));
    for (int64_t k = 0, i = start; k < count; ++k, i += step) l->items[i] = items[k];
    return Status::Ok;
  }
  Value ix;
  int r = vm.index_of(key, &ix);
  if (r < 0) return Status::Error;
  if (r > 0) return sequence_setitem(vm, obj, ix, value);
  return vm.raise(vm.t.TypeError_, std::string("list indices must be integers or slices, not ") + vm.type_name(key));
}

Status sequence_delitem(Vm& vm, Value obj, Value key) {
  auto* l = static_cast<ListObject*>(obj.obj());
  int64_t len = static_cast<int64_t>(l->items.size());
  if (vm.is_int(key)) {
    int64_t i = vm.int_of(key);
    if (i < 0) i += len;
    if (i < 0 || i >= len) return vm.raise(vm.t.IndexError_, "list assignment index out of range");
    l->items.erase(l->items.begin() + i);
    return Status::Ok;
  }
  if (key.is_object() && key.obj()->kind == Kind::Slice) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, static_cast<SliceObject*>(key.obj()), len, &start, &stop, &step, &count)) return Status::Error;
    std::vector<bool> drop(len, false);
    for (int64_t k = 0, i = start; k < count; ++k, i += step) drop[i] = true;
    ValueVector keep;
    for (int64_t i = 0; i < len; ++i)
      if (!drop[i]) keep.push_back(l->items[i]);
    l->items = std::move(keep);
    return Status::Ok;
  }
  Value ix;
  int r = vm.index_of(key, &ix);
  if (r < 0) return Status::Error;
  if (r > 0) return sequence_delitem(vm, obj, ix);
  return vm.raise(vm.t.TypeError_, std::string("list indices must be integers or slices, not ") + vm.type_name(key));
}

Status sequence_repeat(Vm& vm, Value seq, int64_t n, Value* out) {
  if (n < 0) n = 0;
  Object* o = seq.obj();
  int64_t len;
  if (!vm.len(seq, &len)) return Status::Error;
  if (len && n > (int64_t{1} << 28) / (len ? len : 1)) return vm.raise(vm.t.MemoryError_, "");
  uint64_t unit = o->kind == Kind::Str     ? static_cast<StrObject*>(o)->text.size()
                  : o->kind == Kind::Bytes ? static_cast<BytesObject*>(o)->data.size()
                                           : static_cast<uint64_t>(len) * sizeof(Value);
  if (!fits_heap(vm, unit * static_cast<uint64_t>(n))) return Status::Error;
  switch (o->kind) {
    case Kind::Str: {
      const std::string& s = static_cast<StrObject*>(o)->text;
      std::string r;
      r.reserve(s.size() * n);
      for (int64_t i = 0; i < n; ++i) r += s;
      *out = vm.make_str(std::move(r));
      return Status::Ok;
    }
    case Kind::Bytes: {
      const std::string& s = static_cast<BytesObject*>(o)->data;
      std::string r;
      for (int64_t i = 0; i < n; ++i) r += s;
      *out = Value::object(vm.heap.make<BytesObject>(vm.t.bytes, r));
      return Status::Ok;
    }
    case Kind::List:
    case Kind::Tuple: {
      const auto& items = o->kind == Kind::List ? static_cast<ListObject*>(o)->items : static_cast<TupleObject*>(o)->items;
      ValueVector r;
      r.reserve(items.size() * n);
      for (int64_t i = 0; i < n; ++i) r.insert(r.end(), items.begin(), items.end());
      vm.heap.account(r.size() * 8);
      if (o->kind == Kind::List) {
        ListObject* l = vm.new_list();
        l->items = std::move(r);
        *out = Value::object(l);
      } else {
        *out = vm.make_tuple_from(std::move(r));
      }
      return Status::Ok;
    }
    default:
      return vm.raise(vm.t.TypeError_, "can't multiply sequence");
  }
}

Status sort_list(Vm& vm, ListObject* list, Value key, bool reverse, bool in_place, Value* out);  // sort.cpp

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

namespace {

const char* seq_name(Value self) { return self.obj()->kind == Kind::List ? "list" : "tuple"; }

bool no_keywords(Vm& vm, Args args, Value self, const char* method) {
  if (!args.nkw()) return true;
  vm.raise(vm.t.TypeError_, std::string(seq_name(self)) + "." + method + "() takes no keyword arguments");
  return false;
}

// count() and remove(): exactly one argument.
bool one_arg(Vm& vm, Args args, Value self, const char* method) {
  if (!no_keywords(vm, args, self, method)) return false;
  if (args.n == 1) return true;
  vm.raise(vm.t.TypeError_, std::string(seq_name(self)) + "." + method + "() takes exactly one argument (" +
                                std::to_string(args.n) + " given)");
  return false;
}

// index(value, start=0, stop=sys.maxsize): the bounds as CPython's
// _PyEval_SliceIndexNotNone reads them, negative ones from the end.
Status seq_index(Vm& vm, Value self, Args args, Value* out) {
  if (!no_keywords(vm, args, self, "index")) return Status::Error;
  if (args.n < 1) return vm.raise(vm.t.TypeError_, "index expected at least 1 argument, got " + std::to_string(args.n));
  if (args.n > 3) return vm.raise(vm.t.TypeError_, "index expected at most 3 arguments, got " + std::to_string(args.n));
  int64_t len = static_cast<int64_t>(self.obj()->kind == Kind::List ? static_cast<ListObject*>(self.obj())->items.size()
                                                                    : static_cast<TupleObject*>(self.obj())->items.size());
  int64_t bound[2] = {0, INT64_MAX};
  for (int k = 1; k < args.n; ++k) {
    Value ix;
    int r = vm.index_of(args[k], &ix);
    if (r == 0) return vm.raise(vm.t.TypeError_, "slice indices must be integers or have an __index__ method");
    if (r < 0) return Status::Error;
    int64_t x = vm.int_of(ix);
    if (x < 0) x = std::max<int64_t>(0, x + len);
    bound[k - 1] = x;
  }
  return seq_scan(vm, self, args[0], SeqScan::Index, bound[0], bound[1], out);
}

Status seq_count(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args, self, "count")) return Status::Error;
  return seq_scan(vm, self, args[0], SeqScan::Count, 0, INT64_MAX, out);
}

}  // namespace

Status list_constructor(Vm& vm, Value, Args args, Value* out) {
  ListObject* l = vm.new_list();
  if (args.n > 1) return vm.raise(vm.t.TypeError_, "list expected at most 1 argument, got " + std::to_string(args.n));
  if (args.n == 1 && !vm.collect_items(args[0], &l->items)) return Status::Error;
  *out = Value::object(l);
  return Status::Ok;
}

Status tuple_constructor(Vm& vm, Value, Args args, Value* out) {
  if (args.n == 0) {
    *out = Value::object(vm.new_tuple(0));
    return Status::Ok;
  }
  if (args[0].is_object() && args[0].obj()->type == vm.t.tuple) {
    *out = args[0];
    return Status::Ok;
  }
  std::vector<Value> items;
  if (!vm.collect_items(args[0], &items)) return Status::Error;
  *out = vm.make_tuple(std::move(items));
  return Status::Ok;
}

void init_list_methods(Vm& vm) {
  TypeObject* L = vm.t.list;
  L->constructor = list_constructor;
  vm.t.tuple->constructor = tuple_constructor;
  vm.add_method(L, "append", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n != 1) return vm.raise(vm.t.TypeError_, "list.append() takes exactly one argument (" + std::to_string(args.n) + " given)");
    static_cast<ListObject*>(self.obj())->items.push_back(args[0]);
    vm.heap.account(8);
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(L, "extend", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "extend() takes exactly one argument (" + std::to_string(args.n) + " given)");
    std::vector<Value> items;
    if (!vm.collect_items(args[0], &items)) return Status::Error;
    auto& dst = static_cast<ListObject*>(self.obj())->items;
    dst.insert(dst.end(), items.begin(), items.end());
    vm.heap.account(items.size() * sizeof(Value));
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(L, "__init__", [](Vm& vm, Value self, Args args, Value* out) {
    auto& dst = static_cast<ListObject*>(self.obj())->items;
    dst.clear();
    if (args.n && !vm.collect_items(args[0], &dst)) return Status::Error;
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(L, "insert", [](Vm& vm, Value self, Args args, Value* out) {
    auto& items = static_cast<ListObject*>(self.obj())->items;
    int64_t i;
    if (args.n != 2) return vm.raise(vm.t.TypeError_, "insert expected 2 arguments, got " + std::to_string(args.n));
    if (!vm.to_index(args[0], &i)) return Status::Error;
    int64_t len = static_cast<int64_t>(items.size());
    if (i < 0) i = std::max<int64_t>(0, i + len);
    if (i > len) i = len;
    items.insert(items.begin() + i, args[1]);
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(L, "pop", [](Vm& vm, Value self, Args args, Value* out) {
    auto& items = static_cast<ListObject*>(self.obj())->items;
    if (items.empty()) return vm.raise(vm.t.IndexError_, "pop from empty list");
    int64_t i = static_cast<int64_t>(items.size()) - 1;
    if (args.n) {
      if (!vm.to_index(args[0], &i)) return Status::Error;
      if (i < 0) i += static_cast<int64_t>(items.size());
      if (i < 0 || i >= static_cast<int64_t>(items.size())) return vm.raise(vm.t.IndexError_, "pop index out of range");
    }
    *out = items[i];
    items.erase(items.begin() + i);
    return Status::Ok;
  });
  vm.add_method(L, "remove", [](Vm& vm, Value self, Args args, Value* out) {
    if (!one_arg(vm, args, self, "remove")) return Status::Error;
    return seq_scan(vm, self, args[0], SeqScan::Remove, 0, INT64_MAX, out);
  });
  vm.add_method(L, "clear", [](Vm& vm, Value self, Args args, Value* out) {
    static_cast<ListObject*>(self.obj())->items.clear();
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(L, "copy", [](Vm& vm, Value self, Args args, Value* out) {
    ListObject* l = vm.new_list();
    l->items = static_cast<ListObject*>(self.obj())->items;
    *out = Value::object(l);
    return Status::Ok;
  });
  vm.add_method(L, "reverse", [](Vm& vm, Value self, Args args, Value* out) {
    auto& items = static_cast<ListObject*>(self.obj())->items;
    std::reverse(items.begin(), items.end());
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(L, "index", seq_index);
  vm.add_method(L, "count", seq_count);
  vm.add_method(L, "sort", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n) return vm.raise(vm.t.TypeError_, "sort() takes no positional arguments");
    Value key = vm.kwarg(args, "key");
    Value rev = vm.kwarg(args, "reverse");
    bool reverse = !rev.is_null() && vm.truthy(rev) == 1;
    return sort_list(vm, static_cast<ListObject*>(self.obj()), key, reverse, true, out);
  });
  vm.add_static_method(vm.t.tuple, "__new__", [](Vm& vm, Value cls, Args args, Value* out) {
    // tuple.__new__(cls, iterable): the base of namedtuple classes.
    std::vector<Value> items;
    if (args.n && !vm.collect_items(args[0], &items)) return Status::Error;
    Value t = vm.make_tuple(std::move(items));
    if (cls.is_object() && cls.obj()->kind == Kind::Type) t.obj()->type = static_cast<TypeObject*>(cls.obj());
    *out = t;
    return Status::Ok;
  });
  vm.add_method(vm.t.tuple, "index", seq_index);
  vm.add_method(vm.t.tuple, "count", seq_count);
}

}  // namespace interleave::vm
