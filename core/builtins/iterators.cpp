// Built-in iterators: over lists, tuples, strings, ranges, dicts and sets,
// and the lazy builtins enumerate, zip, map, filter, reversed.
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

Status list_next(Vm& vm, IteratorObject* it, Value* out) {
  auto& items = static_cast<ListObject*>(it->source.obj())->items;
  if (it->index < static_cast<int64_t>(items.size())) {
    *out = items[it->index++];
  } else {
    *out = Value();
  }
  return Status::Ok;
}

Status tuple_next(Vm& vm, IteratorObject* it, Value* out) {
  auto& items = static_cast<TupleObject*>(it->source.obj())->items;
  *out = it->index < static_cast<int64_t>(items.size()) ? items[it->index++] : Value();
  return Status::Ok;
}

Status str_next(Vm& vm, IteratorObject* it, Value* out) {
  const std::string& s = static_cast<StrObject*>(it->source.obj())->text;
  size_t i = static_cast<size_t>(it->index);
  if (i >= s.size()) {
    *out = Value();
    return Status::Ok;
  }
  size_t j = i + 1;
  while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
  *out = j - i == 1 ? Value::object(vm.intern(std::string_view(s).substr(i, 1))) : vm.make_str(s.substr(i, j - i));
  it->index = static_cast<int64_t>(j);
  return Status::Ok;
}

Status bytes_next(Vm& vm, IteratorObject* it, Value* out) {
  const std::string& s = static_cast<BytesObject*>(it->source.obj())->data;
  *out = it->index < static_cast<int64_t>(s.size()) ? vm.make_int(static_cast<unsigned char>(s[it->index++])) : Value();
  return Status::Ok;
}

Status range_next(Vm& vm, IteratorObject* it, Value* out) {
  if (it->index < it->limit) {
    // The value lies between start and stop even when index * step overflows.
    *out = vm.make_int(static_cast<int64_t>(static_cast<uint64_t>(vm.int_of(it->aux2)) +
                                            static_cast<uint64_t>(it->index) * static_cast<uint64_t>(it->step)));
    ++it->index;
  } else {
    *out = Value();
  }
  return Status::Ok;
}

// Dict iterators: limit = 0 keys, 1 values, 2 items; aux2 = size at start,
// step = the items still expected (CPython's di_len: one more means keys
// were deleted and others added meanwhile).
Status dict_next(Vm& vm, IteratorObject* it, Value* out) {
  auto* d = static_cast<DictObject*>(it->source.obj());
  if (d->used != it->aux2.small_value()) {
    it->aux2 = Value::small(-1);
    return vm.raise(vm.t.RuntimeError_, "dictionary changed size during iteration");
  }
  while (it->index < static_cast<int64_t>(d->entries.size())) {
    auto& e = d->entries[it->index++];
    if (e.key.is_null()) continue;
    if (it->step <= 0) {
      it->index = static_cast<int64_t>(d->entries.size());
      it->aux2 = Value::small(d->used);
      return vm.raise(vm.t.RuntimeError_, "dictionary keys changed during iteration");
    }
    --it->step;
    if (it->limit == 0) *out = e.key;
    else if (it->limit == 1) *out = e.value;
    else *out = vm.make_tuple({e.key, e.value});
    return Status::Ok;
  }
  *out = Value();
  return Status::Ok;
}

Status set_next(Vm& vm, IteratorObject* it, Value* out) {
  auto* s = static_cast<SetObject*>(it->source.obj());
  if (s->used != it->aux2.small_value()) return vm.raise(vm.t.RuntimeError_, "Set changed size during iteration");
  while (it->index < static_cast<int64_t>(s->table.size())) {
    auto& e = s->table[it->index++];
    if (!e.key.is_null()) {
      *out = e.key;
      return Status::Ok;
    }
  }
  *out = Value();
  return Status::Ok;
}

Status enumerate_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* it = static_cast<IteratorObject*>(state);
  *out = vm.make_tuple({vm.make_int(it->index++), value});
  return Status::Ok;
}

