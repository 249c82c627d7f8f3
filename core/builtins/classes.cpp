// Classes and instances: calling a class (allocation + __init__ through a
// continuation), the `class` statement (__build_class__, C3 MRO, the
// __class__ cell), super(), property/staticmethod/classmethod, and the
// methods of `object` and `type`.
#include <algorithm>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

Status new_exception_group(Vm& vm, TypeObject* cls, Args args, Value* out);  // exception_group.cpp

namespace {

TypeObject* builtin_base(TypeObject* type) {
  for (TypeObject* m : type->mro)
    if (!m->is_heap_type) return m;
  return nullptr;
}

// A built-in constructor that had to run Python code (list(gen()) for a
// list subclass) made an instance of the built-in type: make it the class's.
// State: values = [class], a = the last serial before the constructor ran.
Status set_class_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* st = static_cast<OpaqueObject*>(state);
  auto* type = static_cast<TypeObject*>(st->values[0].obj());
  if (!value.is_object() || value.obj()->serial <= static_cast<uint64_t>(st->a))
    return vm.raise(vm.t.TypeError_, "cannot subclass '" + builtin_base(type)->name->text + "' in Interleave yet");
  value.obj()->type = type;
  *out = value;
  return Status::Ok;
}

// The built-in constructor asked to run Python code first: its result
// becomes an instance of [type] in set_class_cont.
Status set_class_later(Vm& vm, TypeObject* type, uint64_t before) {
  OpaqueObject* st = vm.new_opaque();
  st->values = {Value::object(type)};
  st->a = static_cast<int64_t>(before);
  vm.chain_cont(set_class_cont, st);
  return Status::Call;
}

// A built-in constructor made [*self] for an instance of [type] (whose
// built-in base is [base]); it may have handed back a shared object (its
// argument, an interned string, an inline small int) made before serial
// [before]: the instance needs its own. Then it becomes the class's.
bool adopt_instance(Vm& vm, TypeObject* type, TypeObject* base, uint64_t before, Value* self) {
  Value v = *self;
  if (!v.is_object() || v.obj()->serial <= before) {
    Kind k = v.is_object() ? v.obj()->kind : Kind::Int;
    if (k == Kind::Int) v = Value::object(vm.heap.make<IntObject>(base, vm.int_of(v)));
    else if (k == Kind::Float) v = Value::object(vm.heap.make<FloatObject>(base, vm.float_of(v)));
    else if (k == Kind::Str) v = Value::object(vm.heap.make<StrObject>(base, vm.as_str(v)->text.str()));
    else if (k == Kind::Bytes) v = Value::object(vm.heap.make<BytesObject>(base, static_cast<BytesObject*>(v.obj())->data));
    else if (k == Kind::Tuple) {
      auto* t = vm.heap.make<TupleObject>(base);
      t->items = static_cast<TupleObject*>(v.obj())->items;
      v = Value::object(t);
    } else {
      vm.raise(vm.t.TypeError_, "cannot subclass '" + base->name->text + "' in Interleave yet");
      return false;
    }
  }
  v.obj()->type = type;
  *self = v;
  return true;
}

// int.__new__(cls, ...), str.__new__(cls, ...) and the others: self is cls.
// The mutable containers come out empty: their __init__ fills them.
Status builtin_new(Vm& vm, TypeObject* owner, Value self, Args args, Value* out) {
  const std::string& oname = owner->name->text;
  if (self.is_null()) return vm.raise(vm.t.TypeError_, oname + ".__new__(): not enough arguments");
  if (!self.is_object() || self.obj()->kind != Kind::Type)
    return vm.raise(vm.t.TypeError_, oname + ".__new__(X): X is not a type object (" + vm.type_name(self) + ")");
  auto* type = static_cast<TypeObject*>(self.obj());
  if (!vm.is_subtype(type, owner))
    return vm.raise(vm.t.TypeError_, oname + ".__new__(" + type->name->text + "): " + type->name->text +
                                         " is not a subtype of " + oname);
  TypeObject* base = builtin_base(type);
  bool container = owner == vm.t.list || owner == vm.t.dict || owner == vm.t.set;
  uint64_t before = vm.heap.last_serial();
  Value made;
  Status s = base->constructor(vm, Value::object(base), container ? Args{nullptr, 0, nullptr} : args, &made);
  if (s == Status::Call && type != base) return set_class_later(vm, type, before);
  if (s != Status::Ok) return s;
  if (type != base && !adopt_instance(vm, type, base, before, &made)) return Status::Error;
  *out = made;
  return Status::Ok;
}

template <TypeObject* Types::*Owner>
Status builtin_new_of(Vm& vm, Value self, Args args, Value* out) {
  return builtin_new(vm, vm.t.*Owner, self, args, out);
}

Status init_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  if (value != vm.None)
    return vm.raise(vm.t.TypeError_, std::string("__init__() should return None, not '") + vm.type_name(value) + "'");
  *out = Value::object(state);  // the new instance itself
  return Status::Ok;
}

