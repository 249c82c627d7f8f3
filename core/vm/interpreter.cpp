// The interpreter loop: runs one thread's frame chain for a budget of
// instructions.
//
// Contents
//   1. Registers and dispatch macros (computed goto when available)
//   2. Instruction handlers, in opcodes.h order
//   3. Returning into the caller (Python frame, continuation, generator)
//   4. Exception unwinding
//
// Every instruction decrements the budget and adds its simulated cost to the
// thread's clock. The eval breaker is checked at CPython's switch points
// (RESUME, JUMP_BACKWARD, after a call returns) or, in SwitchPoints::Any
// mode, before every instruction.
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <string_view>

#include "vm/call_fast.h"
#include "vm/async_gen.h"
#include "vm/ops.h"
#include "vm/types.h"
#include "vm/vm.h"

namespace interleave::vm {

// Rarely run helpers stay out of the loop's function: a smaller run() is
// compiled sooner and better by the wasm engines' optimizing tier.
#define INTERLEAVE_COLD __attribute__((noinline, cold))
#define INTERLEAVE_NOINLINE __attribute__((noinline))

namespace {

// do_request_discard's continuation: the setter's result is not used.
Status discard_cont(Vm& vm, Object*, Status incoming, Value, Value* out) {
  if (incoming == Status::Ok) *out = vm.None;
  return incoming;
}

// `not in` through a Python __contains__ (op_contains's continuation has
// already made the result a bool).
Status negate_cont(Vm& vm, Object*, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  int tr = value == vm.True ? 1 : value == vm.False ? 0 : vm.truthy(value);
  if (tr < 0) return Status::Error;
  *out = tr ? vm.False : vm.True;
  return Status::Ok;
}

// Operations in the form Vm::call_op runs them (replay.cpp): a Python call
// one of them makes synchronously (a dict key's __eq__, the __repr__ of a
// list's item) runs as a frame, and the operation runs again afterwards.
Status binary_op3(Vm& vm, Value a, Value b, Value op, Value* out) {
  return op_binary(vm, a, b, static_cast<int>(op.small_value()), out);
}
Status compare_op3(Vm& vm, Value a, Value b, Value op, Value* out) {
  return op_compare(vm, a, b, static_cast<CompareOp>(op.small_value()), out);
}
Status contains_op3(Vm& vm, Value container, Value item, Value, Value* out) {
  return op_contains(vm, container, item, out);
}
Status getitem_op3(Vm& vm, Value obj, Value key, Value, Value* out) { return op_getitem(vm, obj, key, out); }
Status setitem_op3(Vm& vm, Value obj, Value key, Value v, Value* out) {
  *out = vm.None;
  return op_setitem(vm, obj, key, v);
}
Status delitem_op3(Vm& vm, Value obj, Value key, Value, Value* out) {
  *out = vm.None;
  return op_delitem(vm, obj, key);
}
Status getattr_op3(Vm& vm, Value obj, Value name, Value, Value* out) {
  return op_getattr(vm, obj, static_cast<StrObject*>(name.obj()), out);
}
// FORMAT_VALUE: the conversion (!s, !r, !a) and the spec.
Status format_value_op3(Vm& vm, Value v, Value spec, Value conv, Value* out) {
  int c = static_cast<int>(conv.small_value());
  if (c == 2 || c == 3) {
    Value r = vm.repr(v);
    if (r.is_null()) return Status::Error;
    if (c == 3) r = vm.make_str(vm.ascii_of(vm.as_str(r)->text));
    v = r;
  } else if (c == 1) {
    Value r = vm.str(v);
    if (r.is_null()) return Status::Error;
    v = r;
  }
  if (spec.is_null() && vm.is_str(v)) {
    *out = v;
    return Status::Ok;
  }
  return op_format(vm, v, spec.is_null() ? vm.make_str("") : spec, out);
}
// SET_ADD / MAP_ADD / BUILD_SET / BUILD_MAP with keys whose __hash__ or
// __eq__ may be Python.
Status set_add_op3(Vm& vm, Value set, Value v, Value, Value* out) {
  *out = vm.None;
  return vm.set_add(static_cast<SetObject*>(set.obj()), v) < 0 ? Status::Error : Status::Ok;
}
Status map_add_op3(Vm& vm, Value d, Value k, Value v, Value* out) {
  *out = vm.None;
  return vm.dict_set(static_cast<DictObject*>(d.obj()), k, v) ? Status::Ok : Status::Error;
}
Status build_set_op3(Vm& vm, Value items, Value, Value, Value* out) {
  SetObject* s = vm.new_set();
  for (Value v : static_cast<TupleObject*>(items.obj())->items)
    if (vm.set_add(s, v) < 0) return Status::Error;
  *out = Value::object(s);
  return Status::Ok;
}
Status build_map_op3(Vm& vm, Value items, Value, Value, Value* out) {
  DictObject* d = vm.new_dict();
  auto& kv = static_cast<TupleObject*>(items.obj())->items;
  for (size_t i = 0; i + 1 < kv.size(); i += 2)
    if (!vm.dict_set(d, kv[i], kv[i + 1])) return Status::Error;
  *out = Value::object(d);
  return Status::Ok;
}
INTERLEAVE_COLD Value tuple_of(Vm& vm, const Value* items, uint32_t n) {
  TupleObject* t = vm.new_tuple(n);
  for (uint32_t i = 0; i < n; ++i) t->items[i] = items[i];
  return Value::object(t);
}
Status raise_op3(Vm& vm, Value exc, Value cause, Value has_cause, Value*) {
  return vm.raise_from_values(exc, cause, has_cause == vm.True);
}
// The match statement's instructions: a class pattern reads attributes
// (properties), a mapping pattern calls get().
Status match_class_op3(Vm& vm, Value subject, Value cls, Value names_npos, Value* out) {
  auto& t = static_cast<TupleObject*>(names_npos.obj())->items;
  return match_class(vm, subject, cls, t[0], static_cast<uint32_t>(t[1].small_value()), out);
}
Status match_keys_op3(Vm& vm, Value map, Value keys, Value, Value* out) { return match_keys(vm, map, keys, out); }
Status match_rest_op3(Vm& vm, Value map, Value keys, Value, Value* out) { return match_rest(vm, map, keys, out); }

Status dict_update_op3(Vm& vm, Value d, Value src, Value, Value* out) {
  *out = vm.None;
  return vm.dict_update_from(static_cast<DictObject*>(d.obj()), src, false) ? Status::Ok : Status::Error;
}

// Whether taking [v]'s items apart (a, b = v; f(*v); [*v]) may run Python
// code -- a generator, a class with __iter__, map() over a function: the
// instruction then has them gathered first (collect_op, a request) and
// runs again with the tuple.
inline bool items_by_request(Value v) {
  if (!v.is_object()) return false;
  const Object* o = v.obj();
  if (o->type->is_heap_type) return true;
  switch (o->kind) {
    case Kind::List:
    case Kind::Tuple:
    case Kind::Str:
    case Kind::Bytes:
    case Kind::Dict:
    case Kind::Set:
    case Kind::FrozenSet:
    case Kind::Range: return false;
    default: return true;
  }
}
// A key whose hash or equality may run Python code (an instance of a
// class, or a tuple or frozenset that may hold one).
inline bool user_key(Value v) {
  if (!v.is_object()) return false;
  Object* o = v.obj();
  if (o->type->is_heap_type || o->kind == Kind::FrozenSet) return true;
  if (o->kind != Kind::Tuple) return false;
  for (Value item : static_cast<TupleObject*>(o)->items)
    if (user_key(item)) return true;
  return false;
}

GeneratorObject* as_gen(Value v) {
  return (v.is_object() && v.obj()->kind == Kind::Generator) ? static_cast<GeneratorObject*>(v.obj()) : nullptr;
}

// The handler of the innermost protected range around [pc], or null.
INTERLEAVE_COLD const ExceptionTableEntry* find_handler(const CodeObject* code, int32_t pc) {
  const ExceptionTableEntry* best = nullptr;
  for (const auto& e : code->exception_table) {
    if (pc >= e.start && pc < e.end) {
      if (!best || (e.end - e.start) < (best->end - best->start)) best = &e;
    }
  }
  return best;
}


// Bodies of instructions that need C++ containers live here: the computed
// goto dispatch may not leave the scope of a local with a destructor.

INTERLEAVE_NOINLINE Value concat_strings(Vm& vm, Value* items, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += vm.as_str(items[i])->text;
  return vm.make_str(std::move(s));
}

INTERLEAVE_COLD bool list_extend_op(Vm& vm, Value list, Value it) {
  std::vector<Value> items;
  if (!vm.collect_items(it, &items)) {
    if (vm.exception_matches(vm.thread->exc, Value::object(vm.t.TypeError_)) && vm.get_iter_fails(it)) {
      vm.thread->exc = Value();
      vm.raise(vm.t.TypeError_, std::string("Value after * must be an iterable, not ") + vm.type_name(it));
    }
    return false;
  }
  auto& dst = static_cast<ListObject*>(list.obj())->items;
  dst.insert(dst.end(), items.begin(), items.end());
  vm.heap.account(items.size() * sizeof(Value));
  return true;
}

INTERLEAVE_COLD bool set_update_op(Vm& vm, Value set, Value it);
Status set_update_op3(Vm& vm, Value set, Value it, Value, Value* out) {
  *out = vm.None;
  return set_update_op(vm, set, it) ? Status::Ok : Status::Error;
}

INTERLEAVE_COLD bool set_update_op(Vm& vm, Value set, Value it) {
  auto* dst = static_cast<SetObject*>(set.obj());
  if (it.is_object() && (it.obj()->kind == Kind::Set || it.obj()->kind == Kind::FrozenSet))
    return vm.set_merge(dst, static_cast<SetObject*>(it.obj())) >= 0;
  std::vector<Value> items;
  if (!vm.collect_items(it, &items)) return false;
  for (Value v : items)
    if (vm.set_add(dst, v) < 0) return false;
  return true;
}

// Writes the [n] items of [seq] to dst[0..n) with the first item last
// (so the first target is stored first).
INTERLEAVE_NOINLINE bool unpack_sequence(Vm& vm, Value seq, uint32_t n, Value* dst) {
  ValueVector tmp;
  const ValueVector* items = nullptr;
  if (seq.is_object() && seq.obj()->kind == Kind::Tuple) {
    items = &static_cast<TupleObject*>(seq.obj())->items;
  } else if (seq.is_object() && seq.obj()->kind == Kind::List) {
    items = &static_cast<ListObject*>(seq.obj())->items;
  } else {
    if (!vm.collect_items(seq, &tmp)) {
      if (vm.get_iter_fails(seq)) {
        vm.thread->exc = Value();
        vm.raise(vm.t.TypeError_, std::string("cannot unpack non-iterable ") + vm.type_name(seq) + " object");
      }
      return false;
    }
    items = &tmp;
  }
  if (items->size() != n) {
    if (items->size() > n)
      vm.raise(vm.t.ValueError_, "too many values to unpack (expected " + std::to_string(n) + ")");
    else
      vm.raise(vm.t.ValueError_, "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                     std::to_string(items->size()) + ")");
    return false;
  }
  for (uint32_t i = 0; i < n; ++i) dst[i] = (*items)[n - 1 - i];
  return true;
}

// a, *b, c = seq: writes after + 1 + before values to dst, first target on top.
INTERLEAVE_COLD bool unpack_ex(Vm& vm, Value seq, uint32_t before, uint32_t after, Value* dst) {
  std::vector<Value> items;
  if (!vm.collect_items(seq, &items)) {
    if (vm.get_iter_fails(seq)) {
      vm.thread->exc = Value();
      vm.raise(vm.t.TypeError_, std::string("cannot unpack non-iterable ") + vm.type_name(seq) + " object");
    }
    return false;
  }
  if (items.size() < before + after) {
    vm.raise(vm.t.ValueError_, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                   ", got " + std::to_string(items.size()) + ")");
    return false;
  }
  ListObject* mid = vm.new_list();
  mid->items.assign(items.begin() + before, items.end() - after);
  size_t k = 0;
  for (uint32_t i = 0; i < after; ++i) dst[k++] = items[items.size() - 1 - i];
  dst[k++] = Value::object(mid);
  for (uint32_t i = 0; i < before; ++i) dst[k++] = items[before - 1 - i];
  return true;
}

// Error reports of the loop, out of line (see INTERLEAVE_COLD).
INTERLEAVE_COLD void raise_unbound_local(Vm& vm, const CodeObject* code, uint32_t arg) {
  vm.raise(vm.t.UnboundLocalError_, "cannot access local variable '" + code->varnames[arg]->text +
                                        "' where it is not associated with a value");
}

INTERLEAVE_COLD void raise_unbound_deref(Vm& vm, const CodeObject* code, uint32_t arg) {
  int idx = static_cast<int>(arg) - code->nlocals();
  const std::string& name =
      idx < code->ncells() ? code->cellvars[idx]->text : code->freevars[idx - code->ncells()]->text;
  if (idx < code->ncells())
    vm.raise(vm.t.UnboundLocalError_, "cannot access local variable '" + name + "' where it is not associated with a value");
  else
    vm.raise(vm.t.NameError_, "cannot access free variable '" + name +
                                  "' where it is not associated with a value in enclosing scope");
}

INTERLEAVE_COLD void raise_joined(Vm& vm, TypeObject* type, std::initializer_list<std::string_view> parts) {
  std::string msg;
  for (std::string_view p : parts) msg += p;
  vm.raise(type, std::move(msg));
}

INTERLEAVE_COLD void raise_not_defined(Vm& vm, const StrObject* name) {
  vm.raise(vm.t.NameError_, "name '" + name->text + "' is not defined");
}

// xs[a:b] of an exact list with small-int or None bounds.
INTERLEAVE_NOINLINE ListObject* slice_list(Vm& vm, ListObject* seq, Value lo, Value hi) {
  auto& items = seq->items;
  int64_t len = static_cast<int64_t>(items.size());
  int64_t a = lo == vm.None ? 0 : lo.small_value();
  int64_t b = hi == vm.None ? len : hi.small_value();
  if (a < 0) a = a + len < 0 ? 0 : a + len;
  if (a > len) a = len;
  if (b < 0) b = b + len < 0 ? 0 : b + len;
  if (b > len) b = len;
  ListObject* part = vm.new_list(0);
  if (b > a) {
    part->items.assign(items.begin() + a, items.begin() + b);
    vm.heap.account(static_cast<size_t>(b - a) * sizeof(Value));
  }
  return part;
}

INTERLEAVE_COLD void raise_generator_stop(Vm& vm, GeneratorObject* gen) {
  Value cause = vm.thread->exc;
  vm.thread->exc = Value();
  vm.raise(vm.t.RuntimeError_, std::string(generator_kind_name(gen)) + " raised StopIteration");
  auto* e = static_cast<ExceptionObject*>(vm.thread->exc.obj());
  e->cause = cause;
  e->context = cause;
  e->suppress_context = true;
}

// Instance attributes whose class has no data descriptor for the name: the
// inline cache of LOAD_ATTR / STORE_ATTR remembers that for (the type's
// serial, type_epoch), so a hit goes straight to the instance dict (at the
// entry found last time) without asking the type. Only what is certainly
// not a data descriptor is remembered (nothing, functions, plain values):
// anything else keeps taking op_getattr_instance / op_setattr_instance.
bool plain_class_attr(Value attr) {
  if (attr.is_null() || !attr.is_object()) return true;
  switch (attr.obj()->kind) {
    case Kind::Function: case Kind::NativeFunction: case Kind::StaticMethod: case Kind::ClassMethod:
    case Kind::None: case Kind::Bool: case Kind::Int: case Kind::Float: case Kind::Str: case Kind::Bytes:
    case Kind::Tuple: case Kind::FrozenSet:
      return true;
    default:
      return false;
  }
}

INTERLEAVE_NOINLINE void plain_attr_cache(Vm& vm, TypeObject* type, StrObject* name, InlineCache* c) {
  if (!type->is_heap_type) return;
  if (!plain_class_attr(vm.lookup_type(type, name))) return;
  if (vm.has_user_getattribute(type)) return;  // a class's own __getattribute__ sees every load
  c->version = type->serial;
  c->version2 = vm.type_epoch;
}

INTERLEAVE_NOINLINE void plain_setattr_cache(Vm& vm, TypeObject* type, StrObject* name, InlineCache* c) {
  if (!type->is_heap_type) return;
  if (!plain_class_attr(vm.lookup_type(type, name))) return;
  Value sa = vm.lookup_type(type, vm.n.__setattr__);
  if (sa.is_object() && sa.obj()->kind == Kind::Function) return;
  c->version = type->serial;
  c->version2 = vm.type_epoch;
}

// d[name] at the entry [*hint] or found by probing; false when missing.
__attribute__((always_inline)) inline bool instance_dict_get(Vm& vm, DictObject* d, StrObject* name, int32_t* hint,
                                                             Value* out) {
  int32_t i = *hint;
  if (i >= 0 && static_cast<size_t>(i) < d->entries.size() && d->entries[i].key.bits() == reinterpret_cast<uint64_t>(name)) {
    *out = d->entries[i].value;
    return true;
  }
  i = vm.dict_find_str(d, name);
  if (i < 0) return false;
  *hint = i;
  *out = d->entries[i].value;
  return true;
}

// d[name] = v for a key already there; false when it is not.
__attribute__((always_inline)) inline bool instance_dict_put(Vm& vm, DictObject* d, StrObject* name, Value v,
                                                             int32_t* hint) {
  int32_t i = *hint;
  if (!(i >= 0 && static_cast<size_t>(i) < d->entries.size() && d->entries[i].key.bits() == reinterpret_cast<uint64_t>(name))) {
    i = vm.dict_find_str(d, name);
    if (i < 0) return false;
    *hint = i;
  }
  d->entries[i].value = v;
  return true;
}

INTERLEAVE_COLD Value stop_iteration_with(Vm& vm, Value value) {
  Value exc = vm.new_exception(vm.t.StopIteration_, "");
  auto* e = static_cast<ExceptionObject*>(exc.obj());
  e->value = value;
  e->args = vm.new_tuple(0);
  if (value != vm.None) e->args->items.push_back(value);
  return exc;
}

INTERLEAVE_NOINLINE FunctionObject* make_function(Vm& vm, Frame* f, CodeObject* fcode) {
  auto* fn = vm.heap.make<FunctionObject>(vm.t.function, fcode, f->globals, fcode->name, fcode->qualname);
  fn->module = vm.dict_get_str(f->globals, vm.n.__name__);
  if (!fcode->consts.empty() && vm.is_str(fcode->consts[0]) && (fcode->flags & kCodeHasDocstring)) fn->doc = fcode->consts[0];
  return fn;
}

}  // namespace

namespace {

// How CPython names a callable in call errors (_PyObject_FunctionStr):
// module.qualname() unless the module is builtins.
std::string function_str(Vm& vm, Value f) {
  if (f.is_object() && f.obj()->kind == Kind::BoundMethod) f = static_cast<BoundMethodObject*>(f.obj())->func;
  if (!f.is_object()) return vm.type_name(f);
  Object* o = f.obj();
  if (o->kind == Kind::Function) {
    auto* fn = static_cast<FunctionObject*>(o);
    std::string q = fn->qualname->text.str() + "()";
    if (vm.is_str(fn->module) && vm.as_str(fn->module)->text.str() != "builtins")
      return vm.as_str(fn->module)->text.str() + "." + q;
    return q;
  }
  if (o->kind == Kind::NativeFunction) {
    auto* nf = static_cast<NativeFunctionObject*>(o);
    if (nf->owner) return nf->owner->name->text.str() + "." + nf->name + "()";
    return std::string(nf->name) + "()";
  }
  if (o->kind == Kind::Type) {
    auto* type = static_cast<TypeObject*>(o);
    std::string q = (type->qualname ? type->qualname : type->name)->text.str() + "()";
    if (!type->module_name.empty() && type->module_name != "builtins") return type->module_name + "." + q;
    return q;
  }
  Value text = vm.str(f);
  if (text.is_null()) {
    vm.thread->exc = Value();
    return vm.type_name(f);
  }
  return vm.as_str(text)->text.str();
}

// f(**src) (DICT_MERGE) with src a dict (mapping_op made it one): no
// keyword may come twice; the error names the function, as CPython's
// format_kwargs_error.
INTERLEAVE_COLD bool dict_merge_op(Vm& vm, Value dict, Value src, Value func) {
  if (vm.dict_update_from(static_cast<DictObject*>(dict.obj()), src, true)) return true;
  Value exc = vm.thread->exc;
  if (exc.is_object() && exc.obj()->type == vm.t.TypeError_) {
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    if (e->args && e->args->items.size() == 1 && vm.is_str(e->args->items[0])) {
      const std::string& m = vm.as_str(e->args->items[0])->text.str();
      if (m.rfind("got multiple values for keyword argument", 0) == 0) {
        vm.thread->exc = Value();
        vm.raise(vm.t.TypeError_, function_str(vm, func) + " " + m);
      }
    }
  }
  return false;
}

// {**src} (DICT_UPDATE) and f(**src) (DICT_MERGE: [func] the callee,
// [kwargs] the keywords so far) with src not a dict: its keys() and items,
// which may be Python, as a dict. A keyword given twice is an error before
// its item is read, as in CPython's _PyDict_MergeEx.
Status mapping_op3(Vm& vm, Value src, Value func, Value kwargs, Value* out) {
  DictObject* d = vm.new_dict();
  *out = Value::object(d);
  if (func.is_null()) return vm.dict_update_from(d, src, false) ? Status::Ok : Status::Error;
  Value keys = vm.get_attr_opt(src, vm.n.keys);
  if (keys.is_null()) {
    if (!vm.thread->exc.is_null()) return Status::Error;
    return vm.raise(vm.t.TypeError_,
                    function_str(vm, func) + " argument after ** must be a mapping, not " + vm.type_name(src));
  }
  Value ks = vm.call_sync(keys, {});
  std::vector<Value> items;
  if (ks.is_null() || !vm.collect_items(ks, &items)) return Status::Error;
  for (Value k : items) {
    bool err = false;
    if (!vm.dict_get(static_cast<DictObject*>(kwargs.obj()), k, &err).is_null()) {
      std::string name;
      vm.str_append(name, k);
      return vm.raise(vm.t.TypeError_,
                      function_str(vm, func) + " got multiple values for keyword argument '" + name + "'");
    }
    if (err) return Status::Error;
    Value v = vm.get_item(src, k);
    if (v.is_null() || !vm.dict_set(d, k, v)) return Status::Error;
  }
  return Status::Ok;
}

// The operand at [slot] replaced by its items as a tuple (collect_op, at
// most [limit] of them). Call: a request gathers them (the instruction goes
// to request_operand); Error: raised, worded for the instruction as
// gather_failed says.
INTERLEAVE_COLD void gather_failed(Vm& vm, Value v, int what, Value func);
INTERLEAVE_COLD Status gather_operand(Vm& vm, Value* slot, Value limit, int what, Value func) {
  Value result;
  Status st = vm.call_op(collect_op, *slot, limit, Value(), &result);
  if (st == Status::Ok) *slot = result;
  if (st == Status::Error && what >= 0) gather_failed(vm, *slot, what, func);
  return st;
}

// collect_op failed for [v]: a value that is not iterable at all gets the
// instruction's wording (what: 0 unpacking, 1 [*v], 2 f(*v) with [func]).
INTERLEAVE_COLD void gather_failed(Vm& vm, Value v, int what, Value func) {
  if (!vm.exception_matches(vm.thread->exc, Value::object(vm.t.TypeError_)) || !vm.get_iter_fails(v)) return;
  vm.thread->exc = Value();
  if (what == 0)
    vm.raise(vm.t.TypeError_, std::string("cannot unpack non-iterable ") + vm.type_name(v) + " object");
  else if (what == 1)
    vm.raise(vm.t.TypeError_, std::string("Value after * must be an iterable, not ") + vm.type_name(v));
  else
    vm.raise(vm.t.TypeError_, function_str(vm, func) + " argument after * must be an iterable, not " + vm.type_name(v));
}

}  // namespace

// f(*args, **kwargs); [pos] is the tuple the caller built, or for f(*x)
// the iterable x itself (CPython compiles a lone starred argument so).
INTERLEAVE_COLD Vm::CallOutcome Vm::call_with_star_args(Thread* th, Value callable, Value pos, DictObject* kwargs, Value* result) {
  std::vector<Value> argv_;
  if (pos.is_object() && (pos.obj()->type == t.tuple || pos.obj()->type == t.list)) {
    const auto& items = pos.obj()->type == t.tuple ? static_cast<TupleObject*>(pos.obj())->items
                                                   : static_cast<ListObject*>(pos.obj())->items;
    argv_.assign(items.begin(), items.end());
  } else if (!collect_items(pos, &argv_)) {
    if (exception_matches(th->exc, Value::object(t.TypeError_)) && get_iter_fails(pos)) {
      th->exc = Value();
      raise(t.TypeError_, function_str(*this, callable) + " argument after * must be an iterable, not " + type_name(pos));
    }
    return CallOutcome::Error;
  }
  int npos = static_cast<int>(argv_.size());
  TupleObject* kw = nullptr;
  if (kwargs && kwargs->used) {
    kw = new_tuple(0);
    for (auto& e : kwargs->entries) {
      if (e.key.is_null()) continue;
      if (!is_str(e.key)) {
        raise(t.TypeError_, "keywords must be strings");
        return CallOutcome::Error;
      }
      kw->items.push_back(e.key);
      argv_.push_back(e.value);
    }
  }
  return call_value(th, callable, argv_.data(), npos, kw, result);
}

namespace {

Status truth_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  bool is_len = state != nullptr;
  if (!is_len) {
    if (value != vm.True && value != vm.False)
      return vm.raise(vm.t.TypeError_, std::string("__bool__ should return bool, returned ") + vm.type_name(value));
    *out = value;
    return Status::Ok;
  }
  if (!vm.is_int(value))
    return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(value) + "' object cannot be interpreted as an integer");
  if (vm.int_of(value) < 0) return vm.raise(vm.t.ValueError_, "__len__() should return >= 0");
  *out = vm.make_bool(vm.int_of(value) != 0);
  return Status::Ok;
}

}  // namespace