// The source may be a generator: then its item arrives in enumerate_cont
// (and its end as StopIteration), without a nested interpreter run.
Status enumerate_next(Vm& vm, IteratorObject* it, Value* out) {
  Value item;
  Status s = op_next(vm, it->source, &item);
  if (s == Status::Call) {
    vm.chain_cont(enumerate_cont, it);
    return s;
  }
  if (s != Status::Ok) return s;
  if (item.is_null()) {
    *out = Value();
    return Status::Ok;
  }
  *out = vm.make_tuple({vm.make_int(it->index++), item});
  return Status::Ok;
}

// zip's and map's next item of each source in turn. A generator (or a
// Python __next__) among the sources runs as a frame: the items gathered so
// far wait in a list in it->aux2 and gather_cont goes on with the rest.
Status gather_step(Vm& vm, IteratorObject* it, Value* out, bool in_cont);

// All sources gave an item: zip's tuple, or map's call of its function.
Status gather_done(Vm& vm, IteratorObject* it, Value* out) {
  auto* items = static_cast<ListObject*>(it->aux2.obj());
  it->aux2 = Value();
  if (it->type == vm.t.map) return vm.request_call(it->aux, Value(), items->items.data(), items->items.size(), nullptr, nullptr);
  TupleObject* t = vm.new_tuple(items->items.size());
  for (size_t i = 0; i < items->items.size(); ++i) t->items[i] = items->items[i];
  *out = Value::object(t);
  return Status::Ok;
}

// strict=True's complaint about source [k] (0-based), worded as CPython's.
std::string zip_strict_message(size_t k, const char* what) {
  return "zip() argument " + std::to_string(k + 1) + " is " + what + " than argument" +
         (k == 1 ? std::string(" 1") : "s 1-" + std::to_string(k));
}

// The zip (or map) is exhausted. A strict zip whose first source ended
// checks that the others end too (it->step = 1 while it does).
Status gather_end(Vm& vm, IteratorObject* it, Value* out, bool in_cont) {
  it->aux2 = Value();
  it->step = 0;
  if (in_cont) return vm.raise(vm.t.StopIteration_, "");  // exhaustion after a call is StopIteration
  *out = Value();
  return Status::Ok;
}

// Source [k] is exhausted.
Status gather_exhausted(Vm& vm, IteratorObject* it, size_t k, Value* out, bool in_cont) {
  bool strict = it->type == vm.t.zip && it->limit;
  if (!strict) return gather_end(vm, it, out, in_cont);
  if (it->step == 0 && k > 0) {
    it->aux2 = Value();
    return vm.raise(vm.t.ValueError_, zip_strict_message(k, "shorter"));
  }
  // Strict: the first source (or, while checking, source k) ended; the next must end too.
  it->step = 1;
  auto* items = static_cast<ListObject*>(it->aux2.obj());
  items->items.push_back(vm.None);
  if (items->items.size() == it->extra.size()) return gather_end(vm, it, out, in_cont);
  return gather_step(vm, it, out, in_cont);
}

// Source [k] gave [item].
Status gather_item(Vm& vm, IteratorObject* it, Value item, Value* out, bool in_cont) {
  auto* items = static_cast<ListObject*>(it->aux2.obj());
  if (it->step == 1) {
    size_t k = items->items.size();
    it->aux2 = Value();
    it->step = 0;
    return vm.raise(vm.t.ValueError_, zip_strict_message(k, "longer"));
  }
  items->items.push_back(item);
  return gather_step(vm, it, out, in_cont);
}

Status gather_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  auto* it = static_cast<IteratorObject*>(state);
  auto* items = static_cast<ListObject*>(it->aux2.obj());
  if (incoming != Status::Ok) {
    if (!vm.exception_matches(vm.thread->exc, Value::object(vm.t.StopIteration_))) {
      it->aux2 = Value();
      it->step = 0;
      return incoming;
    }
    vm.thread->exc = Value();
    return gather_exhausted(vm, it, items->items.size(), out, true);
  }
  return gather_item(vm, it, value, out, true);
}

