// Builtins that consume an iterable -- list(), tuple(), set(), sum(),
// any(), all(), min(), max(), sorted(), str.join, list.extend -- written
// with Vm::for_each so that a generator feeding them runs as ordinary
// frames (preemptible, collectable) instead of in a nested interpreter.
#include "vm/arg_checks.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

Status sort_list(Vm& vm, ListObject* list, Value key, bool reverse, bool in_place, Value* out);  // sort.cpp

namespace {

// State layout for collecting: values = [iterator, extra..., items...],
// c = index of the first item.
OpaqueObject* collector(Vm& vm, std::initializer_list<Value> extra) {
  OpaqueObject* st = vm.new_opaque();
  st->values.push_back(Value());
  for (Value v : extra) st->values.push_back(v);
  st->c = static_cast<int64_t>(st->values.size());
  return st;
}

Status push_item(Vm& vm, OpaqueObject* st, Value item, Value*, bool*) {
  if (!fits_heap(vm, (st->values.size() + 1) * sizeof(Value))) return Status::Error;  // list(range(2**40))
  st->values.push_back(item);
  vm.heap.account(sizeof(Value));
  return Status::Ok;
}

std::vector<Value> items_of(OpaqueObject* st) {
  return std::vector<Value>(st->values.begin() + st->c, st->values.end());
}

void set_items(ListObject* l, const std::vector<Value>& items) { l->items.assign(items.begin(), items.end()); }

Status collect(Vm& vm, Value iterable, OpaqueObject* st, Vm::DoneFn done, Value* out) {
  return vm.for_each(iterable, st, push_item, done, out);
}

}  // namespace

// The items of an iterable as a tuple, for the instructions that take one
// apart (a, b = x; f(*x); [*x]): a generator feeding them runs as frames.
// With [limit] an int, at most that many items are taken (unpacking two
// names pulls three at most, as CPython's unpack_iterable does).
Status collect_op(Vm& vm, Value iterable, Value limit, Value, Value* out) {
  OpaqueObject* st = collector(vm, {});
  st->a = limit.is_small() ? limit.small_value() : -1;
  return vm.for_each(iterable, st,
      [](Vm& vm, OpaqueObject* st, Value item, Value* out, bool* stop) {
        Status s = push_item(vm, st, item, out, stop);
        if (s == Status::Ok && st->a >= 0 && static_cast<int64_t>(st->values.size()) - st->c >= st->a) {
          *out = vm.make_tuple(items_of(st));
          *stop = true;
        }
        return s;
      },
      [](Vm& vm, OpaqueObject* st, Value* out) {
        *out = vm.make_tuple(items_of(st));
        return Status::Ok;
      },
      out);
}

namespace {

Status list_new(Vm& vm, Value, Args args, Value* out) {
  if (args.n > 1 || args.nkw())
    return vm.raise(vm.t.TypeError_, "list expected at most 1 argument, got " + std::to_string(args.n));
  if (args.n == 0) {
    *out = Value::object(vm.new_list());
    return Status::Ok;
  }
  return collect(vm, args[0], collector(vm, {}), [](Vm& vm, OpaqueObject* st, Value* out) {
    ListObject* l = vm.new_list();
    set_items(l, items_of(st));
    *out = Value::object(l);
    return Status::Ok;
  }, out);
}

Status tuple_new(Vm& vm, Value, Args args, Value* out) {
  if (args.n == 0) {
    *out = Value::object(vm.new_tuple(0));
    return Status::Ok;
  }
  if (args[0].is_object() && args[0].obj()->type == vm.t.tuple) {
    *out = args[0];
    return Status::Ok;
  }
  return collect(vm, args[0], collector(vm, {}), [](Vm& vm, OpaqueObject* st, Value* out) {
    *out = vm.make_tuple(items_of(st));
    return Status::Ok;
  }, out);
}

Status set_new(Vm& vm, Value, Args args, Value* out) {
  if (args.nkw() > 0) return vm.raise(vm.t.TypeError_, "set() takes no keyword arguments");
  if (args.n > 1) return vm.raise(vm.t.TypeError_, "set expected at most 1 argument, got " + std::to_string(args.n));
  SetObject* s = vm.new_set(false);
  if (args.n == 0) {
    *out = Value::object(s);
    return Status::Ok;
  }
  return set_fill(vm, s, args[0], out);
}

Status frozenset_new(Vm& vm, Value, Args args, Value* out) {
  if (args.nkw() > 0) return vm.raise(vm.t.TypeError_, "frozenset() takes no keyword arguments");
  if (args.n > 1) return vm.raise(vm.t.TypeError_, "frozenset expected at most 1 argument, got " + std::to_string(args.n));
  SetObject* s = vm.new_set(true);
  if (args.n == 0) {
    *out = Value::object(s);
    return Status::Ok;
  }
  return set_fill(vm, s, args[0], out);
}

// sum(): values = [iterator, accumulator].
Status builtin_sum(Vm& vm, Value, Args args, Value* out) {
  if (args.n < 1) return vm.raise(vm.t.TypeError_, "sum() takes at least 1 positional argument (0 given)");
  Value acc = args.n > 1 ? args[1] : vm.kwarg(args, "start");
  if (acc.is_null()) acc = Value::small(0);
  if (vm.is_str(acc)) return vm.raise(vm.t.TypeError_, "sum() can't sum strings [use ''.join(seq) instead]");
  OpaqueObject* st = vm.new_opaque();
  st->values = {Value(), acc};
  return vm.for_each(args[0], st,
      [](Vm& vm, OpaqueObject* st, Value item, Value*, bool*) {
        Value acc = st->values[1];
        if (acc.is_small() && item.is_small()) {
          st->values[1] = vm.make_int(acc.small_value() + item.small_value());
          return Status::Ok;
        }
        Value r = vm.binary_op(acc, item, BinaryOp::Add);
        if (r.is_null()) return Status::Error;
        st->values[1] = r;
        return Status::Ok;
      },
      [](Vm& vm, OpaqueObject* st, Value* out) {
        *out = st->values[1];
        return Status::Ok;
      },
      out);
}

Status any_all(Vm& vm, Args args, Value* out, bool is_any) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, std::string(is_any ? "any" : "all") + "() takes exactly one argument (" + std::to_string(args.n) + " given)");
  OpaqueObject* st = vm.new_opaque();
  st->a = is_any;
  return vm.for_each(args[0], st,
      [](Vm& vm, OpaqueObject* st, Value item, Value* out, bool* stop) {
        int t = vm.truthy(item);
        if (t < 0) return Status::Error;
        if (t == st->a) {
          *out = vm.make_bool(st->a);
          *stop = true;
        }
        return Status::Ok;
      },
      [](Vm& vm, OpaqueObject* st, Value* out) {
        *out = vm.make_bool(!st->a);
        return Status::Ok;
      },
      out);
}