// Call when [v]'s class answers truth with a Python __bool__ or __len__;
// Ok when it has neither (the caller's truthy() decides).
INTERLEAVE_NOINLINE Status truth_request(Vm& vm, Value v) {
  for (TypeObject* m : v.obj()->type->mro) {
    if (!m->is_heap_type) break;
    Value b = vm.dict_get_str(m->dict, vm.n.__bool__);
    if (!b.is_null() && b.is_object() && b.obj()->kind == Kind::Function)
      return vm.request_call(b, {v}, truth_cont, nullptr);
    if (!b.is_null()) return Status::Ok;
    Value l = vm.dict_get_str(m->dict, vm.n.__len__);
    if (!l.is_null() && l.is_object() && l.obj()->kind == Kind::Function)
      return vm.request_call(l, {v}, truth_cont, v.obj());
    if (!l.is_null()) return Status::Ok;
  }
  return Status::Ok;
}

namespace {

// Closing the generators a frame drops (a for-loop left by break, return
// or an exception): CPython closes each when its last reference goes. Each
// close() runs as frames, one after the other -- a finally block in the
// generator may block or be preempted -- and an error it raises is
// reported as CPython's "Exception ignored in: ..." and not propagated.
// State: values = [exception to raise again when done, the thread's
// handled exception, generators...], a = the next, b = 1 while a
// finalizer hook (sys.set_asyncgen_hooks) runs: its errors are not ours.
Status close_next(Vm& vm, OpaqueObject* st, Value* out);

// After the report of an error (whose __str__ may be Python): the next.
Status close_next_cont(Vm& vm, Object* state, Status, Value, Value* out) {
  vm.thread->exc = Value();
  return close_next(vm, static_cast<OpaqueObject*>(state), out);
}

// Reports [exc], raised closing [gen], unless a finalizer hook raised it.
Status report_close_error(Vm& vm, OpaqueObject* st, Value gen, Value exc, Value* out) {
  if (!st->b) {
    Value ignored;
    Status s = vm.call_op(report_unraisable_op3, gen, exc, Value(), &ignored);
    if (s == Status::Call) {
      vm.chain_cont(close_next_cont, st);
      return s;
    }
    vm.thread->exc = Value();
  }
  return close_next(vm, st, out);
}

Status closer_cont(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  auto* st = static_cast<OpaqueObject*>(state);
  if (incoming != Status::Ok) {
    Value exc = vm.thread->exc;
    vm.thread->exc = Value();
    // "generator ignored GeneratorExit" is raised by close() itself: its
    // traceback is the frame that dropped the generator, as in CPython.
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    if (e->traceback.empty() && vm.thread->top && vm.thread->top->code) vm.add_traceback(exc, vm.thread->top);
    return report_close_error(vm, st, st->values[static_cast<size_t>(st->a) + 1], exc, out);
  }
  return close_next(vm, st, out);
}

Status close_next(Vm& vm, OpaqueObject* st, Value* out) {
  while (static_cast<size_t>(st->a) + 2 < st->values.size()) {
    Value v = st->values[static_cast<size_t>(st->a++) + 2];
    auto* g = static_cast<GeneratorObject*>(v.obj());
    Status s;
    if (g->kind == Kind::AsyncGen) {
      auto* ag = static_cast<AsyncGenObject*>(g);
      st->b = !ag->finalizer.is_null() && !ag->closed;
      s = async_gen_finalize_request(vm, g);
    } else {
      st->b = 0;
      if (g->state != GenState::Suspended) continue;
      Value close = vm.get_attr(v, vm.intern("close"));
      s = close.is_null() ? Status::Error : vm.request_call(close, {});
    }
    if (s == Status::Call) {
      vm.chain_cont(closer_cont, st);
      return s;
    }
    if (s == Status::Error) {
      Value exc = vm.thread->exc;
      vm.thread->exc = Value();
      return report_close_error(vm, st, v, exc, out);
    }
  }
  vm.thread->handled = st->values[1];
  if (!st->values[0].is_null()) {
    vm.thread->exc = st->values[0];
    return Status::Error;
  }
  *out = vm.None;
  return Status::Ok;
}

// Starts closing the loop-owned generators in [from, to); the result
// comes when all are closed: None, or [rethrow] raised again. Ok at once
// when there is none.
INTERLEAVE_COLD Status close_dropped(Vm& vm, Value* from, Value* to, Value rethrow, Value* out) {
  OpaqueObject* st = nullptr;
  for (Value* v = to; v-- > from;) {  // the top first, as CPython pops them
    if (!v->is_object() || (v->obj()->kind != Kind::Generator && v->obj()->kind != Kind::AsyncGen)) continue;
    auto* g = static_cast<GeneratorObject*>(v->obj());
    if (!g->loop_owned || g->state != GenState::Suspended) continue;
    g->loop_owned = false;
    if (!st) {
      st = vm.new_opaque();
      st->values = {rethrow, vm.thread->handled};
    }
    st->values.push_back(*v);
  }
  if (!st) return Status::Ok;
  return close_next(vm, st, out);
}

}  // namespace

