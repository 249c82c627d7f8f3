// Attributes that built-in objects answer without a dict entry: __name__,
// __class__, __dict__, exception fields, super() lookups, and so on.
#include "vm/async_gen.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

static Value super_lookup(Vm& vm, OpaqueObject* s, StrObject* name) {
  Value cls = s->values[0], obj = s->values[1];
  TypeObject* start = static_cast<TypeObject*>(cls.obj());
  TypeObject* type = obj.is_object() && obj.obj()->kind == Kind::Type && vm.is_subtype(static_cast<TypeObject*>(obj.obj()), start)
                         ? static_cast<TypeObject*>(obj.obj())
                         : vm.type_of(obj);
  bool after = false;
  for (TypeObject* m : type->mro) {
    if (!after) {
      if (m == start) after = true;
      continue;
    }
    Value v = vm.dict_get_str(m->dict, name);
    if (v.is_null()) continue;
    if (v.is_object()) {
      Kind k = v.obj()->kind;
      if (k == Kind::Function || (k == Kind::NativeFunction && static_cast<NativeFunctionObject*>(v.obj())->is_method)) {
        if (obj.is_object() && obj.obj()->kind == Kind::Type && k == Kind::Function) return v;
        return Value::object(vm.heap.make<BoundMethodObject>(vm.t.method, v, obj));
      }
      if (k == Kind::ClassMethod)
        return Value::object(vm.heap.make<BoundMethodObject>(vm.t.method, static_cast<WrapperObject*>(v.obj())->fget,
                                                             Value::object(type)));
      if (k == Kind::StaticMethod) return static_cast<WrapperObject*>(v.obj())->fget;
      if (k == Kind::Property) return vm.call_sync(static_cast<WrapperObject*>(v.obj())->fget, {obj});
    }
    return v;
  }
  vm.raise(vm.t.AttributeError_, "'super' object has no attribute '" + name->text + "'");
  return Value();
}

static Value tuple_of_types(Vm& vm, const std::vector<TypeObject*>& types) {
  std::vector<Value> items;
  for (TypeObject* t : types) items.push_back(Value::object(t));
  return vm.make_tuple(items);
}

Value deque_special_attr(Vm& vm, Value d, const std::string& name);                // deque.cpp
bool deque_set_special_attr(Vm& vm, Value d, const std::string& name, Status* st);  // deque.cpp