Status builtin_any(Vm& vm, Value, Args args, Value* out) { return any_all(vm, args, out, true); }
Status builtin_all(Vm& vm, Value, Args args, Value* out) { return any_all(vm, args, out, false); }

// min()/max() of one iterable: values = [iterator, key, default, best, best_key].
Status min_max_done(Vm& vm, OpaqueObject* st, Value* out) {
  if (st->values[3].is_null()) {
    if (!st->values[2].is_null()) {
      *out = st->values[2];
      return Status::Ok;
    }
    return vm.raise(vm.t.ValueError_, std::string(st->a ? "max" : "min") + "() arg is an empty sequence");
  }
  *out = st->values[3];
  return Status::Ok;
}

Status min_max_consider(Vm& vm, OpaqueObject* st, Value item, Value k);

Status min_max_consider_op(Vm& vm, Value state, Value item, Value k, Value* out) {
  *out = vm.None;
  return min_max_consider(vm, static_cast<OpaqueObject*>(state.obj()), item, k);
}

// The key function's answer for the item parked in values[5]. A Python
// __lt__ comparing it runs as a frame: the comparison is replayed.
Status min_max_key_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* st = static_cast<OpaqueObject*>(state);
  return vm.call_op(min_max_consider_op, Value::object(st), st->values[5], value, out);
}

Status min_max_item(Vm& vm, OpaqueObject* st, Value item, Value*, bool*) {
  Value key = st->values[1];
  if (key.is_null() || key == vm.None) return min_max_consider(vm, st, item, item);
  st->values[5] = item;
  return vm.request_call(key, {item}, min_max_key_cont, st);
}

Status min_max_consider(Vm& vm, OpaqueObject* st, Value item, Value k) {
  if (st->values[3].is_null()) {
    st->values[3] = item;
    st->values[4] = k;
    return Status::Ok;
  }
  int r;
  if (k.is_small() && st->values[4].is_small())
    r = st->a ? k.small_value() > st->values[4].small_value() : k.small_value() < st->values[4].small_value();
  else
    r = vm.compare_bool(k, st->values[4], st->a ? CompareOp::Gt : CompareOp::Lt);
  if (r < 0) return Status::Error;
  if (r) {
    st->values[3] = item;
    st->values[4] = k;
  }
  return Status::Ok;
}

Status min_max(Vm& vm, Args args, Value* out, bool is_max) {
  const char* name = is_max ? "max" : "min";
  if (args.n == 0) return vm.raise(vm.t.TypeError_, std::string(name) + " expected at least 1 argument, got 0");
  OpaqueObject* st = vm.new_opaque();
  st->a = is_max;
  Value key = vm.kwarg(args, "key"), dflt = vm.kwarg(args, "default");
  st->values = {Value(), key, dflt, Value(), Value(), Value()};
  Value source = args.n == 1 ? args[0] : vm.make_tuple(std::vector<Value>(args.v, args.v + args.n));
  return vm.for_each(source, st, min_max_item, min_max_done, out);
}