// A user __new__ returned [value]: an instance of the class gets the same
// arguments passed to __init__ (a Python __init__ as a frame); anything else
// is the call's result as it is.
// State: values = [class, kwnames or null, arguments...], a = positional count.
Status new_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* st = static_cast<OpaqueObject*>(state);
  auto* type = static_cast<TypeObject*>(st->values[0].obj());
  if (!vm.is_subtype(vm.type_of(value), type)) {
    *out = value;
    return Status::Ok;
  }
  // Any __init__ but object's runs: a Python one, or a container's native
  // one that fills the instance __new__ left empty (list.__init__).
  Value init = vm.lookup_type(type, vm.n.__init__);
  if (!init.is_null() && init != vm.dict_get_str(vm.t.object->dict, vm.n.__init__)) {
    auto* kwnames = st->values[1].is_null() ? nullptr : static_cast<TupleObject*>(st->values[1].obj());
    return vm.request_call(init, value, st->values.data() + 2, st->values.size() - 2, init_cont, value.obj(), kwnames);
  }
  *out = value;
  return Status::Ok;
}

}  // namespace

namespace {
Status new_class(Vm& vm, Args args, Value* out);
}  // namespace

Status call_type(Vm& vm, TypeObject* type, Args args, Value* out) {
  if (type == vm.t.type) {
    if (args.n == 1 && args.nkw() == 0) {
      *out = Value::object(vm.type_of(args[0]));
      return Status::Ok;
    }
    if (args.n != 3 || args.nkw()) return vm.raise(vm.t.TypeError_, "type() takes 1 or 3 arguments");
    return new_class(vm, args, out);
  }
  if (!type->is_heap_type) {
    if (type->constructor) return type->constructor(vm, Value::object(type), args, out);
    if (type->layout == Layout::Exception) {
      // OSError(errno, msg) picks the subclass for the errno, as CPython does.
      if (type == vm.t.OSError_ && args.n >= 2 && vm.is_int(args[0])) {
        int64_t e = vm.int_of(args[0]);
        if (e == 2) type = vm.t.FileNotFoundError_;
        if (e == 110) type = vm.t.TimeoutError_;
        if (e == 11 || e == 114 || e == 115) type = vm.t.BlockingIOError_;
        if (e == 4) type = vm.t.InterruptedError_;
        if (e == 32) type = vm.t.BrokenPipeError_;
        if (e == 103) type = vm.t.ConnectionAbortedError_;
        if (e == 104) type = vm.t.ConnectionResetError_;
        if (e == 111) type = vm.t.ConnectionRefusedError_;
      }
      *out = vm.new_exception_args(type, args.v, args.n);
      return Status::Ok;
    }
    if (type == vm.t.object) {
      if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "object() takes no arguments");
      *out = Value::object(vm.heap.make<InstanceObject>(type));
      return Status::Ok;
    }
    return vm.raise(vm.t.TypeError_, "cannot create '" + type->name->text + "' instances");
  }
  // A class from a `class` statement.
  Value user_new = Value();
  for (TypeObject* m : type->mro) {
    if (!m->is_heap_type) break;
    Value v = vm.dict_get_str(m->dict, vm.n.__new__);
    if (!v.is_null()) {
      user_new = v;
      break;
    }
  }
  Value self;
  TypeObject* base = builtin_base(type);
  if (!user_new.is_null()) {
    Value fn = user_new;
    if (fn.is_object() && fn.obj()->kind == Kind::StaticMethod) fn = static_cast<WrapperObject*>(fn.obj())->fget;
    // __new__ runs as a frame (a thread can block or be preempted in it: a
    // singleton's check-then-create race); new_cont then calls __init__.
    OpaqueObject* st = vm.new_opaque();
    st->values.reserve(args.n + args.nkw() + 2);
    st->values.push_back(Value::object(type));
    st->values.push_back(args.kwnames ? Value::object(args.kwnames) : Value());
    std::vector<Value> a;
    a.reserve(args.n + args.nkw() + 1);
    a.push_back(Value::object(type));
    for (int i = 0; i < args.n + args.nkw(); ++i) {
      a.push_back(args.v[i]);
      st->values.push_back(args.v[i]);
    }
    st->a = args.n;
    return vm.request_call(fn, std::move(a), new_cont, st, args.kwnames);
  } else if (vm.is_subtype(type, vm.t.BaseExceptionGroup_)) {
    Status s = new_exception_group(vm, type, Args{args.v, args.n, nullptr}, &self);
    if (s != Status::Ok) return s;
    Value init = vm.lookup_type(type, vm.n.__init__);
    if (args.nkw() && !(init.is_object() && init.obj()->kind == Kind::Function))
      return vm.raise(vm.t.TypeError_, type->name->text + "() takes no keyword arguments");
  } else if (base->layout == Layout::Exception) {
    self = vm.new_exception_args(type, args.v, args.n);
  } else if (base == vm.t.object) {
    self = Value::object(vm.heap.make<InstanceObject>(type));
  } else if (base->constructor) {
    Value init = vm.lookup_type(type, vm.n.__init__);
    bool user_init = init.is_object() && init.obj()->kind == Kind::Function;
    uint64_t before = vm.heap.last_serial();
    Status s = user_init ? base->constructor(vm, Value::object(base), Args{nullptr, 0, nullptr}, &self)
                         : base->constructor(vm, Value::object(base), args, &self);
    if (s == Status::Call && !user_init) return set_class_later(vm, type, before);
    if (s != Status::Ok) return s;
    if (!adopt_instance(vm, type, base, before, &self)) return Status::Error;
    if (!user_init) {
      *out = self;
      return Status::Ok;
    }
  } else {
    return vm.raise(vm.t.TypeError_, "cannot subclass '" + base->name->text + "' in Interleave yet");
  }
  Value init = vm.lookup_type(type, vm.n.__init__);
  if (init.is_object() && init.obj()->kind == Kind::Function) {
    return vm.request_call(init, self, args.v, args.n + args.nkw(), init_cont, self.obj(), args.kwnames);
  }
  if (base == vm.t.object && user_new.is_null() && (args.n || args.nkw()))
    return vm.raise(vm.t.TypeError_, type->name->text + "() takes no arguments");
  *out = self;
  return Status::Ok;
}