Value builtin_special_attr(Vm& vm, Value obj, StrObject* name) {
  const std::string& a = name->text;
  if (a == "__class__") return Value::object(vm.type_of(obj));
  if (!obj.is_object()) {
    if (a == "real" || a == "numerator") return obj;
    if (a == "imag") return Value::small(0);
    if (a == "denominator") return Value::small(1);
    return Value();
  }
  Object* o = obj.obj();
  switch (o->kind) {
    case Kind::Type: {
      auto* t = static_cast<TypeObject*>(o);
      if (a == "__name__") {
        // A built-in type's full name may carry its module (collections.deque).
        size_t dot = t->is_heap_type ? std::string::npos : t->name->text.rfind('.');
        return Value::object(dot == std::string::npos ? t->name : vm.intern(t->name->text.substr(dot + 1)));
      }
      if (a == "__qualname__") return Value::object(t->qualname);
      if (a == "__module__") return Value::object(vm.intern(t->module_name));
      if (a == "__mro__") return tuple_of_types(vm, t->mro);
      if (a == "__bases__") return tuple_of_types(vm, t->bases);
      if (a == "__base__") return t->base ? Value::object(t->base) : vm.None;
      if (a == "__dict__") return Value::object(t->dict);
      if (a == "__doc__") return vm.None;
      return Value();
    }
    case Kind::Function: {
      auto* f = static_cast<FunctionObject*>(o);
      if (a == "__name__") return Value::object(f->name);
      if (a == "__qualname__") return Value::object(f->qualname);
      if (a == "__doc__") return f->doc.is_null() ? vm.None : f->doc;
      if (a == "__module__") return f->module.is_null() ? vm.None : f->module;
      if (a == "__dict__") {
        if (!f->dict) f->dict = vm.new_dict();
        return Value::object(f->dict);
      }
      if (a == "__code__") return Value::object(f->code);
      if (a == "__defaults__") return f->defaults ? Value::object(f->defaults) : vm.None;
      if (a == "__globals__") return Value::object(f->globals);
      if (a == "__closure__") return f->closure ? Value::object(f->closure) : vm.None;
      if (a == "__annotations__") return Value::object(vm.new_dict());
      if (a == "__kwdefaults__") return f->kwdefaults ? Value::object(f->kwdefaults) : vm.None;
      return Value();
    }
    case Kind::Code: {
      auto* c = static_cast<CodeObject*>(o);
      if (a == "co_name") return Value::object(c->name);
      if (a == "co_filename") return Value::object(c->filename);
      if (a == "co_argcount") return vm.make_int(c->argcount);
      if (a == "co_firstlineno") return vm.make_int(c->firstlineno);
      if (a == "co_varnames") {
        std::vector<Value> v;
        for (auto* s : c->varnames) v.push_back(Value::object(s));
        return vm.make_tuple(v);
      }
      return Value();
    }
    case Kind::NativeFunction: {
      auto* f = static_cast<NativeFunctionObject*>(o);
      if (a == "__name__" || a == "__qualname__") return vm.make_str(f->name);
      if (a == "__self__") return f->self.is_null() ? vm.None : f->self;
      if (a == "__doc__") return vm.None;
      if (a == "__module__") return vm.None;
      return Value();
    }
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethodObject*>(o);
      if (a == "__self__") return m->self;
      if (a == "__func__") return m->func;
      return vm.get_attr_opt(m->func, name);
    }
    case Kind::Exception: {
      auto* e = static_cast<ExceptionObject*>(o);
      if (a == "args") return e->args ? Value::object(e->args) : Value::object(vm.new_tuple(0));
      if (a == "__cause__") return e->cause.is_null() ? vm.None : e->cause;
      if (a == "__context__") return e->context.is_null() ? vm.None : e->context;
      if (a == "__suppress_context__") return vm.make_bool(e->suppress_context);
      if (e->eg_excs && a == "message") return e->eg_message;
      if (e->eg_excs && a == "exceptions") return Value::object(e->eg_excs);
      if (a == "__traceback__") return vm.traceback_of(e);
      if (a == "__dict__") {
        if (!e->dict) e->dict = vm.new_dict();
        return Value::object(e->dict);
      }
      if (a == "value" && vm.is_subtype(o->type, vm.t.StopIteration_)) return e->value.is_null() ? vm.None : e->value;
      if (a == "code" && vm.is_subtype(o->type, vm.t.SystemExit_))
        return e->args && !e->args->items.empty() ? e->args->items[0] : vm.None;
      if ((a == "name" || a == "msg") && vm.is_subtype(o->type, vm.t.ImportError_)) return vm.None;
      if (vm.is_subtype(o->type, vm.t.UnicodeDecodeError_) || vm.is_subtype(o->type, vm.t.UnicodeEncodeError_)) {
        static const char* const kFields[] = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < 5; ++i)
          if (a == kFields[i]) return e->args && e->args->items.size() == 5 ? e->args->items[i] : vm.None;
      }
      if ((a == "errno" || a == "strerror" || a == "filename" || a == "filename2") &&
          vm.is_subtype(o->type, vm.t.OSError_)) {
        // OSError(errno, strerror[, filename]): with 2 to 5 arguments.
        size_t na = e->args ? e->args->items.size() : 0;
        if (na < 2 || na > 5) return vm.None;
        if (a == "errno") return e->args->items[0];
        if (a == "strerror") return e->args->items[1];
        if (a == "filename") return na > 2 ? e->args->items[2] : vm.None;
        return na > 4 ? e->args->items[4] : vm.None;
      }
      return Value();
    }
    case Kind::Instance: {
      auto* inst = static_cast<InstanceObject*>(o);
      if (a == "__dict__" && !o->type->no_dict) {
        if (!inst->dict) inst->dict = vm.new_dict();
        return Value::object(inst->dict);
      }
      return Value();
    }
    case Kind::List:
    case Kind::Tuple:
    case Kind::Set:
    case Kind::FrozenSet:
    case Kind::Dict: {
      // An instance of a subclass of list, tuple, set or dict has a __dict__.
      if (a != "__dict__" || !o->type->is_heap_type || o->type->no_dict) return Value();
      DictObject** slot = o->kind == Kind::List    ? &static_cast<ListObject*>(o)->attrs
                          : o->kind == Kind::Tuple ? &static_cast<TupleObject*>(o)->attrs
                          : o->kind == Kind::Dict  ? &static_cast<DictObject*>(o)->attrs
                                                   : &static_cast<SetObject*>(o)->attrs;
      if (!*slot) *slot = vm.new_dict();
      return Value::object(*slot);
    }
    case Kind::Module: {
      auto* m = static_cast<ModuleObject*>(o);
      if (a == "__dict__") return Value::object(m->dict);
      return Value();
    }
    case Kind::Frame: return vm.frame_attr(static_cast<FrameObject*>(o), a);
    case Kind::Traceback: return vm.traceback_attr(static_cast<TracebackObject*>(o), a);
    case Kind::Range: {
      auto* r = static_cast<RangeObject*>(o);
      if (a == "start") return vm.make_int(r->start);
      if (a == "stop") return vm.make_int(r->stop);
      if (a == "step") return vm.make_int(r->step);
      return Value();
    }
    case Kind::Slice: {
      auto* s = static_cast<SliceObject*>(o);
      if (a == "start") return s->start;
      if (a == "stop") return s->stop;
      if (a == "step") return s->step;
      return Value();
    }
    case Kind::Generator: {
      auto* g = static_cast<GeneratorObject*>(o);
      if (a == "__name__") return Value::object(g->func->name);
      if (a == "__qualname__") return Value::object(g->func->qualname);
      // gi_* for generators, cr_* for coroutines (as in CPython).
      if (a.size() < 4 || a.compare(0, 3, g->is_coroutine ? "cr_" : "gi_") != 0) return Value();
      std::string_view s = std::string_view(a).substr(3);
      if (s == "running") return vm.make_bool(g->state == GenState::Running);
      if (s == "frame") return g->state == GenState::Closed || !g->frame ? vm.None : Value::object(vm.frame_object(g->frame));
      if (s == "code") return Value::object(g->func->code);
      if (s == "suspended") return vm.make_bool(g->state == GenState::Suspended);
      if (s == (g->is_coroutine ? "await" : "yieldfrom")) return generator_awaiting(vm, g);
      return Value();
    }
    case Kind::AsyncGen:
      return async_gen_attr(vm, o, a);
    case Kind::Property: {
      auto* p = static_cast<WrapperObject*>(o);
      if (o->type == vm.t.member_descriptor) {  // __slots__ (classes.cpp): (name, owner, index)
        TupleObject* data = member_info(p);
        auto* owner = static_cast<TypeObject*>(data->items[1].obj());
        if (a == "__name__") return data->items[0];
        if (a == "__qualname__") return vm.make_str(owner->qualname->text + "." + vm.as_str(data->items[0])->text);
        if (a == "__objclass__") return data->items[1];
        if (a == "__doc__") return vm.None;
        return Value();
      }
      if (a == "fget") return p->fget;
      if (a == "fset") return p->fset;
      if (a == "fdel") return p->fdel;
      if (a == "__doc__") return p->doc.is_null() ? vm.None : p->doc;
      return Value();
    }
    case Kind::StaticMethod:
    case Kind::ClassMethod:
      if (a == "__func__") return static_cast<WrapperObject*>(o)->fget;
      return Value();
    case Kind::Float:
      if (a == "real") return obj;
      if (a == "imag") return vm.make_float(0.0);
      return Value();
    case Kind::Int:
    case Kind::Bool:
      if (a == "real" || a == "numerator") return vm.make_int(vm.int_of(obj));
      if (a == "imag") return Value::small(0);
      if (a == "denominator") return Value::small(1);
      return Value();
    case Kind::Cell:
      if (a == "cell_contents") return static_cast<CellObject*>(o)->value;
      return Value();
    case Kind::Opaque:
      if (o->type == vm.t.super_) return super_lookup(vm, static_cast<OpaqueObject*>(o), name);
      return Value();
    case Kind::Deque:
      return deque_special_attr(vm, obj, a);
    default:
      return Value();
  }
}