Status close_generators(Vm& vm, const std::vector<Value>& gens, Value* out) {
  OpaqueObject* st = vm.new_opaque();
  st->values = {Value(), vm.thread->handled};
  st->values.insert(st->values.end(), gens.begin(), gens.end());
  return close_next(vm, st, out);
}

StopReason Vm::run(Thread* th, int64_t budget) {
  Thread* const saved_thread = thread;
  thread = th;
  const int64_t initial_budget = budget;
  const bool every_instruction = switch_points == SwitchPoints::Any;
  const uint32_t* const cost = op_cost_ns;
  uint64_t clock = th->clock_ns;

  Frame* f = nullptr;
  CodeObject* code = nullptr;
  const uint32_t* ip = nullptr;
  Value* sp = nullptr;
  Value* locals = nullptr;
  const Value* consts = nullptr;
  TupleObject* kwnames = nullptr;
  uint32_t word = 0;
  uint32_t arg = 0;
  Value result;          // scratch for calls
  Status st = Status::Ok;
  CallOutcome outcome = CallOutcome::Done;
  StopReason stop = StopReason::Finished;
  bool delivered_error = false;
  Value delivered;
  uint8_t operand_depth = 0;  // for request_operand

#define LOAD_FRAME()                 \
  do {                               \
    f = th->top;                     \
    code = f->code;                  \
    ip = f->ip;                      \
    sp = f->sp;                      \
    locals = f->slots;               \
    consts = code->consts.data();    \
  } while (0)
#define SAVE_FRAME()  \
  do {                \
    f->ip = ip;       \
    f->sp = sp;       \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])

// Computed goto natively. In wasm an indirect goto becomes a br_table like a
// switch does, and clang refuses indirect jumps out of scopes that hold
// objects with destructors, so the browser builds use the switch.
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__EMSCRIPTEN__)
#define INTERLEAVE_COMPUTED_GOTO 1
  static void* const dispatch_table[] = {
#define INTERLEAVE_OP_LABEL(name, effect, doc) &&op_##name,
      INTERLEAVE_OPCODES(INTERLEAVE_OP_LABEL)
#undef INTERLEAVE_OP_LABEL
  };
#define TARGET(name) op_##name:
#define DISPATCH()                                                   \
  do {                                                               \
    if (__builtin_expect(--budget < 0, 0)) goto budget_spent;        \
    word = *ip++;                                                    \
    clock += cost[word & 0xff];                                      \
    if (__builtin_expect(every_instruction && th->eval_breaker, 0))  \
      goto breaker_before;                                           \
    arg = word >> 8;                                                 \
    goto* dispatch_table[word & 0xff];                               \
  } while (0)
#else
#define TARGET(name) case Op::name:
#define DISPATCH() goto dispatch
#endif

// A switch point: stop here if the simulator (or the collector) asked.
#define SWITCH_POINT()                                               \
  do {                                                               \
    if (__builtin_expect(th->eval_breaker != 0 || heap.collection_due(), 0)) { \
      SAVE_FRAME();                                                  \
      goto handle_breaker;                                           \
    }                                                                \
  } while (0)

// Finishes an operation that may have asked for a Python call.
#define COMPLETE(status, value)                                      \
  do {                                                               \
    switch (status) {                                                \
      case Status::Ok: PUSH(value); DISPATCH();                      \
      case Status::Error: goto error;                                \
      default: goto do_request;                                      \
    }                                                                \
  } while (0)

// A superinstruction's second part: fetched and run in this dispatch unless
// the slice would have stopped before it (budget out, or every instruction a
// stopping point), in which case it is dispatched as itself. It takes a step
// and its own cost either way.
#define FUSE_NEXT()                                                   \
  do {                                                                \
    if (__builtin_expect(budget < 1 || every_instruction, 0)) DISPATCH(); \
    --budget;                                                         \
    word = *ip++;                                                     \
    clock += cost[word & 0xff];                                       \
    arg = word >> 8;                                                  \
  } while (0)

  if (th->start_pending) {
    th->start_pending = false;
    outcome = perform_request(th, &result);
    if (outcome == CallOutcome::Pushed) goto enter_frame;
    if (outcome == CallOutcome::Block) {
      stop = StopReason::Blocked;
      goto leave;
    }
    delivered = result;
    if (outcome == CallOutcome::Error) goto deliver_error;
    goto deliver_value;
  }
  if (th->resume_pending) {
    // A blocking native finished: hand its result to the waiting frame.
    th->resume_pending = false;
    delivered = th->block_value;
    th->block_value = Value();
    if (th->resume_with_error) goto deliver_error;
    goto deliver_value;
  }

enter_frame:
  if (!th->top) {
    stop = StopReason::Finished;
    goto leave;
  }
  if (__builtin_expect(th->top->code == nullptr, 0)) {
    // A greenlet switch (stdlib/greenlet.cpp) made a continuation frame
    // the top: it produces the value of the parked switch() itself, or
    // passes on the exception thrown in.
    delivered = None;
    if (!th->exc.is_null()) goto deliver_error;
    goto deliver_value;
  }
  LOAD_FRAME();
  if (!th->exc.is_null()) goto error;  // resumed by throw()
  DISPATCH();