Status gather_step(Vm& vm, IteratorObject* it, Value* out, bool in_cont) {
  auto* items = static_cast<ListObject*>(it->aux2.obj());
  while (items->items.size() < it->extra.size()) {
    size_t k = items->items.size();
    Value item;
    Status s = op_next(vm, it->extra[k], &item);
    if (s == Status::Call) {
      vm.chain_cont(gather_cont, it);
      return s;
    }
    if (s != Status::Ok) {
      it->aux2 = Value();
      it->step = 0;
      return s;
    }
    if (item.is_null()) return gather_exhausted(vm, it, k, out, in_cont);
    return gather_item(vm, it, item, out, in_cont);
  }
  return gather_done(vm, it, out);
}

Status zip_next(Vm& vm, IteratorObject* it, Value* out) {
  if (it->extra.empty()) {
    *out = Value();
    return Status::Ok;
  }
  it->aux2 = Value::object(vm.new_list(0));
  return gather_step(vm, it, out, false);
}

Status map_item_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* it = static_cast<IteratorObject*>(state);
  return vm.request_call(it->aux, {value});
}

Status map_next(Vm& vm, IteratorObject* it, Value* out) {
  if (it->extra.size() == 1) {
    Value item;
    Status s = op_next(vm, it->extra[0], &item);
    if (s == Status::Call) {
      vm.chain_cont(map_item_cont, it);
      return s;
    }
    if (s != Status::Ok) return s;
    if (item.is_null()) {
      *out = Value();
      return Status::Ok;
    }
    return vm.request_call(it->aux, {item});
  }
  it->aux2 = Value::object(vm.new_list(0));
  return gather_step(vm, it, out, false);
}

Status filter_next(Vm& vm, IteratorObject* it, Value* out);

// filter's predicate result for the candidate kept in aux2.
Status filter_pred_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* it = static_cast<IteratorObject*>(state);
  int t;
  Status ts = truth_of(vm, value, &t);
  if (ts == Status::Call) vm.chain_cont(filter_pred_cont, it);  // back here with a bool
  if (ts != Status::Ok) return ts;
  if (t) {
    *out = it->aux2;
    return Status::Ok;
  }
  Status s = filter_next(vm, it, out);
  if (s == Status::Ok && out->is_null()) return vm.raise(vm.t.StopIteration_, "");
  return s;
}

Status filter_test(Vm& vm, IteratorObject* it, Value item, Value* out) {
  if (it->aux == vm.None) {
    int t;
    Status s = truth_of(vm, item, &t);
    if (s == Status::Call) {
      // The item's Python __bool__ answers filter_pred_cont.
      it->aux2 = item;
      vm.chain_cont(filter_pred_cont, it);
    }
    if (s != Status::Ok) return s;
    if (t) {
      *out = item;
      return Status::Ok;
    }
    return Status::Block;  // "not kept": the caller continues
  }
  it->aux2 = item;
  return vm.request_call(it->aux, {item}, filter_pred_cont, it);
}

Status filter_item_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* it = static_cast<IteratorObject*>(state);
  Status s = filter_test(vm, it, value, out);
  if (s != Status::Block) return s;
  s = filter_next(vm, it, out);
  if (s == Status::Ok && out->is_null()) return vm.raise(vm.t.StopIteration_, "");
  return s;
}

Status filter_next(Vm& vm, IteratorObject* it, Value* out) {
  for (;;) {
    Value item;
    Status s = op_next(vm, it->source, &item);
    if (s == Status::Call) {
      vm.chain_cont(filter_item_cont, it);
      return s;
    }
    if (s != Status::Ok) return s;
    if (item.is_null()) {
      *out = Value();
      return Status::Ok;
    }
    s = filter_test(vm, it, item, out);
    if (s != Status::Block) return s;
  }
}

Status reversed_next(Vm& vm, IteratorObject* it, Value* out) {
  if (it->index <= 0) {
    *out = Value();
    return Status::Ok;
  }
  --it->index;
  Value r = vm.get_item(it->source, vm.make_int(it->index));
  if (r.is_null()) return Status::Error;
  *out = r;
  return Status::Ok;
}