namespace {

// C3 linearization of [type] from its bases' MROs.
bool compute_mro(Vm& vm, TypeObject* type) {
  std::vector<std::vector<TypeObject*>> seqs;
  for (TypeObject* b : type->bases) seqs.push_back(b->mro);
  seqs.push_back(type->bases);
  std::vector<TypeObject*> result{type};
  for (;;) {
    bool empty = true;
    for (auto& s : seqs)
      if (!s.empty()) empty = false;
    if (empty) break;
    TypeObject* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* cand = s.front();
      bool in_tail = false;
      for (auto& o : seqs) {
        if (std::find(o.begin() + (o.empty() ? 0 : 1), o.end(), cand) != o.end() && !o.empty()) in_tail = true;
      }
      if (!in_tail) {
        pick = cand;
        break;
      }
    }
    if (!pick) {
      std::string names;
      for (size_t i = 0; i < type->bases.size(); ++i) {
        if (i) names += ", ";
        names += type->bases[i]->name->text;
      }
      vm.raise(vm.t.TypeError_, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
      return false;
    }
    result.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
  }
  type->mro = result;
  return true;
}

// The new class's __init_subclass__ returned: the class statement's value is the class.
Status init_subclass_cont(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  *out = Value::object(state);
  return Status::Ok;
}

Status init_subclass(Vm& vm, TypeObject* type, Value* out);
Status set_names_next(Vm& vm, OpaqueObject* st, Value* out);

// values = [the class, (attribute, name) pairs...], a = the next pair.
Status set_name_cont(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  auto* st = static_cast<OpaqueObject*>(state);
  if (incoming != Status::Ok) {
    // CPython 3.11 wraps the error, naming the attribute and the class.
    Value cause = vm.thread->exc;
    vm.thread->exc = Value();
    size_t k = static_cast<size_t>(st->a) * 2 - 1;
    std::string name;
    if (!vm.repr_append(name, st->values[k + 1], false)) vm.thread->exc = Value();
    vm.raise(vm.t.RuntimeError_, std::string("Error calling __set_name__ on '") + vm.type_name(st->values[k]) + "' instance " +
                                     name + " in '" + static_cast<TypeObject*>(st->values[0].obj())->name->text + "'");
    auto* e = static_cast<ExceptionObject*>(vm.thread->exc.obj());
    e->cause = cause;
    e->context = cause;
    e->suppress_context = true;
    return Status::Error;
  }
  return set_names_next(vm, st, out);
}

Status set_names_next(Vm& vm, OpaqueObject* st, Value* out) {
  size_t k = static_cast<size_t>(st->a) * 2 + 1;
  if (k + 1 < st->values.size()) {
    ++st->a;
    Value v = st->values[k];
    Value m = vm.lookup_type(v.obj()->type, vm.n.__set_name__);
    return vm.request_call(m, {v, st->values[0], st->values[k + 1]}, set_name_cont, st);
  }
  return init_subclass(vm, static_cast<TypeObject*>(st->values[0].obj()), out);
}

}  // namespace

TupleObject* member_info(const Object* member) {
  return static_cast<TupleObject*>(
      static_cast<NativeFunctionObject*>(static_cast<const WrapperObject*>(member)->fget.obj())->self.obj());
}