#ifndef INTERLEAVE_COMPUTED_GOTO
dispatch:
  if (--budget < 0) goto budget_spent;
  word = *ip++;
  clock += cost[word & 0xff];
  if (every_instruction && th->eval_breaker) goto breaker_before;
  arg = word >> 8;
  switch (static_cast<Op>(word & 0xff)) {
#endif

  TARGET(NOP) { DISPATCH(); }
  TARGET(RESUME) {
    SWITCH_POINT();
    DISPATCH();
  }
  TARGET(POP_TOP) {
    --sp;
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = sp[-static_cast<int>(arg)];
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    Value tmp = sp[-1];
    sp[-1] = sp[-static_cast<int>(arg)];
    sp[-static_cast<int>(arg)] = tmp;
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    PUSH(Value());
    DISPATCH();
  }
  TARGET(LOAD_CONST) {
    PUSH(consts[arg]);
    DISPATCH();
  }
// Pushes the local [arg]; UnboundLocalError when it is not set.
#define PUSH_LOCAL()                                  \
  do {                                                \
    Value v_ = locals[arg];                           \
    if (__builtin_expect(v_.is_null(), 0)) {          \
      SAVE_FRAME();                                   \
      raise_unbound_local(*this, code, arg);          \
      goto error;                                     \
    }                                                 \
    PUSH(v_);                                         \
  } while (0)
  TARGET(LOAD_FAST) {
    PUSH_LOCAL();
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    locals[arg] = POP();
    DISPATCH();
  }
  TARGET(LOAD_FAST__LOAD_FAST) {
    PUSH_LOCAL();
    FUSE_NEXT();
    PUSH_LOCAL();
    DISPATCH();
  }
  TARGET(LOAD_FAST__LOAD_CONST) {
    PUSH_LOCAL();
    FUSE_NEXT();
    PUSH(consts[arg]);
    DISPATCH();
  }
  TARGET(LOAD_FAST__RETURN_VALUE) {
    PUSH_LOCAL();
    FUSE_NEXT();
    goto return_value;
  }
  // Chains: the pair's second part, then straight into the third
  // instruction's handler (its word fetched by FUSE_NEXT) without a dispatch.
  TARGET(LOAD_FAST__LOAD_CONST__BINARY_OP) {
    PUSH_LOCAL();
    FUSE_NEXT();
    PUSH(consts[arg]);
    FUSE_NEXT();
    goto binary_op;
  }
  TARGET(LOAD_FAST__LOAD_FAST__BINARY_OP) {
    PUSH_LOCAL();
    FUSE_NEXT();
    PUSH_LOCAL();
    FUSE_NEXT();
    goto binary_op;
  }
  TARGET(LOAD_FAST__LOAD_CONST__COMPARE_JUMP) {
    PUSH_LOCAL();
    FUSE_NEXT();
    PUSH(consts[arg]);
    FUSE_NEXT();
    goto compare_jump;
  }
  TARGET(LOAD_FAST__LOAD_FAST__COMPARE_JUMP) {
    PUSH_LOCAL();
    FUSE_NEXT();
    PUSH_LOCAL();
    FUSE_NEXT();
    goto compare_jump;
  }
  TARGET(STORE_FAST__LOAD_FAST) {
    locals[arg] = POP();
    FUSE_NEXT();
    PUSH_LOCAL();
    DISPATCH();
  }
  TARGET(PUSH_NULL__LOAD_GLOBAL) {
    PUSH(Value());
    FUSE_NEXT();
    goto load_global;
  }
  TARGET(DELETE_FAST) {
    if (locals[arg].is_null()) {
      SAVE_FRAME();
      raise_unbound_local(*this, code, arg);
      goto error;
    }
    locals[arg] = Value();
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    auto* cell = static_cast<CellObject*>(locals[arg].obj());
    if (cell->value.is_null()) {
      SAVE_FRAME();
      raise_unbound_deref(*this, code, arg);
      goto error;
    }
    PUSH(cell->value);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    static_cast<CellObject*>(locals[arg].obj())->value = POP();
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    static_cast<CellObject*>(locals[arg].obj())->value = Value();
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    PUSH(locals[arg]);
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
  load_global:
    // Cached by entry number; valid while neither dict changed its keys.
    InlineCache& c = code->caches[ip - 1 - code->code.data()];
    DictObject* g = f->globals;
    if (c.version == g->keys_version && c.version2 == builtins->keys_version) {
      PUSH(c.where == 0 ? g->entries[c.index].value : builtins->entries[c.index].value);
      DISPATCH();
    }
    StrObject* name = code->names[arg];
    int32_t i = dict_find_str(g, name);
    if (i >= 0) {
      c.version = g->keys_version;
      c.version2 = builtins->keys_version;
      c.index = i;
      c.where = 0;
      PUSH(g->entries[i].value);
      DISPATCH();
    }
    i = dict_find_str(builtins, name);
    if (i >= 0) {
      c.version = g->keys_version;
      c.version2 = builtins->keys_version;
      c.index = i;
      c.where = 1;
      PUSH(builtins->entries[i].value);
      DISPATCH();
    }
    SAVE_FRAME();
    raise_name_error(name, f);
    goto error;
  }
  TARGET(STORE_GLOBAL) {
  store_global : {
    // Module-level code stores its variables here: an existing name's entry
    // number is cached while the dict's keys do not change (where == 2: a
    // store cache; never for a type's dict, whose changes must be seen).
    DictObject* d = f->globals;
    InlineCache& c = code->caches[ip - 1 - code->code.data()];
    if (c.where == 2 && c.version == d->keys_version && c.version2 == reinterpret_cast<uintptr_t>(d)) {
      d->entries[c.index].value = POP();
      DISPATCH();
    }
    StrObject* name = code->names[arg];
    dict_set_str(d, name, POP());
    int32_t i = dict_find_str(d, name);
    if (i >= 0 && !d->of_type) {
      c.version = d->keys_version;
      c.version2 = reinterpret_cast<uintptr_t>(d);
      c.index = i;
      c.where = 2;
    }
    DISPATCH();
  }
  }
  TARGET(DELETE_GLOBAL) {
    SAVE_FRAME();
    int r = dict_del(f->globals, Value::object(code->names[arg]));
    if (r == 0) {
      raise_not_defined(*this, code->names[arg]);
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    // Module level (locals are the globals): exactly LOAD_GLOBAL's lookup.
    if (!f->locals || f->locals == f->globals) goto load_global;
    StrObject* name = code->names[arg];
    Value v;
    if (f->locals) v = dict_get_str(f->locals, name);
    if (v.is_null()) v = dict_get_str(f->globals, name);
    if (v.is_null()) v = dict_get_str(builtins, name);
    if (v.is_null()) {
      SAVE_FRAME();
      raise_name_error(name, f);
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    DictObject* d = f->locals ? f->locals : f->globals;
    if (d == f->globals) goto store_global;  // module level: STORE_GLOBAL's store
    dict_set_str(d, code->names[arg], POP());
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    SAVE_FRAME();
    int r = dict_del(f->locals ? f->locals : f->globals, Value::object(code->names[arg]));
    if (r == 0) {
      raise_not_defined(*this, code->names[arg]);
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_ATTR) {
    SAVE_FRAME();
    Value obj = POP();
    if (obj.is_object() && obj.obj()->kind == Kind::Instance) {
      auto* o = static_cast<InstanceObject*>(obj.obj());
      InlineCache& c = code->caches[ip - 1 - code->code.data()];
      StrObject* name = code->names[arg];
      if (c.version == o->type->serial && c.version2 == type_epoch && o->dict) {
        // The class has no data descriptor for the name (checked when the
        // type last changed): the instance dict answers first.
        if (instance_dict_get(*this, o->dict, name, &c.index, &result)) {
          PUSH(result);
          DISPATCH();
        }
      }
      st = op_getattr_instance(*this, o, name, &c.index, &result);
      if (st == Status::Ok) plain_attr_cache(*this, o->type, name, &c);
    } else {
      st = call_op(getattr_op3, obj, Value::object(code->names[arg]), Value(), &result);
    }
    COMPLETE(st, result);
  }
  TARGET(LOAD_METHOD) {
    // Avoids a bound-method object for obj.method(...): pushes (function, obj).
    Value obj = TOP();
    StrObject* name = code->names[arg];
    TypeObject* type = type_of(obj);
    InlineCache& mc = code->caches[ip - 1 - code->code.data()];
    if (mc.version == reinterpret_cast<uintptr_t>(type) && mc.version2 == type->version) {
      // A method of a built-in type seen here before (its dict never
      // changes under us: built-in types are immutable and never freed).
      sp[-1] = mc.value;
      PUSH(obj);
      DISPATCH();
    }
    if (obj.is_object() && (obj.obj()->kind == Kind::Instance || !type->is_heap_type) && type != t.super_ &&
        obj.obj()->kind != Kind::Type && obj.obj()->kind != Kind::Module && !has_user_getattribute(type)) {
      Value attr = lookup_type(type, name);
      if (!type->is_heap_type && !attr.is_null() && attr.is_object() && attr.obj()->kind == Kind::NativeFunction &&
          static_cast<NativeFunctionObject*>(attr.obj())->is_method) {
        mc.version = reinterpret_cast<uintptr_t>(type);
        mc.version2 = type->version;
        mc.value = attr;
      }
      if (!attr.is_null() && attr.is_object() &&
          (attr.obj()->kind == Kind::Function ||
           (attr.obj()->kind == Kind::NativeFunction && static_cast<NativeFunctionObject*>(attr.obj())->is_method))) {
        DictObject* d = obj.obj()->kind == Kind::Instance ? static_cast<InstanceObject*>(obj.obj())->dict : nullptr;
        if (!d || dict_find_str(d, name) < 0) {
          sp[-1] = attr;
          PUSH(obj);
          DISPATCH();
        }
      }
    } else if (obj.is_small()) {
      Value attr = lookup_type(type, name);
      if (!attr.is_null() && attr.obj()->kind == Kind::NativeFunction) {
        sp[-1] = attr;
        PUSH(obj);
        DISPATCH();
      }
    }
    SAVE_FRAME();
    --sp;
    PUSH(Value());
    st = call_op(getattr_op3, obj, Value::object(name), Value(), &result);
    COMPLETE(st, result);
  }
  TARGET(STORE_ATTR) {
    SAVE_FRAME();
    Value obj = POP();
    Value v = POP();
    if (obj.is_object() && obj.obj()->kind == Kind::Instance) {
      auto* o = static_cast<InstanceObject*>(obj.obj());
      InlineCache& c = code->caches[ip - 1 - code->code.data()];
      StrObject* name = code->names[arg];
      if (c.version == o->type->serial && c.version2 == type_epoch && o->dict &&
          instance_dict_put(*this, o->dict, name, v, &c.index))
        DISPATCH();
      st = op_setattr_instance(*this, o, name, v, &c.index);
      if (st == Status::Ok) plain_setattr_cache(*this, o->type, name, &c);
    } else {
      st = op_setattr(*this, obj, code->names[arg], v);
    }
    if (st == Status::Ok) DISPATCH();
    if (st == Status::Error) goto error;
    goto do_request_discard;
  }
  TARGET(DELETE_ATTR) {
    SAVE_FRAME();
    Value obj = POP();
    st = op_delattr(*this, obj, code->names[arg]);
    if (st == Status::Ok) DISPATCH();
    if (st == Status::Error) goto error;
    goto do_request_discard;
  }
  TARGET(BINARY_OP)
  TARGET(BINARY_OP__STORE_FAST) {
  binary_op:
    Value b = sp[-1];
    Value a = sp[-2];
    if (a.is_small() && b.is_small()) {
      int64_t x = a.small_value(), y = b.small_value(), r;
      int o = static_cast<int>(arg) >= kInplace ? static_cast<int>(arg) - kInplace : static_cast<int>(arg);
      switch (static_cast<BinaryOp>(o)) {
        case BinaryOp::Add:
          r = x + y;  // both < 2^61: cannot overflow int64
          break;
        case BinaryOp::Sub:
          r = x - y;
          break;
        case BinaryOp::Mul:
          if (__builtin_mul_overflow(x, y, &r)) goto binary_slow;
          break;
        default:
          goto binary_slow;
      }
      sp -= 2;
      if (Value::fits_small(r)) {
        PUSH(Value::small(r));
      } else {
        PUSH(make_int(r));
      }
      if (op_of(word) == Op::BINARY_OP__STORE_FAST) {
        FUSE_NEXT();
        locals[arg] = POP();
      }
      DISPATCH();
    }
  binary_slow:
    SAVE_FRAME();
    sp -= 2;
    st = call_op(binary_op3, a, b, Value::small(arg), &result);
    COMPLETE(st, result);
  }
#define SMALL_COMPARE(x, y, r)                        \
  switch (static_cast<CompareOp>(arg)) {               \
    case CompareOp::Lt: r = x < y; break;              \
    case CompareOp::Le: r = x <= y; break;             \
    case CompareOp::Eq: r = x == y; break;             \
    case CompareOp::Ne: r = x != y; break;             \
    case CompareOp::Gt: r = x > y; break;              \
    default: r = x >= y; break;                        \
  }
  TARGET(COMPARE_OP) {
    {
      Value b = sp[-1];
      Value a = sp[-2];
      if (a.is_small() && b.is_small()) {
        int64_t x = a.small_value(), y = b.small_value();
        bool r;
        SMALL_COMPARE(x, y, r);
        sp -= 2;
        PUSH(r ? True : False);
        DISPATCH();
      }
    }
  compare_slow:
    SAVE_FRAME();
    sp -= 2;
    st = call_op(compare_op3, sp[0], sp[1], Value::small(arg), &result);
    COMPLETE(st, result);
  }
  TARGET(COMPARE_OP__POP_JUMP_IF_FALSE)
  TARGET(COMPARE_OP__POP_JUMP_IF_TRUE) {
  compare_jump:
    const bool jump_if = op_of(word) == Op::COMPARE_OP__POP_JUMP_IF_TRUE;
    Value b = sp[-1];
    Value a = sp[-2];
    if (!(a.is_small() && b.is_small())) goto compare_slow;
    int64_t x = a.small_value(), y = b.small_value();
    bool r;
    SMALL_COMPARE(x, y, r);
    sp -= 2;
    PUSH(r ? True : False);
    FUSE_NEXT();
    --sp;
    if (r == jump_if) ip = code->code.data() + arg;
    DISPATCH();
  }
#undef SMALL_COMPARE
  TARGET(IS_OP) {
    Value b = POP();
    Value a = POP();
    PUSH(((a == b) != (arg != 0)) ? True : False);
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    SAVE_FRAME();
    Value container = POP();
    Value item = POP();
    st = call_op(contains_op3, container, item, Value(), &result);
    if (st == Status::Ok) {
      PUSH(((result == True) != (arg != 0)) ? True : False);
      DISPATCH();
    }
    if (st == Status::Error) goto error;
    if (arg) chain_cont(negate_cont, nullptr);  // `not in` through a Python __contains__
    goto do_request;
  }
  TARGET(UNARY_NEGATIVE) {
    Value a = TOP();
    if (a.is_small()) {
      sp[-1] = Value::small(-a.small_value());
      DISPATCH();
    }
    goto unary_slow;
  }
  TARGET(UNARY_POSITIVE) { goto unary_slow; }
  TARGET(UNARY_INVERT) { goto unary_slow; }
  TARGET(UNARY_NOT) {
    Value a = TOP();
    if (a == True) {
      sp[-1] = False;
      DISPATCH();
    }
    if (a == False || a == None) {
      sp[-1] = True;
      DISPATCH();
    }
    if (a.is_object() && a.obj()->type->is_heap_type) {
      // A Python __bool__/__len__ runs as a frame; its answer is negated.
      SAVE_FRAME();
      st = truth_request(*this, a);
      if (st == Status::Call) {
        --sp;
        chain_cont(negate_cont, nullptr);
        goto do_request;
      }
      if (st == Status::Error) goto error;
    }
    goto unary_slow;
  }
unary_slow : {
  SAVE_FRAME();
  Value a = POP();
  st = op_unary(*this, op_of(word), a, &result);
  COMPLETE(st, result);
}
  TARGET(BINARY_SUBSCR) {
    Value key = sp[-1];
    Value obj = sp[-2];
    if (obj.is_object() && key.is_small()) {
      Kind k = obj.obj()->kind;
      if (k == Kind::List && obj.obj()->type == t.list) {
        auto& items = static_cast<ListObject*>(obj.obj())->items;
        int64_t i = key.small_value();
        if (i < 0) i += static_cast<int64_t>(items.size());
        if (i >= 0 && i < static_cast<int64_t>(items.size())) {
          sp -= 2;
          PUSH(items[i]);
          DISPATCH();
        }
      } else if (k == Kind::Tuple && obj.obj()->type == t.tuple) {
        auto& items = static_cast<TupleObject*>(obj.obj())->items;
        int64_t i = key.small_value();
        if (i < 0) i += static_cast<int64_t>(items.size());
        if (i >= 0 && i < static_cast<int64_t>(items.size())) {
          sp -= 2;
          PUSH(items[i]);
          DISPATCH();
        }
      }
    }
    SAVE_FRAME();
    sp -= 2;
    st = call_op(getitem_op3, obj, key, Value(), &result);
    COMPLETE(st, result);
  }
  TARGET(STORE_SUBSCR) {
    Value key = sp[-1];
    Value obj = sp[-2];
    Value v = sp[-3];
    if (obj.is_object() && obj.obj()->kind == Kind::List && key.is_small() && obj.obj()->type == t.list) {
      auto& items = static_cast<ListObject*>(obj.obj())->items;
      int64_t i = key.small_value();
      if (i < 0) i += static_cast<int64_t>(items.size());
      if (i >= 0 && i < static_cast<int64_t>(items.size())) {
        items[i] = v;
        sp -= 3;
        DISPATCH();
      }
    }
    SAVE_FRAME();
    sp -= 3;
    st = call_op(setitem_op3, obj, key, v, &result);
    if (st == Status::Ok) DISPATCH();
    if (st == Status::Error) goto error;
    goto do_request_discard;
  }
  TARGET(DELETE_SUBSCR) {
    SAVE_FRAME();
    Value key = POP();
    Value obj = POP();
    st = call_op(delitem_op3, obj, key, Value(), &result);
    if (st == Status::Ok) DISPATCH();
    if (st == Status::Error) goto error;
    goto do_request_discard;
  }
  TARGET(BUILD_SLICE) {
    // xs[a:b] on a list: BUILD_SLICE 2 + BINARY_SUBSCR done here without a
    // slice object. The BINARY_SUBSCR still counts as an executed
    // instruction (budget, steps, simulated clock); not fused when it
    // would have been a stopping point (budget out, or every instruction
    // is a switch point).
    if (arg == 2 && budget >= 1 && !every_instruction && op_of(*ip) == Op::BINARY_SUBSCR) {
      Value hi = sp[-1], lo = sp[-2], seq = sp[-3];
      if (seq.is_object() && seq.obj()->kind == Kind::List && seq.obj()->type == t.list &&
          (lo.is_small() || lo == None) && (hi.is_small() || hi == None)) {
        ListObject* part = slice_list(*this, static_cast<ListObject*>(seq.obj()), lo, hi);
        --budget;
        clock += cost[static_cast<int>(Op::BINARY_SUBSCR)];
        ++ip;
        sp -= 3;
        PUSH(Value::object(part));
        DISPATCH();
      }
    }
    Value step = arg == 3 ? POP() : None;
    Value stop_ = POP();
    Value start = POP();
    PUSH(Value::object(heap.make<SliceObject>(t.slice, start, stop_, step)));
    DISPATCH();
  }
  TARGET(BUILD_TUPLE) {
    TupleObject* tup = new_tuple(arg);
    sp -= arg;
    for (uint32_t i = 0; i < arg; ++i) tup->items[i] = sp[i];
    PUSH(Value::object(tup));
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    ListObject* l = new_list(arg);
    sp -= arg;
    for (uint32_t i = 0; i < arg; ++i) l->items[i] = sp[i];
    PUSH(Value::object(l));
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    SAVE_FRAME();
    sp -= arg;
    for (uint32_t i = 0; i < arg; ++i) {
      if (user_key(sp[i])) {
        st = call_op(build_set_op3, tuple_of(*this, sp, arg), Value(), Value(), &result);
        COMPLETE(st, result);
      }
    }
    SetObject* s = new_set();
    for (uint32_t i = 0; i < arg; ++i) {
      if (set_add(s, sp[i]) < 0) goto error;
    }
    PUSH(Value::object(s));
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    SAVE_FRAME();
    sp -= 2 * arg;
    for (uint32_t i = 0; i < arg; ++i) {
      if (user_key(sp[2 * i])) {
        st = call_op(build_map_op3, tuple_of(*this, sp, 2 * arg), Value(), Value(), &result);
        COMPLETE(st, result);
      }
    }
    DictObject* d = new_dict();
    for (uint32_t i = 0; i < arg; ++i) {
      if (!dict_set(d, sp[2 * i], sp[2 * i + 1])) goto error;
    }
    PUSH(Value::object(d));
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    sp -= arg;
    Value joined = concat_strings(*this, sp, static_cast<int>(arg));
    PUSH(joined);
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = POP();
    static_cast<ListObject*>(sp[-static_cast<int>(arg)].obj())->items.push_back(v);
    heap.account(sizeof(Value));
    DISPATCH();
  }
  TARGET(SET_ADD) {
    SAVE_FRAME();
    Value v = POP();
    if (user_key(v)) {
      st = call_op(set_add_op3, sp[-static_cast<int>(arg)], v, Value(), &result);
      if (st == Status::Ok) DISPATCH();
      if (st == Status::Error) goto error;
      goto do_request_discard;
    }
    if (set_add(static_cast<SetObject*>(sp[-static_cast<int>(arg)].obj()), v) < 0) goto error;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    SAVE_FRAME();
    Value v = POP();
    Value k = POP();
    if (user_key(k)) {
      st = call_op(map_add_op3, sp[-static_cast<int>(arg)], k, v, &result);
      if (st == Status::Ok) DISPATCH();
      if (st == Status::Error) goto error;
      goto do_request_discard;
    }
    if (!dict_set(static_cast<DictObject*>(sp[-static_cast<int>(arg)].obj()), k, v)) goto error;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    SAVE_FRAME();
    if (items_by_request(TOP())) {
      st = gather_operand(*this, sp - 1, Value(), 1, Value());
      if (st == Status::Call) {
        operand_depth = 0;
        goto request_operand;
      }
      if (st == Status::Error) goto error;
    }
    Value it = POP();
    if (!list_extend_op(*this, sp[-static_cast<int>(arg)], it)) goto error;
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    SAVE_FRAME();
    if (items_by_request(TOP())) {
      st = gather_operand(*this, sp - 1, Value(), -1, Value());
      if (st == Status::Call) {
        operand_depth = 0;
        goto request_operand;
      }
      if (st == Status::Error) goto error;
    }
    Value it = POP();
    // Adding is idempotent: a key's Python __hash__/__eq__ is replayed.
    st = call_op(set_update_op3, sp[-static_cast<int>(arg)], it, Value(), &result);
    if (st == Status::Call) goto do_request_discard;
    if (st != Status::Ok) goto error;
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    SAVE_FRAME();
    if (!TOP().is_object() || TOP().obj()->kind != Kind::Dict) {
      st = call_op(mapping_op3, TOP(), Value(), Value(), &result);
      if (st == Status::Call) {
        operand_depth = 0;
        goto request_operand;
      }
      if (st == Status::Error) goto error;
      sp[-1] = result;
    }
    Value src = POP();
    st = call_op(dict_update_op3, sp[-static_cast<int>(arg)], src, Value(), &result);
    if (st == Status::Call) goto do_request_discard;
    if (st != Status::Ok) goto error;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    SAVE_FRAME();
    if (!TOP().is_object() || TOP().obj()->kind != Kind::Dict) {
      st = call_op(mapping_op3, TOP(), sp[-static_cast<int>(arg) - 3], sp[-static_cast<int>(arg) - 1], &result);
      if (st == Status::Call) {
        operand_depth = 0;
        goto request_operand;
      }
      if (st == Status::Error) goto error;
      sp[-1] = result;
    }
    Value src = POP();
    if (!dict_merge_op(*this, sp[-static_cast<int>(arg)], src, sp[-static_cast<int>(arg) - 2])) goto error;
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    auto* l = static_cast<ListObject*>(TOP().obj());
    TupleObject* tup = new_tuple(0);
    tup->items = l->items;
    sp[-1] = Value::object(tup);
    DISPATCH();
  }
  TARGET(MATCH_SEQUENCE) {
    Value is_seq = match_is_sequence(TOP()) ? True : False;
    PUSH(is_seq);
    DISPATCH();
  }
  TARGET(MATCH_MAPPING) {
    Value is_map = match_is_mapping(TOP()) ? True : False;
    PUSH(is_map);
    DISPATCH();
  }
  TARGET(GET_LEN) {
    SAVE_FRAME();
    st = op_len(*this, TOP(), &result);
    COMPLETE(st, result);
  }
  TARGET(MATCH_KEYS) {
    SAVE_FRAME();
    st = call_op(match_keys_op3, sp[-2], sp[-1], Value(), &result);
    if (st == Status::Call) goto do_request;
    if (st != Status::Ok) goto error;
    PUSH(result);
    DISPATCH();
  }
  TARGET(COPY_DICT_WITHOUT_KEYS) {
    SAVE_FRAME();
    st = call_op(match_rest_op3, sp[-2], sp[-1], Value(), &result);
    if (st == Status::Call) {
      --sp;
      goto do_request;
    }
    if (st != Status::Ok) goto error;
    sp[-1] = result;
    DISPATCH();
  }
  TARGET(MATCH_CLASS) {
    SAVE_FRAME();
    {
      Value npos[2] = {sp[-1], Value::small(arg)};
      st = call_op(match_class_op3, sp[-3], sp[-2], tuple_of(*this, npos, 2), &result);
    }
    if (st == Status::Call) {
      sp -= 3;
      goto do_request;
    }
    if (st != Status::Ok) goto error;
    sp -= 2;
    sp[-1] = result;
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    SAVE_FRAME();
    if (__builtin_expect(items_by_request(TOP()), 0)) {
      st = gather_operand(*this, sp - 1, Value::small(static_cast<int64_t>(arg) + 1), 0, Value());
      if (st == Status::Call) {
        operand_depth = 0;
        goto request_operand;
      }
      if (st == Status::Error) goto error;
    }
    Value seq = POP();
    if (!unpack_sequence(*this, seq, arg, sp)) goto error;
    sp += arg;
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    SAVE_FRAME();
    if (items_by_request(TOP())) {
      st = gather_operand(*this, sp - 1, Value(), 0, Value());
      if (st == Status::Call) {
        operand_depth = 0;
        goto request_operand;
      }
      if (st == Status::Error) goto error;
    }
    Value seq = POP();
    if (!unpack_ex(*this, seq, arg & 0xff, arg >> 8, sp)) goto error;
    sp += (arg & 0xff) + (arg >> 8) + 1;
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    SAVE_FRAME();
    Value spec = (arg & 4) ? POP() : Value();
    Value v = POP();
    if (spec.is_null() && (arg & 3) == 0 && is_str(v)) {
      PUSH(v);
      DISPATCH();
    }
    st = call_op(format_value_op3, v, spec, Value::small(arg & 3), &result);
    COMPLETE(st, result);
  }
  TARGET(JUMP) {
    ip = code->code.data() + arg;
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD) {
    ip = code->code.data() + arg;
    SWITCH_POINT();
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    if (v == False) {
      ip = code->code.data() + arg;
      DISPATCH();
    }
    if (v == True) DISPATCH();
    SAVE_FRAME();
    if (v.is_object() && v.obj()->type->is_heap_type) {
      // A Python __bool__/__len__ runs as a frame; its answer (a bool) is
      // pushed back and this jump executes again.
      st = truth_request(*this, v);
      if (st == Status::Call) {
        --ip;
        f->deliver = Frame::Deliver::Again;
        SAVE_FRAME();
        goto do_request_mode;
      }
      if (st == Status::Error) goto error;
    }
    int r = truthy(v);
    if (r < 0) goto error;
    if (!r) ip = code->code.data() + arg;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    if (v == True) {
      ip = code->code.data() + arg;
      DISPATCH();
    }
    if (v == False) DISPATCH();
    SAVE_FRAME();
    if (v.is_object() && v.obj()->type->is_heap_type) {
      // A Python __bool__/__len__ runs as a frame; its answer (a bool) is
      // pushed back and this jump executes again.
      st = truth_request(*this, v);
      if (st == Status::Call) {
        --ip;
        f->deliver = Frame::Deliver::Again;
        SAVE_FRAME();
        goto do_request_mode;
      }
      if (st == Status::Error) goto error;
    }
    int r = truthy(v);
    if (r < 0) goto error;
    if (r) ip = code->code.data() + arg;
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    SAVE_FRAME();
    if (TOP().is_object() && TOP().obj()->type->is_heap_type) {
      st = truth_request(*this, TOP());  // a Python __bool__/__len__ runs as a frame
      if (st == Status::Call) {
        f->deliver = Frame::Deliver::JumpIfFalseOrPop;
        goto do_request_mode;
      }
      if (st == Status::Error) goto error;
    }
    int r = truthy(TOP());
    if (r < 0) goto error;
    if (!r)
      ip = code->code.data() + arg;
    else
      --sp;
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    SAVE_FRAME();
    if (TOP().is_object() && TOP().obj()->type->is_heap_type) {
      st = truth_request(*this, TOP());
      if (st == Status::Call) {
        f->deliver = Frame::Deliver::JumpIfTrueOrPop;
        goto do_request_mode;
      }
      if (st == Status::Error) goto error;
    }
    int r = truthy(TOP());
    if (r < 0) goto error;
    if (r)
      ip = code->code.data() + arg;
    else
      --sp;
    DISPATCH();
  }
  TARGET(GET_ITER) {
    Value v = TOP();
    if (v.is_object() && v.obj()->kind == Kind::Generator) {
      auto* g = static_cast<GeneratorObject*>(v.obj());
      if (g->state == GenState::Created && op_of(ip[-2]) == Op::CALL) g->loop_owned = true;
      DISPATCH();
    }
    SAVE_FRAME();
    --sp;
    st = op_iter(*this, v, &result);
    COMPLETE(st, result);
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    if (it.is_object()) {
      Object* o = it.obj();
      if (o->kind == Kind::Iterator && o->type != t.generator) {
        auto* iter = static_cast<IteratorObject*>(o);
        // Range and list iterators inline: the for-loop hot path.
        if (o->type == t.range_iterator) {
          if (iter->index < iter->limit) {
            int64_t v = iter->aux2.small_value() + iter->index * iter->step;
            ++iter->index;
            PUSH(Value::fits_small(v) ? Value::small(v) : make_int(v));
            DISPATCH();
          }
          --sp;
          ip = code->code.data() + arg;
          DISPATCH();
        }
        if (o->type == t.list_iterator) {
          auto& items = static_cast<ListObject*>(iter->source.obj())->items;
          if (iter->index < static_cast<int64_t>(items.size())) {
            PUSH(items[iter->index++]);
            DISPATCH();
          }
          --sp;
          ip = code->code.data() + arg;
          DISPATCH();
        }
        if (o->type == t.deque_iterator) {  // limit: the deque's state when the iterator was made
          auto* d = static_cast<DequeObject*>(iter->source.obj());
          if (iter->index < d->size && d->state == static_cast<uint64_t>(iter->limit)) {
            PUSH(d->at(iter->index++));
            DISPATCH();
          }
        }
        SAVE_FRAME();
        Value item;
        st = iter->next(*this, iter, &item);
        if (st == Status::Call) goto do_request;  // exhaustion arrives as StopIteration
        if (st != Status::Ok) goto error;
        if (item.is_null()) {
          --sp;
          ip = code->code.data() + arg;
          DISPATCH();
        }
        PUSH(item);
        DISPATCH();
      }
      if (o->kind == Kind::Generator) {
        SAVE_FRAME();
        outcome = resume_generator(th, static_cast<GeneratorObject*>(o), None, false, &result);
        if (outcome == CallOutcome::Pushed) goto enter_frame;
        goto error;  // running or closed generators raise here
      }
    }
    SAVE_FRAME();
    st = op_next(*this, it, &result);
    if (st == Status::Ok) {
      if (result.is_null()) {
        --sp;
        ip = code->code.data() + arg;
        DISPATCH();
      }
      PUSH(result);
      DISPATCH();
    }
    if (st == Status::Error) goto error;
    // A Python __next__: its StopIteration ends the loop (see deliver_error).
    goto do_request;
  }
  TARGET(POP_ITER) {
    Value it = POP();
    if (it.is_object() && (it.obj()->kind == Kind::Generator || it.obj()->kind == Kind::AsyncGen) &&
        static_cast<GeneratorObject*>(it.obj())->loop_owned) {
      // The loop was left early: the generator is closed (as frames).
      SAVE_FRAME();
      st = close_dropped(*this, &it, &it + 1, Value(), &result);
      if (st == Status::Call) goto do_request_discard;
      if (st == Status::Error) goto error;
    }
    DISPATCH();
  }
  TARGET(KW_NAMES) {
    kwnames = static_cast<TupleObject*>(consts[arg].obj());
    // KW_NAMES and its CALL are one step: kwnames lives in a register, so
    // a slice must never end between them (no budget or breaker check).
    word = *ip++;
    clock += cost[word & 0xff];
    --budget;
    arg = word >> 8;
    goto call_with_kwnames;
  }
  TARGET(CALL) {
  call_with_kwnames:
    // Stack: (null, callable, args...) or (method, self, args...).
    int nargs = static_cast<int>(arg);
    Value* args = sp - nargs;
    Value callable = args[-2];
    if (!callable.is_null()) {
      args -= 1;  // self becomes the first argument
      nargs += 1;
    } else {
      callable = args[-1];
    }
    TupleObject* kw = kwnames;
    kwnames = nullptr;
    int npos = nargs - (kw ? static_cast<int>(kw->items.size()) : 0);
    sp -= static_cast<int>(arg) + 2;  // the result goes where the pair was
    SAVE_FRAME();
    if (callable.is_object()) {
      Kind ck = callable.obj()->kind;
      if (ck == Kind::Function) {
        if (!kw && push_simple_call(*this, th, static_cast<FunctionObject*>(callable.obj()), args, npos)) {
          LOAD_FRAME();
          // The callee's RESUME runs in this dispatch, as a superinstruction's
          // second part would (its step, its cost, its switch point).
          if (__builtin_expect(budget >= 1 && !every_instruction && op_of(*ip) == Op::RESUME, 1)) {
            --budget;
            clock += cost[*ip++ & 0xff];
            SWITCH_POINT();
          }
          DISPATCH();
        }
        outcome = push_function(th, static_cast<FunctionObject*>(callable.obj()), args, npos, kw, &result);
        goto call_outcome;
      }
      if (ck == Kind::NativeFunction) {
        // Built-in functions and methods (len, list.append, ...) directly;
        // call_value does the same, one call deeper.
        auto* nf = static_cast<NativeFunctionObject*>(callable.obj());
        Value self = nf->self;
        if (!(nf->is_method && self.is_null())) {
          th->clock_ns = clock;  // a native may read or charge simulated time
          st = call_native(nf->fn, self, Args{args, npos, kw}, &result);
          clock = th->clock_ns;
          goto native_done;
        }
        // An unbound method applies only to its own type (str.strip(5) is
        // a TypeError, not str's code run on an int): call_value says so.
        if (npos >= 1 && (!nf->owner || type_of(args[0]) == nf->owner || is_subtype(type_of(args[0]), nf->owner))) {
          th->clock_ns = clock;
          st = call_native(nf->fn, args[0], Args{args + 1, npos - 1, kw}, &result);
          clock = th->clock_ns;
          goto native_done;
        }
      }
    }
    // A native may read or charge simulated time (time.time, sleep).
    th->clock_ns = clock;
    outcome = call_value(th, callable, args, npos, kw, &result);
    clock = th->clock_ns;
    goto call_outcome;
  }
  TARGET(CALL_FUNCTION_EX) {
    SAVE_FRAME();
    if (items_by_request(sp[-1 - static_cast<int>(arg & 1)])) {
      st = gather_operand(*this, sp - 1 - static_cast<int>(arg & 1), Value(), 2, sp[-2 - static_cast<int>(arg & 1)]);
      if (st == Status::Call) {
        operand_depth = static_cast<uint8_t>(arg & 1);
        goto request_operand;
      }
      if (st == Status::Error) goto error;
    }
    DictObject* kwargs = arg ? static_cast<DictObject*>(POP().obj()) : nullptr;
    Value pos = POP();
    Value callable = POP();
    --sp;  // the null below the callable
    SAVE_FRAME();
    th->clock_ns = clock;
    outcome = call_with_star_args(th, callable, pos, kwargs, &result);
    clock = th->clock_ns;
    goto call_outcome;
  }
  TARGET(MAKE_FUNCTION) {
    auto* fcode = static_cast<CodeObject*>(POP().obj());
    TupleObject* closure = (arg & 8) ? static_cast<TupleObject*>(POP().obj()) : nullptr;
    DictObject* kwdefaults = (arg & 2) ? static_cast<DictObject*>(POP().obj()) : nullptr;
    TupleObject* defaults = (arg & 1) ? static_cast<TupleObject*>(POP().obj()) : nullptr;
    FunctionObject* fn = make_function(*this, f, fcode);
    fn->closure = closure;
    fn->kwdefaults = kwdefaults;
    fn->defaults = defaults;
    PUSH(Value::object(fn));
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
  return_value:
    Value v = POP();
    Frame* caller = f->back;
    if (__builtin_expect(!f->is_entry && !f->gen && caller && caller->code, 1)) {
      // A function returning into a Python frame: frame_return and
      // deliver_value's common case, without their checks.
      th->top = caller;
      --th->depth;
      if (__builtin_expect(f->obj != nullptr, 0)) {
        f->ip = ip;  // the frame object keeps the line it returned from
        detach_frame_object(f);
      }
      heap.free_frame(f);
      LOAD_FRAME();
      PUSH(v);
      f->sp = sp;
      if (__builtin_expect(op_of(*ip) == Op::POP_TOP, 0) && v.is_object() && v.obj()->kind == Kind::Generator)
        warn_if_unawaited(*this, v, f, ip);  // a wrapper returned a coroutine that is dropped
      SWITCH_POINT();
      DISPATCH();
    }
    delivered = v;
    SAVE_FRAME();
    goto frame_return;
  }
  TARGET(YIELD_VALUE) {
    delivered = POP();
    SAVE_FRAME();
    GeneratorObject* gen = f->gen;
    gen->state = GenState::Suspended;
    generator_leave(th, gen, false);
    th->top = f->back;
    f->back = nullptr;
    --th->depth;
    if (arg) goto async_gen_yield;  // an async generator's own `yield`
    goto deliver_value;
  }
  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (v.is_object() && v.obj()->kind == Kind::Generator) DISPATCH();
    SAVE_FRAME();
    --sp;
    st = op_iter(*this, v, &result);
    COMPLETE(st, result);
  }
  TARGET(GET_AWAITABLE) {
    Value v = TOP();
    if (v.is_object() && v.obj()->kind == Kind::Generator && static_cast<GeneratorObject*>(v.obj())->is_coroutine) {
      auto* g = static_cast<GeneratorObject*>(v.obj());
      if (g->state != GenState::Suspended || generator_awaiting(*this, g) == None) DISPATCH();
      SAVE_FRAME();
      raise(t.RuntimeError_, "coroutine is being awaited already");
      goto error;
    }
    SAVE_FRAME();
    --sp;
    st = op_await_iter(*this, v, arg, &result);
    COMPLETE(st, result);
  }
  TARGET(GET_AITER) {
    Value v = TOP();
    if (v.is_object() && v.obj()->kind == Kind::AsyncGen) {
      // An async generator made for this loop: leaving it early closes it.
      auto* g = static_cast<GeneratorObject*>(v.obj());
      if (g->state == GenState::Created && op_of(ip[-2]) == Op::CALL) g->loop_owned = true;
      DISPATCH();
    }
    SAVE_FRAME();
    --sp;
    st = op_aiter(*this, v, &result);
    COMPLETE(st, result);
  }
  TARGET(GET_ANEXT) {
    SAVE_FRAME();
    st = op_anext(*this, TOP(), &result);
    COMPLETE(st, result);
  }
  TARGET(BEFORE_ASYNC_WITH) {
    SAVE_FRAME();
    Value aexit;
    st = op_before_async_with(*this, TOP(), &aexit, &result);
    if (st == Status::Error) goto error;
    sp[-1] = aexit;
    COMPLETE(st, result);
  }
  TARGET(SEND) {
    Value v = POP();
    Value it = TOP();
    SAVE_FRAME();
    if (GeneratorObject* g = as_gen(it)) {
      outcome = resume_generator(th, g, v, false, &result);
      if (outcome == CallOutcome::Pushed) goto enter_frame;
      goto error;
    }
    if (it.is_object() && it.obj()->kind == Kind::AgAwaitable) {  // awaiting __anext__() & co
      st = athrow_make_exception(*this, static_cast<AgAwaitable*>(it.obj()), v);
      if (st != Status::Ok) {  // athrow(SomeClass): the exception is made first, as a frame
        PUSH(v);
        operand_depth = 0;
        goto request_operand;
      }
      outcome = resume_ag_awaitable(*this, th, static_cast<AgAwaitable*>(it.obj()), v, false, &result);
      if (outcome == CallOutcome::Pushed) goto enter_frame;
      if (outcome == CallOutcome::Error) goto error;
      sp[-1] = result;
      ip = code->code.data() + arg;
      DISPATCH();
    }
    // A plain iterator under `yield from`: next() it (send of non-None:
    // .send()). A Python __next__/send runs as a frame: its value is pushed
    // for the YIELD_VALUE that follows; its StopIteration ends the `yield
    // from` (deliver_error).
    if (v == None) {
      st = op_next(*this, it, &result);
      if (st == Status::Error) goto error;
      if (st == Status::Call) goto do_request;
      if (result.is_null()) {
        sp[-1] = None;
        ip = code->code.data() + arg;
        DISPATCH();
      }
      PUSH(result);
      DISPATCH();
    }
    {
      Value meth = get_attr(it, n.send);
      if (meth.is_null()) goto error;
      request_call(meth, Value(), &v, 1, nullptr, nullptr);
      goto do_request;
    }
  }
  TARGET(RAISE_VARARGS) {
    SAVE_FRAME();
    if (arg == 0) {
      Value handled = th->topmost_handled();
      if (handled.is_null() || handled == None) {
        raise(t.RuntimeError_, "No active exception to reraise");
        goto error;
      }
      th->exc = handled;
      goto error_no_traceback;  // a bare `raise` adds no traceback line (CPython's do_raise)
    }
    Value cause = arg == 2 ? POP() : Value();
    Value exc = POP();
    // `raise SomeClass` makes an instance: a Python __init__ runs as a frame.
    st = call_op(raise_op3, exc, cause, arg == 2 ? True : False, &result);
    if (st == Status::Call) goto do_request;  // ends in the exception
    goto error;
  }
  TARGET(PUSH_EXC_INFO) {
    Value exc = POP();
    PUSH(th->handled.is_null() ? None : th->handled);
    th->handled = exc;
    PUSH(exc);
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    Value prev = POP();
    th->handled = prev == None ? Value() : prev;
    DISPATCH();
  }
  TARGET(RERAISE) {
    th->exc = POP();
    SAVE_FRAME();
    goto error_no_traceback;
  }
  TARGET(CHECK_EXC_MATCH) {
    SAVE_FRAME();
    Value type = TOP();
    Value exc = SECOND();
    if (!check_exception_type(type)) goto error;
    sp[-1] = exception_matches(exc, type) ? True : False;
    DISPATCH();
  }
  TARGET(BEFORE_WITH) {
    SAVE_FRAME();
    Value mgr = POP();
    Value enter = get_attr_opt(mgr, n.__enter__);
    Value exit = enter.is_null() ? Value() : get_attr_opt(mgr, n.__exit__);
    if (enter.is_null() || exit.is_null()) {
      if (th->exc.is_null()) {
        raise_joined(*this, t.TypeError_, {"'", type_name(mgr), "' object does not support the context manager protocol"});
      }
      goto error;
    }
    PUSH(exit);
    SAVE_FRAME();
    th->clock_ns = clock;
    outcome = call_value(th, enter, nullptr, 0, nullptr, &result);
    clock = th->clock_ns;
    goto call_outcome;
  }
  TARGET(WITH_EXCEPT_START) {
    // Stack: exit, prev_handled, exc.
    SAVE_FRAME();
    Value exc = sp[-1];
    Value exit = sp[-3];
    Value tb = exc.is_object() && exc.obj()->kind == Kind::Exception
                   ? traceback_of(static_cast<ExceptionObject*>(exc.obj()))
                   : None;
    Value args3[3] = {Value::object(type_of(exc)), exc, tb};
    th->clock_ns = clock;
    outcome = call_value(th, exit, args3, 3, nullptr, &result);
    clock = th->clock_ns;
    goto call_outcome;
  }
  TARGET(LOAD_BUILD_CLASS) {
    PUSH(dict_get_str(builtins, intern("__build_class__")));
    DISPATCH();
  }
  TARGET(LOAD_LOCALS) {
    PUSH(Value::object(f->locals));
    DISPATCH();
  }
  TARGET(IMPORT_NAME) {
    SAVE_FRAME();
    --sp;  // the module replaces the fromlist
    st = op_import(*this, code->names[arg], &result);
    COMPLETE(st, result);
  }
  TARGET(IMPORT_FROM) {
    SAVE_FRAME();
    Value m = TOP();
    StrObject* name = code->names[arg];
    Value v = get_attr_opt(m, name);
    if (v.is_null()) {
      if (!th->exc.is_null()) th->exc = Value();
      auto* mod = static_cast<ModuleObject*>(m.obj());
      std::string_view note = partial_module_note(mod->name->text);
      raise_joined(*this, t.ImportError_,
                   {"cannot import name '", name->text, "' from '", mod->name->text, "'",
                    note.empty() ? std::string_view(" (unknown location)") : note});
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    SAVE_FRAME();
    Value m = POP();
    auto* mod = static_cast<ModuleObject*>(m.obj());
    DictObject* dst = f->locals ? f->locals : f->globals;
    for (auto& e : mod->dict->entries) {
      if (e.key.is_null() || as_str(e.key)->text.rfind("_", 0) == 0) continue;
      dict_set(dst, e.key, e.value);
    }
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value::object(t.AssertionError_));
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    DictObject* dst = f->locals ? f->locals : f->globals;
    if (dict_get_str(dst, n.__annotations__).is_null()) dict_set_str(dst, n.__annotations__, Value::object(new_dict()));
    DISPATCH();
  }
  TARGET(DELETE_LOCALS_SENTINEL) { DISPATCH(); }
  TARGET(CHECK_EG_MATCH)
  TARGET(PREP_RERAISE_STAR) {
    // except*'s two steps are natives (builtins/exception_group.cpp) that
    // may continue in Python code (split(), derive()).
    SAVE_FRAME();
    Value args2[2] = {sp[-2], sp[-1]};
    sp -= 2;
    f->sp = sp;
    th->clock_ns = clock;
    outcome = call_value(th, op_of(ip[-1]) == Op::CHECK_EG_MATCH ? eg_match_fn : eg_reraise_fn, args2, 2, nullptr,
                         &result);
    clock = th->clock_ns;
    goto call_outcome;
  }

#ifndef INTERLEAVE_COMPUTED_GOTO
    default:
      break;
  }
#endif

  // ---------------------------------------------------------------------------
  // Calls
  // ---------------------------------------------------------------------------

call_outcome:
  // sp points at the result slot of the caller (f is still the caller).
  switch (outcome) {
    case CallOutcome::Done:
      PUSH(result);
      f->sp = sp;
      if (op_of(*ip) == Op::POP_TOP && result.is_object() && result.obj()->kind == Kind::Generator)
        warn_if_unawaited(*this, result, f, ip);  // `f()` made a coroutine and drops it
      SWITCH_POINT();  // "after a call returns"
      DISPATCH();
    case CallOutcome::Pushed:
      goto enter_frame;
    case CallOutcome::Block:
      stop = StopReason::Blocked;
      goto leave_saved;
    case CallOutcome::Error:
      goto error;
  }

native_done:
  // A native called by CALL finished (or asked for a call, or blocked).
  switch (st) {
    case Status::Ok:
      PUSH(result);
      f->sp = sp;
      SWITCH_POINT();  // "after a call returns"
      DISPATCH();
    case Status::Error:
      goto error;
    case Status::Block:
      stop = StopReason::Blocked;
      goto leave_saved;
    case Status::Call:
      goto do_request;
  }

do_request:
  // An operation's result comes from a Python call: the result is pushed on
  // this frame's stack when it returns.
  f->sp = sp;
  outcome = perform_request(th, &result);
  goto call_outcome;

do_request_mode:
  // As do_request, with f->deliver saying what the answer does (`x and y`
  // waiting for x's Python __bool__, an instruction that runs again).
  f->sp = sp;
  outcome = perform_request(th, &result);
  if (outcome == CallOutcome::Pushed) goto enter_frame;
  if (outcome == CallOutcome::Done) {
    // Answered at once: deliver_value does what f->deliver says.
    delivered = result;
    goto deliver_value;
  }
  if (outcome == CallOutcome::Block) {
    stop = StopReason::Blocked;
    goto leave_saved;
  }
  if (f->deliver == Frame::Deliver::Rethrow) {
    f->deliver = Frame::Deliver::Push;
    goto error_no_traceback;
  }
  if (f->deliver == Frame::Deliver::Again || f->deliver == Frame::Deliver::Operand) ++ip;
  f->deliver = Frame::Deliver::Push;
  goto error;

request_operand:
  // The instruction at ip - 1 needs its operand operand_depth below the top
  // replaced by the answer of the request made (the items of a generator,
  // gathered by Python frames): it runs again when the answer comes.
  --ip;
  f->deliver = Frame::Deliver::Operand;
  f->operand_depth = operand_depth;
  SAVE_FRAME();
  goto do_request_mode;

do_request_discard:
  // As do_request, for operations without a result (setitem, setattr, a
  // property setter): the callee runs as a frame like any other, and the
  // value it returns is dropped when it is delivered to this frame. A
  // continuation between the two keeps the return off the fast path.
  f->sp = sp;
  chain_cont(discard_cont, nullptr);
  f->deliver = Frame::Deliver::Discard;
  outcome = perform_request(th, &result);
  if (outcome == CallOutcome::Pushed) goto enter_frame;
  f->deliver = Frame::Deliver::Push;
  if (outcome == CallOutcome::Done) {
    SWITCH_POINT();
    DISPATCH();
  }
  if (outcome == CallOutcome::Block) {
    f->deliver = Frame::Deliver::Discard;
    stop = StopReason::Blocked;
    goto leave_saved;
  }
  goto error;

  // ---------------------------------------------------------------------------
  // Returning into the caller
  // ---------------------------------------------------------------------------

frame_return : {
  // [f] returns [delivered]. Pop it; generators finish; then deliver.
  Frame* done = f;
  th->top = f->back;
  --th->depth;
  if (done->is_entry) {
    th->result = delivered;
    release_frame(done);
    stop = StopReason::Finished;
    goto leave;
  }
  if (GeneratorObject* gen = done->gen) {
    gen->state = GenState::Closed;
    gen->frame = nullptr;
    generator_leave(th, gen, true);
    release_frame(done);
    if (gen->kind == Kind::AsyncGen && !async_gen_stopped(*this, gen, AgStop::Returned, &delivered)) goto deliver_error;
    goto generator_finished;
  }
  release_frame(done);
  goto deliver_value;
}

async_gen_yield:
  // The awaitable that resumed the async generator [f] ends (or fails).
  if (async_gen_stopped(*this, f->gen, AgStop::Yielded, &delivered)) goto generator_finished;
  goto deliver_error;

generator_finished: {
    // A finished generator (or async generator awaitable) with [delivered]:
    // FOR_ITER / SEND in the caller end their loop; anyone else sees
    // StopIteration(value).
    Frame* c = th->top;
    if (c && c->code) {
      Op prev = op_of(c->ip[-1]);
      if (prev == Op::FOR_ITER) {
        LOAD_FRAME();
        --sp;
        ip = code->code.data() + arg_of(ip[-1]);
        DISPATCH();
      }
      if (prev == Op::SEND) {
        LOAD_FRAME();
        sp[-1] = delivered;
        ip = code->code.data() + arg_of(ip[-1]);
        DISPATCH();
      }
    }
    th->exc = stop_iteration_with(*this, delivered);
    delivered_error = true;
    goto deliver_error;
}

deliver_value:
  // Hand [delivered] to th->top: a Python frame pushes it; a continuation
  // frame runs its native continuation.
  while (th->top && !th->top->code) {
    Frame* cf = th->top;
    th->top = cf->back;
    if (cf->is_entry) {
      th->result = delivered;
      release_frame(cf);
      stop = StopReason::Finished;
      goto leave;
    }
    ContFn cont = cf->cont;
    Object* state = cf->cont_state;
    release_frame(cf);
    th->clock_ns = clock;  // a continuation may read the time (greenlet switches are traced)
    st = cont(*this, state, Status::Ok, delivered, &result);
    if (st == Status::Ok) {
      delivered = result;
      continue;
    }
    if (st == Status::Error) goto deliver_error;
    if (st == Status::Block) {
      stop = StopReason::Blocked;
      goto leave;
    }
    outcome = perform_request(th, &result);
    if (outcome == CallOutcome::Pushed) goto enter_frame;
    if (outcome == CallOutcome::Error) goto deliver_error;
    if (outcome == CallOutcome::Block) {
      stop = StopReason::Blocked;
      goto leave;
    }
    delivered = result;
  }
  if (!th->top) {
    th->result = delivered;
    stop = StopReason::Finished;
    goto leave;
  }
  LOAD_FRAME();
  if (__builtin_expect(f->deliver != Frame::Deliver::Push, 0)) {
    Frame::Deliver mode = f->deliver;
    f->deliver = Frame::Deliver::Push;
    if (mode == Frame::Deliver::Again || mode == Frame::Deliver::Operand) {
      // The instruction at ip runs again with the answer.
      if (mode == Frame::Deliver::Again)
        PUSH(delivered);
      else
        sp[-1 - f->operand_depth] = delivered;
      f->sp = sp;
      DISPATCH();
    }
    if (mode != Frame::Deliver::Discard) {
      // x's truth for `x and y` / `x or y` (truth_cont made it a bool): x
      // stays as the result, or is dropped for y.
      if ((delivered == True) == (mode == Frame::Deliver::JumpIfTrueOrPop))
        ip = code->code.data() + arg_of(ip[-1]);
      else
        --sp;
      f->sp = sp;
    }
    SWITCH_POINT();  // a setter's result: nothing to push
    DISPATCH();
  }
  PUSH(delivered);
  f->sp = sp;
  if (op_of(*ip) == Op::POP_TOP && delivered.is_object() && delivered.obj()->kind == Kind::Generator)
    warn_if_unawaited(*this, delivered, f, ip);  // a wrapper returned a coroutine that is dropped
  SWITCH_POINT();
  DISPATCH();

deliver_error:
  // The exception on the thread leaves a frame: continuations may catch it.
  while (th->top && !th->top->code) {
    Frame* cf = th->top;
    th->top = cf->back;
    if (cf->is_entry) {
      release_frame(cf);
      stop = StopReason::Raised;
      goto leave;
    }
    ContFn cont = cf->cont;
    Object* state = cf->cont_state;
    release_frame(cf);
    th->clock_ns = clock;
    st = cont(*this, state, Status::Error, Value(), &result);
    if (st == Status::Ok) {
      delivered = result;
      goto deliver_value;
    }
    if (st == Status::Error) continue;
    if (st == Status::Block) {
      stop = StopReason::Blocked;
      goto leave;
    }
    outcome = perform_request(th, &result);
    if (outcome == CallOutcome::Pushed) goto enter_frame;
    if (outcome == CallOutcome::Error) continue;
    if (outcome == CallOutcome::Block) {
      stop = StopReason::Blocked;
      goto leave;
    }
    delivered = result;
    goto deliver_value;
  }
  if (!th->top) {
    stop = StopReason::Raised;
    goto leave;
  }
  LOAD_FRAME();
  if (f->deliver == Frame::Deliver::Rethrow) {
    // The generators dropped on the way are closed: the exception goes on.
    f->deliver = Frame::Deliver::Push;
    goto error_no_traceback;
  }
  if (f->deliver == Frame::Deliver::Again || f->deliver == Frame::Deliver::Operand) ++ip;  // raised by that instruction
  f->deliver = Frame::Deliver::Push;
  // A Python __next__ raising StopIteration ends the caller's for-loop,
  // or its `yield from` (with the exception's value).
  if (op_of(ip[-1]) == Op::FOR_ITER && exception_matches(th->exc, Value::object(t.StopIteration_))) {
    th->exc = Value();
    --sp;
    ip = code->code.data() + arg_of(ip[-1]);
    DISPATCH();
  }
  if (op_of(ip[-1]) == Op::SEND && exception_matches(th->exc, Value::object(t.StopIteration_))) {
    Value val = static_cast<ExceptionObject*>(th->exc.obj())->value;
    th->exc = Value();
    sp[-1] = val.is_null() ? None : val;
    ip = code->code.data() + arg_of(ip[-1]);
    DISPATCH();
  }
  goto error;

  // ---------------------------------------------------------------------------
  // Exceptions
  // ---------------------------------------------------------------------------

error:
  // th->exc is set; f is the frame it is passing through.
  f->ip = ip;
  add_traceback(th->exc, f);
error_no_traceback : {
  f->ip = ip;
  kwnames = nullptr;
  const ExceptionTableEntry* h = find_handler(code, f->pc());
  Value* kept = h ? f->stack_base() + h->depth : f->stack_base();
  if (sp > kept) {
    // Loop-owned generators the frame drops are closed first, as frames;
    // then the exception goes on from here (Deliver::Rethrow).
    Value exc = th->exc;
    th->exc = Value();
    SAVE_FRAME();
    st = close_dropped(*this, kept, sp, exc, &result);
    if (st == Status::Call) {
      f->deliver = Frame::Deliver::Rethrow;
      goto do_request_mode;
    }
    th->exc = exc;
  }
  if (h) {
    sp = kept;
    PUSH(th->exc);
    th->exc = Value();
    ip = code->code.data() + h->handler;
    DISPATCH();
  }
  // Not handled here: the frame is done.
  Frame* done = f;
  th->top = f->back;
  --th->depth;
  // Values the frame's stack held are dropped with it.
  if (GeneratorObject* gen = done->gen) {
    gen->state = GenState::Closed;
    gen->frame = nullptr;
    generator_leave(th, gen, true);
    if (exception_matches(th->exc, Value::object(t.StopIteration_))) {
      raise_generator_stop(*this, gen);
    }
    if (gen->kind == Kind::AsyncGen && async_gen_stopped(*this, gen, AgStop::Raised, &delivered)) {
      release_frame(done);
      goto generator_finished;
    }
  }
  bool entry = done->is_entry;
  release_frame(done);
  if (entry) {
    stop = StopReason::Raised;
    goto leave;
  }
  goto deliver_error;
}

  // ---------------------------------------------------------------------------
  // Stopping
  // ---------------------------------------------------------------------------

breaker_before:
  // SwitchPoints::Any: stop before the fetched instruction runs.
  --ip;
  clock -= cost[word & 0xff];
  ++budget;
  SAVE_FRAME();
  stop = StopReason::SwitchRequested;
  goto leave;

handle_breaker:
  if (heap.collection_due()) {
    collect_garbage();
    if (heap.limit && heap.live_bytes() > heap.limit) {
      raise(t.MemoryError_, "");
      goto error;
    }
  }
  if (th->eval_breaker) {
    stop = StopReason::SwitchRequested;
    goto leave;
  }
  LOAD_FRAME();
  DISPATCH();

budget_spent:
  SAVE_FRAME();
  stop = StopReason::BudgetSpent;
  goto leave;

leave_saved:
leave:
  th->clock_ns = clock;
  th->steps += static_cast<uint64_t>(initial_budget - (budget < 0 ? 0 : budget));
  thread = saved_thread ? saved_thread : th;
  (void)delivered_error;
  return stop;
}

}  // namespace interleave::vm