IteratorObject* make_iter(Vm& vm, TypeObject* type, IterNextFn fn, Value src) {
  IteratorObject* it = vm.new_iterator(fn, src);
  it->type = type;
  return it;
}

}  // namespace

Status deque_iter(Vm& vm, Value d, Value* out);      // deque.cpp
Status deque_reversed(Vm& vm, Value d, Value* out);  // deque.cpp

Status builtin_iter(Vm& vm, Value v, Value* out) {
  if (!v.is_object()) return Status::Call;
  Object* o = v.obj();
  IteratorObject* it = nullptr;
  switch (o->kind) {
    case Kind::List: it = make_iter(vm, vm.t.list_iterator, list_next, v); break;
    case Kind::Tuple: it = make_iter(vm, vm.t.tuple_iterator, tuple_next, v); break;
    case Kind::Deque: return deque_iter(vm, v, out);
    case Kind::Str: it = make_iter(vm, vm.t.str_iterator, str_next, v); break;
    case Kind::Bytes: it = make_iter(vm, vm.t.iterator, bytes_next, v); break;
    case Kind::Range: {
      auto* r = static_cast<RangeObject*>(o);
      it = make_iter(vm, vm.t.range_iterator, range_next, v);
      it->aux2 = vm.make_int(r->start);
      it->step = r->step;
      it->limit = r->length;
      int64_t end;
      if (!Value::fits_small(r->start) || __builtin_mul_overflow(r->length, r->step, &end) ||
          __builtin_add_overflow(r->start, end, &end) || !Value::fits_small(end))
        it->type = vm.t.iterator;
      break;
    }
    case Kind::Dict:
      it = make_iter(vm, vm.t.dict_keyiterator, dict_next, v);
      it->aux2 = Value::small(static_cast<DictObject*>(o)->used);
      it->step = static_cast<DictObject*>(o)->used;
      break;
    case Kind::Set:
    case Kind::FrozenSet:
      it = make_iter(vm, vm.t.set_iterator, set_next, v);
      it->aux2 = Value::small(static_cast<SetObject*>(o)->used);
      break;
    case Kind::Generator:
    case Kind::Iterator:
      if (o->type == vm.t.dict_keys || o->type == vm.t.dict_values || o->type == vm.t.dict_items) {
        auto* view = static_cast<IteratorObject*>(o);
        auto* d = static_cast<DictObject*>(view->source.obj());
        it = make_iter(vm, o->type == vm.t.dict_keys ? vm.t.dict_keyiterator
                                                      : o->type == vm.t.dict_values ? vm.t.dict_valueiterator
                                                                                    : vm.t.dict_itemiterator,
                       dict_next, view->source);
        it->limit = view->limit;
        it->aux2 = Value::small(d->used);
        it->step = d->used;
        break;
      }
      *out = v;
      return Status::Ok;
    default: {
      // Built-in types with a native __iter__.
      Value m = vm.lookup_type(o->type, vm.n.__iter__);
      if (!m.is_null()) return vm.request_call(m, {v});
      return Status::Call;
    }
  }
  *out = Value::object(it);
  return Status::Ok;
}

Value dict_view(Vm& vm, Value dict, int which) {
  TypeObject* t = which == 0 ? vm.t.dict_keys : which == 1 ? vm.t.dict_values : vm.t.dict_items;
  IteratorObject* v = vm.new_iterator(nullptr, dict);
  v->type = t;
  v->limit = which;
  v->next = [](Vm& vm, IteratorObject* it, Value* out) -> Status {
    return vm.raise(vm.t.TypeError_, std::string("'") + it->type->name->text + "' object is not an iterator");
  };
  return Value::object(v);
}

static Status iter_self(Vm& vm, Value self, Args, Value* out) {
  *out = self;
  return Status::Ok;
}

static Status iter_next_method(Vm& vm, Value self, Args, Value* out) {
  Status s = op_next(vm, self, out);
  if (s == Status::Ok && out->is_null()) return vm.raise(vm.t.StopIteration_, "");
  return s;
}