namespace {

// __slots__' member descriptors (CPython's member_descriptor): a
// property-shaped object whose getter, setter and deleter are natives bound
// to (name, owner class, index) that read, write and clear one of the
// instance's slot values.
namespace {

struct Member {
  StrObject* name;
  TypeObject* owner;
  uint32_t index;
};

Member member_of(Value data) {
  auto* t = static_cast<TupleObject*>(data.obj());
  return {static_cast<StrObject*>(t->items[0].obj()), static_cast<TypeObject*>(t->items[1].obj()),
          static_cast<uint32_t>(t->items[2].small_value())};
}

// The slot of [obj] that [m] describes, or null with TypeError raised.
Value* member_slot(Vm& vm, const Member& m, Value obj, bool make) {
  TypeObject* type = vm.type_of(obj);
  if (!obj.is_object() || obj.obj()->kind != Kind::Instance || !vm.is_subtype(type, m.owner)) {
    vm.raise(vm.t.TypeError_, "descriptor '" + m.name->text + "' for '" + m.owner->name->text +
                                  "' objects doesn't apply to a '" + vm.type_name(obj) + "' object");
    return nullptr;
  }
  auto* o = static_cast<InstanceObject*>(obj.obj());
  if (!o->slot_values) {
    static Value unset;
    if (!make) return &unset;
    o->slot_values.reset(new Value[type->slot_count]);
  }
  return &o->slot_values[m.index];
}

Status member_get(Vm& vm, Value data, Args args, Value* out) {
  Member m = member_of(data);
  Value* slot = member_slot(vm, m, args[0], false);
  if (!slot) return Status::Error;
  if (slot->is_null())
    return vm.raise(vm.t.AttributeError_, std::string("'") + vm.type_name(args[0]) + "' object has no attribute '" +
                                              m.name->text + "'");
  *out = *slot;
  return Status::Ok;
}

Status member_set(Vm& vm, Value data, Args args, Value* out) {
  Value* slot = member_slot(vm, member_of(data), args[0], true);
  if (!slot) return Status::Error;
  *slot = args[1];
  *out = vm.None;
  return Status::Ok;
}

Status member_delete(Vm& vm, Value data, Args args, Value* out) {
  Member m = member_of(data);
  Value* slot = member_slot(vm, m, args[0], false);
  if (!slot) return Status::Error;
  if (slot->is_null()) return vm.raise(vm.t.AttributeError_, m.name->text);
  *slot = Value();
  *out = vm.None;
  return Status::Ok;
}

Value make_member(Vm& vm, StrObject* name, TypeObject* owner, uint32_t index) {
  TupleObject* t = vm.new_tuple(3);
  t->items[0] = Value::object(name);
  t->items[1] = Value::object(owner);
  t->items[2] = Value::small(index);
  Value data = Value::object(t);
  auto bound = [&](const char* what, NativeFn fn) {
    NativeFunctionObject* nf = vm.new_native(what, fn);
    nf->self = data;
    return Value::object(nf);
  };
  auto* w = vm.heap.make<WrapperObject>(vm.t.member_descriptor, Kind::Property, bound("__get__", member_get));
  w->fset = bound("__set__", member_set);
  w->fdel = bound("__delete__", member_delete);
  w->doc = vm.None;
  return Value::object(w);
}

// A name in __slots__ as the class stores it: `__x` in class P is `_P__x`.
std::string mangled_slot(const TypeObject* type, const std::string& n) {
  if (n.size() < 3 || n.compare(0, 2, "__") != 0 || n.compare(n.size() - 2, 2, "__") == 0) return n;
  size_t i = type->name->text.find_first_not_of('_');
  if (i == std::string::npos) return n;
  return "_" + type->name->text.substr(i) + n;
}

}  // namespace

// __slots__: a str (one name) or an iterable of str. The names add to the
// bases'; without "__dict__", and when every class above has __slots__
// too, instances refuse other attributes (an exception keeps its dict).
// Each name of a plain class's own __slots__ becomes a member descriptor in
// its dict, over a slot value of its instances.
bool set_slots(Vm& vm, TypeObject* type) {
  Value slots = vm.dict_get_str(type->dict, vm.intern("__slots__"));
  const TypeObject* solid = nullptr;  // the base whose slot values come first
  for (TypeObject* b : type->bases) {
    for (StrObject* n : b->slot_names)
      if (std::find(type->slot_names.begin(), type->slot_names.end(), n) == type->slot_names.end())
        type->slot_names.push_back(n);
    if (b->slot_count == 0) continue;
    if (solid && !vm.is_subtype(b, solid)) {
      if (!vm.is_subtype(solid, b)) {
        vm.raise(vm.t.TypeError_, "multiple bases have instance lay-out conflict");
        return false;
      }
      continue;
    }
    solid = b;
  }
  type->slot_count = solid ? solid->slot_count : 0;
  if (slots.is_null()) return true;
  std::vector<Value> names;
  if (vm.is_str(slots)) names.push_back(slots);
  else if (!vm.collect_items(slots, &names)) return false;
  bool dict_slot = false;
  const bool members = type->instance_kind == Kind::Instance && type->layout == Layout::Object;
  std::vector<StrObject*> own;
  for (Value n : names) {
    if (!vm.is_str(n)) {
      vm.raise(vm.t.TypeError_, std::string("__slots__ items must be strings, not '") + vm.type_name(n) + "'");
      return false;
    }
    const std::string text = vm.as_str(n)->text.str();
    if (text == "__dict__") {
      dict_slot = true;
      continue;
    }
    StrObject* name = vm.intern(mangled_slot(type, text));
    if (std::find(type->slot_names.begin(), type->slot_names.end(), name) == type->slot_names.end())
      type->slot_names.push_back(name);
    if (text == "__weakref__") continue;
    if (std::find(own.begin(), own.end(), name) != own.end()) continue;
    if (vm.dict_find_str(type->dict, name) >= 0) {
      vm.raise(vm.t.ValueError_, "'" + text + "' in __slots__ conflicts with class variable");
      return false;
    }
    own.push_back(name);
  }
  if (members) {
    for (StrObject* name : own) vm.dict_set_str(type->dict, name, make_member(vm, name, type, type->slot_count++));
  }
  type->no_dict = !dict_slot && type->layout != Layout::Exception;
  for (TypeObject* b : type->bases)
    if (b->is_heap_type && !b->no_dict) type->no_dict = false;
  return true;
}

Status build_class_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* s = static_cast<OpaqueObject*>(state);
  auto* ns = static_cast<DictObject*>(s->values[0].obj());
  auto* name = vm.as_str(s->values[1]);
  auto* type = vm.heap.make<TypeObject>(vm.t.type);
  type->name = name;
  type->is_heap_type = true;
  Value q = vm.dict_get_str(ns, vm.n.__qualname__);
  type->qualname = vm.is_str(q) ? vm.as_str(q) : name;
  Value mod = vm.dict_get_str(ns, vm.n.__module__);
  type->module_name = vm.is_str(mod) ? vm.as_str(mod)->text.str() : "__main__";
  for (size_t i = 2; i < s->values.size(); ++i) type->bases.push_back(static_cast<TypeObject*>(s->values[i].obj()));
  if (type->bases.empty()) type->bases.push_back(vm.t.object);
  type->base = type->bases[0];
  if (!compute_mro(vm, type)) return Status::Error;
  TypeObject* bb = builtin_base(type);
  type->layout = bb->layout;
  type->instance_kind = bb->instance_kind;
  for (TypeObject* b : type->bases) {
    if (!b->subclassable)
      return vm.raise(vm.t.TypeError_, "type '" + b->name->text + "' is not an acceptable base type");
    if (b->layout == Layout::Exception) {
      type->layout = Layout::Exception;
      type->instance_kind = Kind::Exception;
    }
  }
  // The namespace becomes the class dict (a fresh dict keeps ns usable).
  type->dict = vm.new_dict();
  type->dict->of_type = true;
  Value classcell;
  for (auto& e : ns->entries) {
    if (e.key.is_null()) continue;
    if (vm.as_str(e.key)->text == "__classcell__") {
      classcell = e.value;
      continue;
    }
    vm.dict_set(type->dict, e.key, e.value);
  }
  if (!set_slots(vm, type)) return Status::Error;
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (vm.dict_find_str(type->dict, vm.n.__eq__) >= 0 && vm.dict_find_str(type->dict, vm.n.__hash__) < 0)
    vm.dict_set_str(type->dict, vm.n.__hash__, vm.None);
  if (!classcell.is_null()) static_cast<CellObject*>(classcell.obj())->value = Value::object(type);
  *out = Value::object(type);
  // The attributes' __set_name__(cls, name), in definition order, then the
  // base's __init_subclass__: each runs as a frame (set_names_next).
  OpaqueObject* names = nullptr;
  for (auto& e : type->dict->entries) {
    if (e.key.is_null() || !e.value.is_object()) continue;
    if (vm.lookup_type(e.value.obj()->type, vm.n.__set_name__).is_null()) continue;
    if (!names) {
      names = vm.new_opaque();
      names->values.push_back(Value::object(type));
    }
    names->values.push_back(e.value);
    names->values.push_back(e.key);
  }
  if (names) return set_names_next(vm, names, out);
  return init_subclass(vm, type, out);
}