Status builtin_min(Vm& vm, Value, Args args, Value* out) { return min_max(vm, args, out, false); }
Status builtin_max(Vm& vm, Value, Args args, Value* out) { return min_max(vm, args, out, true); }

Status builtin_sorted(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "sorted expected 1 argument, got " + std::to_string(args.n));
  Value key = vm.kwarg(args, "key"), rev = vm.kwarg(args, "reverse");
  return collect(vm, args[0], collector(vm, {key, rev}), [](Vm& vm, OpaqueObject* st, Value* out) {
    ListObject* l = vm.new_list();
    set_items(l, items_of(st));
    Value rev = st->values[2];
    return sort_list(vm, l, st->values[1], !rev.is_null() && vm.truthy(rev) == 1, false, out);
  }, out);
}

// The items of an exact list or tuple (no iteration protocol to run), or null.
const ValueVector* plain_items(Vm& vm, Value v) {
  if (!v.is_object()) return nullptr;
  Object* o = v.obj();
  if (o->type == vm.t.list) return &static_cast<ListObject*>(o)->items;
  if (o->type == vm.t.tuple) return &static_cast<TupleObject*>(o)->items;
  return nullptr;
}

Status str_join(Vm& vm, Value self, Args args, Value* out) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "str.join() takes exactly one argument (" + std::to_string(args.n) + " given)");
  if (const ValueVector* items = plain_items(vm, args[0])) {
    // A list or tuple of str: one allocation of the exact size.
    const std::string& sep = vm.as_str(self)->text;
    size_t n = items->size(), total = n ? sep.size() * (n - 1) : 0;
    bool all_str = true;
    for (size_t i = 0; i < n; ++i) {
      Value v = (*items)[i];
      if (!vm.is_str(v)) {
        all_str = false;
        break;
      }
      total += vm.as_str(v)->text.size();
    }
    if (all_str) {
      std::string r;
      r.reserve(total);
      for (size_t i = 0; i < n; ++i) {
        if (i) r += sep;
        r += vm.as_str((*items)[i])->text;
      }
      *out = vm.make_str(std::move(r));
      return Status::Ok;
    }
  }
  return collect(vm, args[0], collector(vm, {self}), [](Vm& vm, OpaqueObject* st, Value* out) {
    const std::string& sep = vm.as_str(st->values[1])->text;
    std::string r;
    for (size_t i = static_cast<size_t>(st->c); i < st->values.size(); ++i) {
      Value v = st->values[i];
      size_t idx = i - static_cast<size_t>(st->c);
      if (!vm.is_str(v))
        return vm.raise(vm.t.TypeError_, "sequence item " + std::to_string(idx) + ": expected str instance, " +
                                             vm.type_name(v) + " found");
      if (idx) r += sep;
      r += vm.as_str(v)->text;
      if (!fits_heap(vm, r.size())) return Status::Error;
    }
    *out = vm.make_str(std::move(r));
    return Status::Ok;
  }, out);
}

Status list_extend(Vm& vm, Value self, Args args, Value* out) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "list.extend() takes exactly one argument (" + std::to_string(args.n) + " given)");
  if (const ValueVector* from = plain_items(vm, args[0])) {
    // A list or tuple: copy its items directly (xs.extend(xs) included).
    auto& dst = static_cast<ListObject*>(self.obj())->items;
    size_t n = from->size();
    if (from == &dst) {
      ValueVector copy(*from);
      dst.insert(dst.end(), copy.begin(), copy.end());
    } else {
      dst.insert(dst.end(), from->begin(), from->end());
    }
    vm.heap.account(n * sizeof(Value));
    *out = vm.None;
    return Status::Ok;
  }
  return collect(vm, args[0], collector(vm, {self}), [](Vm& vm, OpaqueObject* st, Value* out) {
    auto& dst = static_cast<ListObject*>(st->values[1].obj())->items;
    dst.insert(dst.end(), st->values.begin() + st->c, st->values.end());
    *out = vm.None;
    return Status::Ok;
  }, out);
}

}  // namespace

void init_consumers(Vm& vm) {
  vm.t.list->constructor = list_new;
  vm.t.tuple->constructor = tuple_new;
  vm.t.set->constructor = set_new;
  vm.t.frozenset->constructor = frozenset_new;
  auto def = [&](const char* name, NativeFn fn) {
    vm.add_attr(vm.builtins, name, Value::object(vm.new_native(name, fn)));
  };
  def("sum", builtin_sum);
  def("any", builtin_any);
  def("all", builtin_all);
  def("min", builtin_min);
  def("max", builtin_max);
  def("sorted", builtin_sorted);
  vm.add_method(vm.t.str, "join", str_join);
  vm.add_method(vm.t.list, "extend", list_extend);
}

}  // namespace interleave::vm
