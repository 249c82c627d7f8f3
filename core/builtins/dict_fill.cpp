// Filling a dict from another object, and comparing two dicts: dict(x),
// dict.__init__, update(), dict.fromkeys() and ==. Each key (with its
// value) is a step of Vm::for_each, so a key's Python __hash__/__eq__, a
// mapping's __getitem__ or a value's __eq__ runs as a frame the scheduler
// can preempt, however many keys there are. The steps follow dictobject.c:
// a dict's or set's keys bring their stored hashes (no second __hash__
// call), a mapping's keys() are listed before the first __getitem__, and
// the pairs of a sequence are checked one by one.
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

DictObject* D(Value v) { return static_cast<DictObject*>(v.obj()); }

// Where a step's key and value come from.
enum class Fill : uint8_t {
  Keys,     // the item is the key; the value is kValue (fromkeys)
  Entries,  // the items are a dict's keys, with their hashes and kValues' values
  Pairs,    // the item is a (key, value) sequence
  Mapping,  // the item is a key of the mapping kSource: the value is kSource[key]
  Collect,  // the item is a key of a mapping's keys(), put in kValues (a list)
  Compare,  // dict ==: the item is a key of kSource (hashed), its value in kValues
};

enum Slot : size_t { kIter, kDict, kValue, kSource, kValues, kKwargs, kSlots };

struct DictJob;
using Then = Status (*)(Vm& vm, DictJob* job, Value* out);

struct DictJob : OpaqueObject {
  Fill fill = Fill::Keys;
  bool hashed = false;
  bool setitem = false;  // fromkeys into a subclass instance: d[k] = v, its __setitem__
  std::vector<int64_t> hashes;
  size_t next = 0;
  Then then = nullptr;
  Value stop_result, done_result;
  TupleObject* kwnames = nullptr;  // keyword arguments (values in kKwargs)
  explicit DictJob(TypeObject* t) : OpaqueObject(t) { values.resize(kSlots); }
  void trace(Tracer& tr) override {
    OpaqueObject::trace(tr);
    tr.visit(stop_result);
    tr.visit(done_result);
    tr.visit(reinterpret_cast<Object*>(kwnames));
  }
  size_t footprint() const override { return OpaqueObject::footprint() + hashes.capacity() * 8; }
};

DictJob* new_job(Vm& vm) { return vm.heap.make<DictJob>(vm.t.opaque); }

Value nth(DictJob* job, Slot s) { return static_cast<TupleObject*>(job->values[s].obj())->items[job->next]; }

// Puts one key and value in the job's dict.
Status put(Vm& vm, DictJob* job, Value key, Value value) {
  DictObject* d = D(job->values[kDict]);
  if (job->setitem) {
    if (vm.set_item(job->values[kDict], key, value) != Status::Ok) return Status::Error;
  } else if (job->hashed) {
    if (!vm.dict_set_hashed(d, key, job->hashes[job->next], value)) return Status::Error;
  } else if (!vm.dict_set(d, key, value)) {
    return Status::Error;
  }
  ++job->next;
  return Status::Ok;
}

Status put_pair(Vm& vm, DictJob* job, const ValueVector& kv) {
  if (kv.size() != 2)
    return vm.raise(vm.t.ValueError_, "dictionary update sequence element #" + std::to_string(job->next) +
                                          " has length " + std::to_string(kv.size()) + "; 2 is required");
  return put(vm, job, kv[0], kv[1]);
}

// A pair that is not a list or tuple is listed first (PySequence_Fast), in
// a loop of its own: a generator's items come as frames, however many.
enum PairSlot : size_t { kPairIter, kPairJob, kPairItems, kPairSlots };

Status pair_item(Vm& vm, OpaqueObject* o, Value item, Value* out, bool* stop) {
  static_cast<ListObject*>(o->values[kPairItems].obj())->items.push_back(item);
  return Status::Ok;
}

Status pair_done(Vm& vm, OpaqueObject* o, Value* out) {
  *out = vm.None;
  return put_pair(vm, static_cast<DictJob*>(o->values[kPairJob].obj()),
                  static_cast<ListObject*>(o->values[kPairItems].obj())->items);
}