bool set_special_attr(Vm& vm, Value obj, StrObject* name, Value v, Status* st) {
  const std::string& a = name->text;
  *st = Status::Ok;
  if (a == "__class__" && !(obj.is_object() && obj.obj()->kind == Kind::Type)) {
    // object.__class__'s setter: between classes whose instances are laid
    // out alike (typeobject.c's compatible_for_assignment).
    if (!v.is_object() || v.obj()->kind != Kind::Type) {
      *st = vm.raise(vm.t.TypeError_, std::string("__class__ must be set to a class, not '") + vm.type_name(v) + "' object");
      return true;
    }
    auto* to = static_cast<TypeObject*>(v.obj());
    TypeObject* from = vm.type_of(obj);
    if (!from->is_heap_type || !to->is_heap_type) {
      *st = vm.raise(vm.t.TypeError_, "__class__ assignment only supported for mutable types or ModuleType subclasses");
      return true;
    }
    auto same_slots = [&] {
      if (from->slot_count != to->slot_count || from->slot_names.size() != to->slot_names.size()) return false;
      for (size_t i = 0; i < from->slot_names.size(); ++i)
        if (from->slot_names[i]->text != to->slot_names[i]->text) return false;
      return true;
    };
    if (from->instance_kind != to->instance_kind || from->layout != to->layout || from->no_dict != to->no_dict ||
        !same_slots()) {
      *st = vm.raise(vm.t.TypeError_, "__class__ assignment: '" + to->name->text + "' object layout differs from '" +
                                          from->name->text + "'");
      return true;
    }
    obj.obj()->type = to;
    return true;
  }
  if (!obj.is_object()) return false;
  Object* o = obj.obj();
  if (o->kind == Kind::Deque) return deque_set_special_attr(vm, obj, a, st);
  if (o->kind == Kind::Exception) {
    auto* e = static_cast<ExceptionObject*>(o);
    if (a == "__cause__") {
      e->cause = v == vm.None ? Value() : v;
      e->suppress_context = true;
      return true;
    }
    if (a == "__context__") {
      e->context = v == vm.None ? Value() : v;
      return true;
    }
    if (a == "__suppress_context__") {
      e->suppress_context = v == vm.True;
      return true;
    }
    if (a == "args") {
      std::vector<Value> items;
      if (!vm.collect_items(v, &items)) {
        *st = Status::Error;
        return true;
      }
      e->args = static_cast<TupleObject*>(vm.make_tuple(items).obj());
      return true;
    }
    if (a == "__traceback__") {
      if (!vm.set_traceback(e, v)) *st = Status::Error;
      return true;
    }
    if (e->eg_excs && (a == "message" || a == "exceptions")) {
      *st = vm.raise(vm.t.AttributeError_, "readonly attribute");
      return true;
    }
  }
  if (o->kind == Kind::Function) {
    auto* f = static_cast<FunctionObject*>(o);
    if (a == "__name__" && vm.is_str(v)) {
      f->name = vm.as_str(v);
      return true;
    }
    if (a == "__qualname__" && vm.is_str(v)) {
      f->qualname = vm.as_str(v);
      return true;
    }
    if (a == "__doc__") {
      f->doc = v;
      return true;
    }
    if (a == "__module__") {
      f->module = v;
      return true;
    }
  }
  if (o->kind == Kind::Type && a == "__name__" && vm.is_str(v)) {
    static_cast<TypeObject*>(o)->name = vm.as_str(v);
    return true;
  }
  if (o->kind == Kind::Type && a == "__qualname__" && vm.is_str(v)) {
    static_cast<TypeObject*>(o)->qualname = vm.as_str(v);
    return true;
  }
  return false;
}

}  // namespace interleave::vm