// A heap base's __init_subclass__ runs as a frame; the class is the
// result (init_subclass_cont).
Status init_subclass(Vm& vm, TypeObject* type, Value* out) {
  *out = Value::object(type);
  for (size_t i = 1; i < type->mro.size(); ++i) {
    TypeObject* m = type->mro[i];
    if (!m->is_heap_type) break;
    Value init_sub = vm.dict_get_str(m->dict, vm.n.__init_subclass__);
    if (!init_sub.is_null()) {
      Value fn = init_sub.is_object() && init_sub.obj()->kind == Kind::ClassMethod
                     ? static_cast<WrapperObject*>(init_sub.obj())->fget
                     : init_sub;
      return vm.request_call(fn, {Value::object(type)}, init_subclass_cont, type);
    }
  }
  return Status::Ok;
}

// type(name, bases, dict): the class a class statement with that body
// would make (__module__ from the caller's globals, as CPython).
Status new_class(Vm& vm, Args args, Value* out) {
  static const char* const kWhat[3] = {"str", "tuple", "dict"};
  const bool ok[3] = {vm.is_str(args[0]), args[1].is_object() && args[1].obj()->kind == Kind::Tuple,
                      args[2].is_object() && args[2].obj()->kind == Kind::Dict};
  for (int i = 0; i < 3; ++i)
    if (!ok[i])
      return vm.raise(vm.t.TypeError_, "type.__new__() argument " + std::to_string(i + 1) + " must be " + kWhat[i] +
                                           ", not " + vm.type_name(args[i]));
  OpaqueObject* st = vm.new_opaque();
  DictObject* ns = vm.new_dict();
  if (!vm.dict_update_from(ns, args[2], false)) return Status::Error;
  if (vm.dict_get_str(ns, vm.n.__module__).is_null()) {
    Frame* f = vm.thread->top;
    while (f && !f->code) f = f->back;
    Value mod = f && f->globals ? vm.dict_get_str(f->globals, vm.n.__name__) : Value();
    if (!mod.is_null()) vm.dict_set_str(ns, vm.n.__module__, mod);
  }
  if (vm.dict_get_str(ns, vm.n.__qualname__).is_null()) vm.dict_set_str(ns, vm.n.__qualname__, args[0]);
  st->values.push_back(Value::object(ns));
  st->values.push_back(args[0]);
  for (Value b : static_cast<TupleObject*>(args[1].obj())->items) {
    if (!b.is_object() || b.obj()->kind != Kind::Type)
      return vm.raise(vm.t.TypeError_,
                      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                      "metaclasses of all its bases");
    st->values.push_back(b);
  }
  return build_class_cont(vm, st, Status::Ok, vm.None, out);
}