// One key (and value).
Status fill_step(Vm& vm, OpaqueObject* o, Value item, Value* out, bool* stop) {
  auto* job = static_cast<DictJob*>(o);
  Value key = item, value;
  switch (job->fill) {
    case Fill::Keys:
      value = job->values[kValue];
      break;
    case Fill::Entries:
      value = nth(job, kValues);
      break;
    case Fill::Pairs: {
      if (item.is_object() && (item.obj()->kind == Kind::List || item.obj()->kind == Kind::Tuple) &&
          !item.obj()->type->is_heap_type) {
        // A copy: a Python __hash__ may change the list.
        ValueVector kv = item.obj()->kind == Kind::List ? static_cast<ListObject*>(item.obj())->items
                                                        : static_cast<TupleObject*>(item.obj())->items;
        return put_pair(vm, job, kv);
      }
      if (vm.get_iter_fails(item))
        return vm.raise(vm.t.TypeError_, "cannot convert dictionary update sequence element #" +
                                             std::to_string(job->next) + " to a sequence");
      OpaqueObject* pair = vm.new_opaque();
      pair->values.resize(kPairSlots);
      pair->values[kPairJob] = Value::object(job);
      pair->values[kPairItems] = Value::object(vm.new_list());
      return vm.for_each(item, pair, pair_item, pair_done, out);
    }
    case Fill::Mapping:
      value = vm.get_item(job->values[kSource], key);
      if (value.is_null()) return Status::Error;
      break;
    case Fill::Collect:
      static_cast<ListObject*>(job->values[kValues].obj())->items.push_back(item);
      ++job->next;
      return Status::Ok;
    case Fill::Compare: {
      // dict_equal: the other dict's value for this key (found with the
      // stored hash), then the two values' ==, identity first.
      bool err = false;
      Value other = vm.dict_get_hashed(D(job->values[kSource]), key, job->hashes[job->next], &err);
      if (err) return Status::Error;
      int eq = 0;
      if (!other.is_null()) {
        eq = vm.eq(nth(job, kValues), other);
        if (eq < 0) return Status::Error;
      }
      if (!eq) {
        *out = job->stop_result;
        *stop = true;
      }
      ++job->next;
      return Status::Ok;
    }
  }
  return put(vm, job, key, value);
}

Status fill_done(Vm& vm, OpaqueObject* o, Value* out) {
  auto* job = static_cast<DictJob*>(o);
  return job->then(vm, job, out);
}

Status run(Vm& vm, DictJob* job, Value items, Fill fill, Then then, Value* out) {
  job->fill = fill;
  job->then = then;
  job->next = 0;
  job->values[kIter] = Value();
  return vm.for_each(items, job, fill_step, fill_done, out);
}

// A dict's keys with their hashes (and its values), or a set's keys.
Status run_hashed(Vm& vm, DictJob* job, Value src, Fill fill, Then then, Value* out) {
  TupleObject* keys = vm.new_tuple(0);
  TupleObject* vals = vm.new_tuple(0);
  job->hashes.clear();
  if (src.obj()->kind == Kind::Dict) {
    for (auto& e : D(src)->entries) {
      if (e.key.is_null()) continue;
      keys->items.push_back(e.key);
      vals->items.push_back(e.value);
      job->hashes.push_back(e.hash);
    }
  } else {
    for (auto& e : static_cast<SetObject*>(src.obj())->table) {
      if (e.key.is_null()) continue;
      keys->items.push_back(e.key);
      job->hashes.push_back(e.hash);
    }
  }
  job->hashed = true;
  vm.heap.account((keys->items.size() + vals->items.size()) * sizeof(Value) + job->hashes.size() * sizeof(int64_t));
  job->values[kValues] = Value::object(vals);
  return run(vm, job, Value::object(keys), fill, then, out);
}

// The keyword arguments of dict(...) / update(...), then the result.
Status finish_fill(Vm& vm, DictJob* job, Value* out) {
  if (job->kwnames) {
    auto& vals = static_cast<TupleObject*>(job->values[kKwargs].obj())->items;
    for (size_t k = 0; k < vals.size(); ++k)
      if (!vm.dict_set(D(job->values[kDict]), job->kwnames->items[k], vals[k])) return Status::Error;
  }
  *out = job->done_result.is_null() ? job->values[kDict] : job->done_result;
  return Status::Ok;
}

// A mapping's keys() listed: now each key's value.
Status mapping_values(Vm& vm, DictJob* job, Value* out) {
  job->hashed = false;
  return run(vm, job, job->values[kValues], Fill::Mapping, finish_fill, out);
}

// keys() answered: its items are listed first (PyMapping_Keys).
Status keys_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* job = static_cast<DictJob*>(state);
  job->values[kValues] = Value::object(vm.new_list());
  return run(vm, job, value, Fill::Collect, mapping_values, out);
}

bool uses_dict_iter(Vm& vm, Value v) {
  if (v.obj()->type == vm.t.dict) return true;
  Value it = vm.lookup_type(v.obj()->type, vm.n.__iter__);
  return !(it.is_object() && it.obj()->kind == Kind::Function);
}