void init_iterators(Vm& vm) {
  for (TypeObject* t : {vm.t.iterator, vm.t.list_iterator, vm.t.tuple_iterator, vm.t.range_iterator, vm.t.str_iterator,
                        vm.t.dict_keyiterator, vm.t.dict_valueiterator, vm.t.dict_itemiterator, vm.t.set_iterator,
                        vm.t.enumerate, vm.t.zip, vm.t.map, vm.t.filter, vm.t.reversed}) {
    vm.add_method(t, "__iter__", iter_self);
    vm.add_method(t, "__next__", iter_next_method);
  }
  for (TypeObject* t : {vm.t.dict_keys, vm.t.dict_values, vm.t.dict_items}) {
    vm.add_method(t, "__len__", [](Vm& vm, Value self, Args, Value* out) {
      *out = vm.make_int(static_cast<DictObject*>(static_cast<IteratorObject*>(self.obj())->source.obj())->used);
      return Status::Ok;
    });
    vm.add_method(t, "__repr__", [](Vm& vm, Value self, Args, Value* out) {
      std::vector<Value> items;
      if (!vm.collect_items(self, &items)) return Status::Error;
      ListObject* l = vm.new_list();
      l->items.assign(items.begin(), items.end());
      std::string s = self.obj()->type->name->text + "(";
      if (!vm.repr_append(s, Value::object(l))) return Status::Error;
      *out = vm.make_str(s + ")");
      return Status::Ok;
    });
  }
  vm.t.enumerate->constructor = [](Vm& vm, Value, Args args, Value* out) -> Status {
    Value src = args.n ? args[0] : vm.kwarg(args, "iterable");
    if (src.is_null()) return vm.raise(vm.t.TypeError_, "enumerate() missing required argument 'iterable' (pos 1)");
    Value it = vm.get_iter(src);
    if (it.is_null()) return Status::Error;
    IteratorObject* e = make_iter(vm, vm.t.enumerate, enumerate_next, it);
    Value start = args.n > 1 ? args[1] : vm.kwarg(args, "start");
    if (!start.is_null() && !vm.to_index(start, &e->index)) return Status::Error;
    *out = Value::object(e);
    return Status::Ok;
  };
  vm.t.zip->constructor = [](Vm& vm, Value, Args args, Value* out) -> Status {
    IteratorObject* z = make_iter(vm, vm.t.zip, zip_next, Value());
    for (int i = 0; i < args.n; ++i) {
      Value it = vm.get_iter(args[i]);
      if (it.is_null()) {
        if (vm.get_iter_fails(args[i])) {
          vm.thread->exc = Value();
          return vm.raise(vm.t.TypeError_, "zip argument #" + std::to_string(i + 1) + " must support iteration");
        }
        return Status::Error;
      }
      z->extra.push_back(it);
    }
    Value strict = vm.kwarg(args, "strict");
    z->limit = !strict.is_null() && strict == vm.True;
    *out = Value::object(z);
    return Status::Ok;
  };
  vm.t.map->constructor = [](Vm& vm, Value, Args args, Value* out) -> Status {
    if (args.n < 2) return vm.raise(vm.t.TypeError_, "map() must have at least two arguments.");
    IteratorObject* m = make_iter(vm, vm.t.map, map_next, Value());
    m->aux = args[0];
    for (int i = 1; i < args.n; ++i) {
      Value it = vm.get_iter(args[i]);
      if (it.is_null()) return Status::Error;
      m->extra.push_back(it);
    }
    *out = Value::object(m);
    return Status::Ok;
  };
  vm.t.filter->constructor = [](Vm& vm, Value, Args args, Value* out) -> Status {
    if (args.n != 2) return vm.raise(vm.t.TypeError_, "filter expected 2 arguments, got " + std::to_string(args.n));
    Value it = vm.get_iter(args[1]);
    if (it.is_null()) return Status::Error;
    IteratorObject* f = make_iter(vm, vm.t.filter, filter_next, it);
    f->aux = args[0];
    *out = Value::object(f);
    return Status::Ok;
  };
  vm.t.reversed->constructor = [](Vm& vm, Value, Args args, Value* out) -> Status {
    if (args.n != 1) return vm.raise(vm.t.TypeError_, "reversed expected 1 argument, got " + std::to_string(args.n));
    Value src = args[0];
    if (src.is_object() && src.obj()->type->is_heap_type) {
      Value m = vm.lookup_type(src.obj()->type, vm.n.__reversed__);
      if (!m.is_null()) return vm.request_call(m, {src});
    }
    if (src.is_object() && src.obj()->kind == Kind::Deque) return deque_reversed(vm, src, out);
    if (src.is_object() && (src.obj()->kind == Kind::Dict)) {
      std::vector<Value> keys;
      for (auto& e : static_cast<DictObject*>(src.obj())->entries)
        if (!e.key.is_null()) keys.push_back(e.key);
      ListObject* l = vm.new_list();
      l->items.assign(keys.begin(), keys.end());
      src = Value::object(l);
    }
    int64_t n;
    if (!src.is_object() || src.obj()->kind == Kind::Set || src.obj()->kind == Kind::Generator ||
        src.obj()->kind == Kind::Iterator || !vm.len(src, &n)) {
      vm.thread->exc = Value();
      return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(args[0]) + "' object is not reversible");
    }
    IteratorObject* r = make_iter(vm, vm.t.reversed, reversed_next, src);
    r->index = n;
    *out = Value::object(r);
    return Status::Ok;
  };
  vm.t.range->constructor = [](Vm& vm, Value, Args args, Value* out) -> Status {
    int64_t a = 0, b = 0, c = 1, v[3] = {0, 0, 1};
    for (int i = 0; i < args.n && i < 3; ++i)
      if (!vm.to_index(args[i], &v[i])) return Status::Error;
    if (args.n == 1) {
      b = v[0];
    } else if (args.n == 2 || args.n == 3) {
      a = v[0];
      b = v[1];
      if (args.n == 3) c = v[2];
    } else if (args.n == 0) {
      return vm.raise(vm.t.TypeError_, "range expected at least 1 argument, got 0");
    } else {
      return vm.raise(vm.t.TypeError_, "range expected at most 3 arguments, got " + std::to_string(args.n));
    }
    if (c == 0) return vm.raise(vm.t.ValueError_, "range() arg 3 must not be zero");
    __int128 wide = 0;  // b - a overflows int64 for range(-2**63, 2**63 - 1)
    if (c > 0 && a < b) wide = (static_cast<__int128>(b) - a - 1) / c + 1;
    if (c < 0 && a > b) wide = (static_cast<__int128>(a) - b - 1) / -static_cast<__int128>(c) + 1;
    if (wide > INT64_MAX) return vm.raise(vm.t.OverflowError_, "range() is too long for Interleave's 64-bit int");
    int64_t len = static_cast<int64_t>(wide);
    *out = Value::object(vm.heap.make<RangeObject>(vm.t.range, a, b, c, len));
    return Status::Ok;
  };
  vm.add_method(vm.t.range, "index", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "index() takes exactly one argument (" + std::to_string(args.n) + " given)");
    auto* r = static_cast<RangeObject*>(self.obj());
    if (!vm.is_int(args[0])) return vm.raise(vm.t.ValueError_, "sequence.index(x): x not in sequence");
    int64_t x = vm.int_of(args[0]);
    if (r->length && (static_cast<__int128>(x) - r->start) % r->step == 0) {
      __int128 i = (static_cast<__int128>(x) - r->start) / r->step;
      if (i >= 0 && i < r->length) {
        *out = vm.make_int(static_cast<int64_t>(i));
        return Status::Ok;
      }
    }
    return vm.raise(vm.t.ValueError_, std::to_string(x) + " is not in range");
  });
  vm.add_method(vm.t.range, "count", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "count() takes exactly one argument (" + std::to_string(args.n) + " given)");
    Value r;
    if (op_contains(vm, self, args[0], &r) != Status::Ok) return Status::Error;
    *out = vm.make_int(r == vm.True ? 1 : 0);
    return Status::Ok;
  });
}

}  // namespace interleave::vm