Status builtin_build_class(Vm& vm, Value, Args args, Value* out) {
  if (args.n < 2) return vm.raise(vm.t.TypeError_, "__build_class__: not enough arguments");
  Value func = args[0];
  OpaqueObject* st = vm.new_opaque();
  DictObject* ns = vm.new_dict();
  st->values.push_back(Value::object(ns));
  st->values.push_back(args[1]);
  for (int i = 2; i < args.n; ++i) {
    Value b = args[i];
    if (!b.is_object() || b.obj()->kind != Kind::Type) {
      return vm.raise(vm.t.TypeError_, "bases must be types");
    }
    st->values.push_back(b);
  }
  Status s = vm.request_call(func, {}, build_class_cont, st);
  vm.thread->request.locals = ns;
  return s;
}

// super(): the class is the __class__ cell of the calling method, the
// instance its first argument.
Status builtin_super(Vm& vm, Value, Args args, Value* out) {
  Value cls, obj;
  if (args.n == 2) {
    cls = args[0];
    obj = args[1];
  } else if (args.n == 0) {
    Frame* f = vm.thread->top;
    while (f && !f->code) f = f->back;
    if (!f || f->code->argcount == 0) return vm.raise(vm.t.RuntimeError_, "super(): no arguments");
    CodeObject* c = f->code;
    for (int i = 0; i < c->nfrees(); ++i) {
      if (c->freevars[i]->text == "__class__") {
        cls = static_cast<CellObject*>(f->slots[c->nlocals() + c->ncells() + i].obj())->value;
      }
    }
    if (cls.is_null()) return vm.raise(vm.t.RuntimeError_, "super(): __class__ cell not found");
    obj = f->slots[0];
    // A first argument captured by a closure lives in its cell.
    for (int i = 0; i < c->ncells(); ++i)
      if (c->cell_arg[i] == 0) obj = static_cast<CellObject*>(f->slots[c->nlocals() + i].obj())->value;
    if (obj.is_null()) return vm.raise(vm.t.RuntimeError_, "super(): arg[0] deleted");
  } else {
    return vm.raise(vm.t.TypeError_, "super() takes 0 or 2 arguments in Interleave");
  }
  OpaqueObject* s = vm.heap.make<OpaqueObject>(vm.t.super_);
  s->values = {cls, obj};
  *out = Value::object(s);
  return Status::Ok;
}

Status make_wrapper(Vm& vm, TypeObject* type, Kind kind, Args args, Value* out) {
  if (args.n < 1) return vm.raise(vm.t.TypeError_, type->name->text + " expected 1 argument, got 0");
  auto* w = vm.heap.make<WrapperObject>(type, kind, args[0]);
  if (kind == Kind::Property) {
    w->fset = args.n > 1 ? args[1] : vm.None;
    w->fdel = args.n > 2 ? args[2] : vm.None;
    w->doc = args.n > 3 ? args[3] : vm.None;
    Value k = vm.kwarg(args, "fset");
    if (!k.is_null()) w->fset = k;
    k = vm.kwarg(args, "fget");
    if (!k.is_null()) w->fget = k;
    k = vm.kwarg(args, "doc");
    if (!k.is_null()) w->doc = k;
  }
  *out = Value::object(w);
  return Status::Ok;
}

Status property_new(Vm& vm, Value, Args args, Value* out) {
  if (args.n == 0 && args.nkw() == 0) {
    auto* w = vm.heap.make<WrapperObject>(vm.t.property, Kind::Property, vm.None);
    w->fset = vm.None;
    w->fdel = vm.None;
    w->doc = vm.None;
    *out = Value::object(w);
    return Status::Ok;
  }
  return make_wrapper(vm, vm.t.property, Kind::Property, args, out);
}