// dict_update_arg then the keywords: [src] is a dict, a mapping (it has
// keys()) or a sequence of pairs.
Status update_from(Vm& vm, Value dict, Value src, Args args, Value done_result, Value* out) {
  DictJob* job = new_job(vm);
  job->values[kDict] = dict;
  job->done_result = done_result;
  if (args.nkw() > 0) {
    job->kwnames = args.kwnames;
    TupleObject* vals = vm.new_tuple(0);
    vals->items.assign(args.v + args.n, args.v + args.n + args.nkw());
    job->values[kKwargs] = Value::object(vals);
  }
  if (src.is_null()) return finish_fill(vm, job, out);
  if (src.is_object() && src.obj()->kind == Kind::Dict && uses_dict_iter(vm, src)) {
    if (vm.dict_clone(D(dict), D(src))) return finish_fill(vm, job, out);
    vm.dict_presize(D(dict), D(src)->used);
    return run_hashed(vm, job, src, Fill::Entries, finish_fill, out);
  }
  Value keys = vm.get_attr_opt(src, vm.n.keys);
  if (!keys.is_null()) {
    job->values[kSource] = src;
    return vm.request_call(keys, {}, keys_cont, job);
  }
  if (!vm.thread->exc.is_null()) return Status::Error;
  return run(vm, job, src, Fill::Pairs, finish_fill, out);
}

// dict.fromkeys(iterable, value=None) on cls.
Status fromkeys_fill(Vm& vm, Value d, Value iterable, Value value, Value* out) {
  DictJob* job = new_job(vm);
  job->values[kDict] = d;
  job->values[kValue] = value;
  bool exact = d.obj()->type == vm.t.dict;
  if (exact && iterable.is_object() &&
      (iterable.obj()->type == vm.t.dict || iterable.obj()->type == vm.t.set ||
       iterable.obj()->type == vm.t.frozenset)) {
    // One resize up front for the keys (dict_fromkeys).
    vm.dict_presize(D(d), iterable.obj()->kind == Kind::Dict ? D(iterable)->used
                                                              : static_cast<SetObject*>(iterable.obj())->used);
    return run_hashed(vm, job, iterable, Fill::Keys, finish_fill, out);
  }
  job->setitem = !exact;
  return run(vm, job, iterable, Fill::Keys, finish_fill, out);
}

Status fromkeys_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* st = static_cast<OpaqueObject*>(state);
  return fromkeys_fill(vm, value, st->values[0], st->values[1], out);
}

Status fromkeys(Vm& vm, Value cls, Args args, Value* out) {
  if (args.nkw() > 0) return vm.raise(vm.t.TypeError_, "dict.fromkeys() takes no keyword arguments");
  if (args.n < 1 || args.n > 2)
    return vm.raise(vm.t.TypeError_, std::string("fromkeys expected at ") + (args.n < 1 ? "least 1 argument" : "most 2 arguments") +
                                         ", got " + std::to_string(args.n));
  Value value = args.n > 1 ? args[1] : vm.None;
  if (cls == Value::object(vm.t.dict)) return fromkeys_fill(vm, Value::object(vm.new_dict()), args[0], value, out);
  OpaqueObject* st = vm.new_opaque();
  st->values = {args[0], value};
  return vm.request_call(cls, {}, fromkeys_cont, st);
}

}  // namespace

// dict(x, **kw)
Status dict_constructor(Vm& vm, Value, Args args, Value* out) {
  if (args.n > 1) return vm.raise(vm.t.TypeError_, "dict expected at most 1 argument, got " + std::to_string(args.n));
  return update_from(vm, Value::object(vm.new_dict()), args.n ? args[0] : Value(), args, Value(), out);
}

bool is_dict_pair(Value a, Value b) {
  return a.is_object() && b.is_object() && a.obj()->kind == Kind::Dict && b.obj()->kind == Kind::Dict;
}

// dict_richcompare: == and != (others are not supported: NotImplemented,
// which the caller turns into the TypeError).
Status dict_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out) {
  bool ne = op == CompareOp::Ne;
  if (D(a)->used != D(b)->used) {
    *out = vm.make_bool(ne);
    return Status::Ok;
  }
  DictJob* job = new_job(vm);
  job->stop_result = vm.make_bool(ne);
  job->done_result = vm.make_bool(!ne);
  job->values[kSource] = b;
  return run_hashed(vm, job, a, Fill::Compare,
                    [](Vm& vm, DictJob* job, Value* out) {
                      *out = job->done_result;
                      return Status::Ok;
                    },
                    out);
}

void init_dict_fill(Vm& vm) {
  TypeObject* T = vm.t.dict;
  T->constructor = dict_constructor;
  vm.add_method(T, "__init__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n > 1) return vm.raise(vm.t.TypeError_, "dict expected at most 1 argument, got " + std::to_string(args.n));
    return update_from(vm, self, args.n ? args[0] : Value(), args, vm.None, out);
  });
  vm.add_method(T, "update", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n > 1) return vm.raise(vm.t.TypeError_, "update expected at most 1 argument, got " + std::to_string(args.n));
    return update_from(vm, self, args.n ? args[0] : Value(), args, vm.None, out);
  });
  NativeFunctionObject* fk = vm.new_native("fromkeys", fromkeys);
  vm.add_attr(T->dict, "fromkeys",
              Value::object(vm.heap.make<WrapperObject>(vm.t.classmethod, Kind::ClassMethod, Value::object(fk))));
}

}  // namespace interleave::vm
