// The match statement's instructions (MATCH_SEQUENCE, MATCH_MAPPING,
// MATCH_KEYS, COPY_DICT_WITHOUT_KEYS, MATCH_CLASS), with CPython 3.11's
// rules and error messages. The compiler side is in lang/compiler.cpp
// (match_statement).
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

// `case [...]` matches list, tuple, range and deque (and their subclasses),
// never str, bytes or dict.
bool match_is_sequence(Value v) {
  if (!v.is_object()) return false;
  Kind k = v.obj()->kind;
  return k == Kind::List || k == Kind::Tuple || k == Kind::Range || k == Kind::Deque;
}

// `case {...}` matches dict and its subclasses (defaultdict, Counter, ...).
bool match_is_mapping(Value v) { return v.is_object() && v.obj()->kind == Kind::Dict; }

// The values of [keys] in [map] as a tuple, or None when one is missing.
// Like CPython's map.get(key): a defaultdict does not make missing keys,
// and a subclass's own get() is asked.
Status match_keys(Vm& vm, Value map, Value keys, Value* out) {
  auto* d = static_cast<DictObject*>(map.obj());
  Value get;
  if (d->type->is_heap_type) {
    get = vm.get_attr(map, vm.intern("get"));
    if (get.is_null()) return Status::Error;
  }
  auto& ks = static_cast<TupleObject*>(keys.obj())->items;
  DictObject* seen = vm.new_dict();
  TupleObject* values = vm.new_tuple(ks.size());
  for (size_t i = 0; i < ks.size(); ++i) {
    bool err = false;
    if (!vm.dict_get(seen, ks[i], &err).is_null()) {
      Value r = vm.repr(ks[i]);
      if (r.is_null()) return Status::Error;
      return vm.raise(vm.t.ValueError_, "mapping pattern checks duplicate key (" + vm.as_str(r)->text + ")");
    }
    if (err || !vm.dict_set(seen, ks[i], vm.True)) return Status::Error;
    Value v;
    if (!get.is_null()) {
      v = vm.call_sync(get, {ks[i], vm.missing});
      if (v.is_null()) return Status::Error;
      if (v == vm.missing) v = Value();
    } else {
      v = vm.dict_get(d, ks[i], &err);
      if (err) return Status::Error;
    }
    if (v.is_null()) {
      *out = vm.None;
      return Status::Ok;
    }
    values->items[i] = v;
  }
  *out = Value::object(values);
  return Status::Ok;
}

// `**rest`: a new dict with everything in [map] but [keys].
Status match_rest(Vm& vm, Value map, Value keys, Value* out) {
  DictObject* rest = vm.new_dict();
  if (!vm.dict_update_from(rest, map, false)) return Status::Error;
  for (Value k : static_cast<TupleObject*>(keys.obj())->items)
    if (vm.dict_del(rest, k) < 0) return Status::Error;
  *out = Value::object(rest);
  return Status::Ok;
}

namespace {

// Types whose single positional sub-pattern matches the subject itself:
// `case int(x)`, `case str() as s`.
bool matches_self(Vm& vm, TypeObject* cls) {
  TypeObject* self_types[] = {vm.t.bool_, vm.t.bytes, vm.t.dict,  vm.t.float_, vm.t.frozenset,
                              vm.t.int_,  vm.t.list,  vm.t.set,   vm.t.str,    vm.t.tuple};
  for (TypeObject* t : self_types)
    if (vm.is_subtype(cls, t)) return true;
  return false;
}

// subject.<name>, or null (no error) when it has no such attribute.
bool lookup(Vm& vm, Value subject, Value name, Value* out) {
  *out = vm.get_attr_opt(subject, vm.as_str(name));
  return !out->is_null() || vm.thread->exc.is_null();
}

}  // namespace

// `case Cls(p1, p2, k=p3)`: isinstance(subject, Cls), then the attributes
// named by Cls.__match_args__ for the positional sub-patterns and by the
// keywords, as a tuple; None when the subject does not match.
Status match_class(Vm& vm, Value subject, Value cls_v, Value kw_names, uint32_t npos, Value* out) {
  if (!cls_v.is_object() || cls_v.obj()->kind != Kind::Type)
    return vm.raise(vm.t.TypeError_, "called match pattern must be a type");
  auto* cls = static_cast<TypeObject*>(cls_v.obj());
  if (!vm.is_subtype(vm.type_of(subject), cls)) {
    *out = vm.None;
    return Status::Ok;
  }
  const std::string& cname = cls->name->text;
  auto& kws = static_cast<TupleObject*>(kw_names.obj())->items;
  std::vector<Value> names;  // the attribute looked up for each sub-pattern (null: the subject itself)
  if (npos > 0) {
    Value match_args = vm.get_attr_opt(cls_v, vm.intern("__match_args__"));
    if (match_args.is_null() && !vm.thread->exc.is_null()) return Status::Error;
    if (match_args.is_null()) {
      if (!matches_self(vm, cls)) {
        return vm.raise(vm.t.TypeError_, cname + "() accepts 0 positional sub-patterns (" + std::to_string(npos) +
                                             " given)");
      }
      if (npos > 1)
        return vm.raise(vm.t.TypeError_, cname + "() accepts 1 positional sub-pattern (" + std::to_string(npos) +
                                             " given)");
      names.push_back(Value());
    } else {
      if (!match_args.is_object() || match_args.obj()->kind != Kind::Tuple)
        return vm.raise(vm.t.TypeError_, cname + ".__match_args__ must be a tuple (got " +
                                             vm.type_name(match_args) + ")");
      auto& args = static_cast<TupleObject*>(match_args.obj())->items;
      if (npos > args.size())
        return vm.raise(vm.t.TypeError_, cname + "() accepts " + std::to_string(args.size()) +
                                             " positional sub-pattern" + (args.size() == 1 ? "" : "s") + " (" +
                                             std::to_string(npos) + " given)");
      for (uint32_t i = 0; i < npos; ++i) {
        if (!vm.is_str(args[i]))
          return vm.raise(vm.t.TypeError_, std::string("__match_args__ elements must be strings (got ") +
                                               vm.type_name(args[i]) + ")");
        names.push_back(args[i]);
      }
    }
  }
  for (Value k : kws) names.push_back(k);
  // An attribute named twice (positionally and by keyword).
  for (size_t i = 0; i < names.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (!names[i].is_null() && !names[j].is_null() && vm.as_str(names[i])->text == vm.as_str(names[j])->text) {
        Value r = vm.repr(names[i]);
        if (r.is_null()) return Status::Error;
        return vm.raise(vm.t.TypeError_, cname + "() got multiple sub-patterns for attribute " + vm.as_str(r)->text);
      }
  TupleObject* values = vm.new_tuple(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    Value v = subject;
    if (!names[i].is_null()) {
      if (!lookup(vm, subject, names[i], &v)) return Status::Error;
      if (v.is_null()) {
        *out = vm.None;
        return Status::Ok;
      }
    }
    values->items[i] = v;
  }
  *out = Value::object(values);
  return Status::Ok;
}

}  // namespace interleave::vm