Status property_copy_with(Vm& vm, Value self, Value fn, int which, Value* out) {
  auto* p = static_cast<WrapperObject*>(self.obj());
  auto* w = vm.heap.make<WrapperObject>(vm.t.property, Kind::Property, p->fget);
  w->fset = p->fset;
  w->fdel = p->fdel;
  w->doc = p->doc;
  if (which == 0) w->fget = fn;
  if (which == 1) w->fset = fn;
  if (which == 2) w->fdel = fn;
  *out = Value::object(w);
  return Status::Ok;
}

}  // namespace

void init_classes(Vm& vm) {
  // A member descriptor's protocol methods, for code that calls them
  // directly (P.x.__get__(p, P)); attribute access uses its natives.
  vm.add_method(vm.t.member_descriptor, "__get__", [](Vm& vm, Value self, Args args, Value* out) {
    Value v[2];
    if (!vm.parse_args("__get__", args, 1, {"instance", "owner"}, v)) return Status::Error;
    if (v[0] == vm.None) {
      *out = self;
      return Status::Ok;
    }
    return member_get(vm, Value::object(member_info(self.obj())), Args{v, 1, nullptr}, out);
  });
  vm.add_method(vm.t.member_descriptor, "__set__", [](Vm& vm, Value self, Args args, Value* out) {
    Value v[2];
    if (!vm.parse_args("__set__", args, 2, {"instance", "value"}, v)) return Status::Error;
    return member_set(vm, Value::object(member_info(self.obj())), Args{v, 2, nullptr}, out);
  });
  vm.add_method(vm.t.member_descriptor, "__delete__", [](Vm& vm, Value self, Args args, Value* out) {
    Value v[1];
    if (!vm.parse_args("__delete__", args, 1, {"instance"}, v)) return Status::Error;
    return member_delete(vm, Value::object(member_info(self.obj())), Args{v, 1, nullptr}, out);
  });
  vm.add_attr(vm.builtins, "__build_class__", Value::object(vm.new_native("__build_class__", builtin_build_class)));
  vm.t.super_->constructor = builtin_super;
  vm.t.property->constructor = property_new;
  vm.t.staticmethod->constructor = [](Vm& vm, Value, Args args, Value* out) {
    return make_wrapper(vm, vm.t.staticmethod, Kind::StaticMethod, args, out);
  };
  vm.t.classmethod->constructor = [](Vm& vm, Value, Args args, Value* out) {
    return make_wrapper(vm, vm.t.classmethod, Kind::ClassMethod, args, out);
  };
  vm.add_method(vm.t.property, "setter", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "setter() takes exactly one argument (" + std::to_string(args.n) + " given)");
    return property_copy_with(vm, self, args[0], 1, out);
  });
  vm.add_method(vm.t.property, "getter", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "getter() takes exactly one argument (" + std::to_string(args.n) + " given)");
    return property_copy_with(vm, self, args[0], 0, out);
  });
  vm.add_method(vm.t.property, "deleter", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "deleter() takes exactly one argument (" + std::to_string(args.n) + " given)");
    return property_copy_with(vm, self, args[0], 2, out);
  });

  // object's methods, reached through super() or explicitly.
  vm.add_method(vm.t.object, "__init__", [](Vm& vm, Value self, Args args, Value* out) {
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(vm.t.object, "__repr__", [](Vm& vm, Value self, Args args, Value* out) {
    char b[64];
    std::snprintf(b, sizeof b, " object at 0x%llx>",
                  static_cast<unsigned long long>(vm.serial_id_base + (self.is_object() ? self.obj()->serial : 0) * 16));
    TypeObject* t = vm.type_of(self);
    std::string mod = t->module_name == "builtins" ? "" : t->module_name + ".";
    *out = vm.make_str("<" + mod + t->qualname->text + b);
    return Status::Ok;
  });
  vm.add_method(vm.t.object, "__str__", [](Vm& vm, Value self, Args args, Value* out) {
    return op_repr(vm, self, out);
  });
  vm.add_method(vm.t.object, "__eq__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "__eq__() takes exactly one argument (" + std::to_string(args.n) + " given)");
    *out = self == args[0] ? vm.True : vm.NotImplemented;
    return Status::Ok;
  });
  vm.add_method(vm.t.object, "__ne__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "__ne__() takes exactly one argument (" + std::to_string(args.n) + " given)");
    *out = self != args[0] ? vm.True : vm.False;
    return Status::Ok;
  });
  vm.add_method(vm.t.object, "__hash__", [](Vm& vm, Value self, Args args, Value* out) {
    uint64_t id = vm.serial_id_base + (self.is_object() ? self.obj()->serial : 0) * 16;
    *out = vm.make_int(static_cast<int64_t>(id >> 4));
    return Status::Ok;
  });
  vm.add_method(vm.t.object, "__getattribute__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n != 1) return vm.raise(vm.t.TypeError_, "expected 1 argument, got " + std::to_string(args.n));
    if (!vm.is_str(args[0]))
      return vm.raise(vm.t.TypeError_, std::string("attribute name must be string, not '") + vm.type_name(args[0]) + "'");
    // PyObject_GenericGetAttr: descriptors, the instance dict, the class --
    // without the class's own __getattribute__ or its __getattr__.
    return op_getattr_generic(vm, self, vm.intern(vm.as_str(args[0])->text), out);
  });
  vm.add_method(vm.t.object, "__setattr__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n != 2) return vm.raise(vm.t.TypeError_, " expected 2 arguments, got " + std::to_string(args.n));  // sic: CPython's wrapper has no name here
    if (!vm.is_str(args[0]))
      return vm.raise(vm.t.TypeError_, std::string("attribute name must be string, not '") + vm.type_name(args[0]) + "'");
    // PyObject_GenericSetAttr: descriptors, __class__, __slots__, the
    // instance dict -- everything but the class's own __setattr__.
    *out = vm.None;
    return op_setattr(vm, self, vm.intern(vm.as_str(args[0])->text), args[1], true);
  });
  vm.add_static_method(vm.t.object, "__new__", [](Vm& vm, Value self, Args args, Value* out) {
    // object.__new__(cls): called with cls as self through the unbound path.
    Value cls = self;
    if (!cls.is_object() || cls.obj()->kind != Kind::Type) return vm.raise(vm.t.TypeError_, "object.__new__(X): X is not a type object");
    auto* type = static_cast<TypeObject*>(cls.obj());
    TypeObject* base = builtin_base(type);
    if (base != vm.t.object && base->layout != Layout::Exception && base->constructor)
      return vm.raise(vm.t.TypeError_, "object.__new__(" + type->name->text + ") is not safe, use " +
                                           base->name->text + ".__new__()");
    if (base->layout == Layout::Exception)
      *out = vm.new_exception_args(type, args.v, args.n);
    else
      *out = Value::object(vm.heap.make<InstanceObject>(type));
    return Status::Ok;
  });
  // The built-in types' own __new__ (what super().__new__(cls, ...) in a
  // subclass of str or int reaches): the type's constructor, its result made
  // an instance of cls.
  vm.add_static_method(vm.t.int_, "__new__", builtin_new_of<&Types::int_>);
  vm.add_static_method(vm.t.float_, "__new__", builtin_new_of<&Types::float_>);
  vm.add_static_method(vm.t.str, "__new__", builtin_new_of<&Types::str>);
  vm.add_static_method(vm.t.bytes, "__new__", builtin_new_of<&Types::bytes>);
  vm.add_static_method(vm.t.list, "__new__", builtin_new_of<&Types::list>);
  vm.add_static_method(vm.t.dict, "__new__", builtin_new_of<&Types::dict>);
  vm.add_static_method(vm.t.set, "__new__", builtin_new_of<&Types::set>);
  vm.add_static_method(vm.t.frozenset, "__new__", builtin_new_of<&Types::frozenset>);

  vm.add_method(vm.t.type, "mro", [](Vm& vm, Value self, Args args, Value* out) {
    ListObject* l = vm.new_list();
    for (TypeObject* m : static_cast<TypeObject*>(self.obj())->mro) l->items.push_back(Value::object(m));
    *out = Value::object(l);
    return Status::Ok;
  });
  vm.add_method(vm.t.type, "__subclasses__", [](Vm& vm, Value self, Args args, Value* out) {
    *out = Value::object(vm.new_list());
    return Status::Ok;
  });

  // BaseException.
  TypeObject* be = vm.t.base_exception;
  vm.add_method(be, "__init__", [](Vm& vm, Value self, Args args, Value* out) {
    auto* e = static_cast<ExceptionObject*>(self.obj());
    e->args = vm.new_tuple(args.n);
    for (int i = 0; i < args.n; ++i) e->args->items[i] = args[i];
    if (vm.is_subtype(e->type, vm.t.StopIteration_)) e->value = args.n ? args[0] : vm.None;
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(be, "__str__", [](Vm& vm, Value self, Args args, Value* out) {
    // Built-in str of an exception, bypassing a user __str__ (super().__str__()).
    auto* e = static_cast<ExceptionObject*>(self.obj());
    size_t na = e->args ? e->args->items.size() : 0;
    if (na == 0) *out = vm.make_str("");
    else if (na == 1) *out = vm.str(e->args->items[0]);
    else *out = vm.repr(Value::object(e->args));
    return out->is_null() ? Status::Error : Status::Ok;
  });
  vm.add_method(be, "with_traceback", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n != 1 || args.nkw())
      return vm.raise(vm.t.TypeError_, "BaseException.with_traceback() takes exactly one argument (" +
                                           std::to_string(args.n) + " given)");
    if (!vm.set_traceback(static_cast<ExceptionObject*>(self.obj()), args[0])) return Status::Error;
    *out = self;
    return Status::Ok;
  });
}

}  // namespace interleave::vm
