// set and frozenset: the constructor, the operators and the methods (the
// table itself is in dict.cpp).
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

SetObject* Sx(Value v) { return static_cast<SetObject*>(v.obj()); }

std::vector<Value> keys_of(SetObject* s) {
  std::vector<Value> k;
  for (auto& e : s->table)
    if (!e.key.is_null()) k.push_back(e.key);
  return k;
}

bool to_set(Vm& vm, Value v, SetObject** out) {
  if (v.is_object() && (v.obj()->kind == Kind::Set || v.obj()->kind == Kind::FrozenSet)) {
    *out = Sx(v);
    return true;
  }
  std::vector<Value> items;
  if (!vm.collect_items(v, &items)) return false;
  SetObject* s = vm.new_set();
  for (Value x : items)
    if (vm.set_add(s, x) < 0) return false;
  *out = s;
  return true;
}

}  // namespace

// | & - ^ on two sets; Call = not a set operator.
Status set_binary(Vm& vm, Value a, Value b, int op, Value* out) {
  SetObject* x = Sx(a);
  SetObject* y = Sx(b);
  SetObject* r = vm.new_set(a.obj()->kind == Kind::FrozenSet);
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::Or:
      vm.set_merge(r, x);
      vm.set_merge(r, y);
      break;
    case BinaryOp::And:
      for (Value k : keys_of(x)) {
        int c = vm.set_contains(y, k);
        if (c < 0) return Status::Error;
        if (c) vm.set_add(r, k);
      }
      break;
    case BinaryOp::Sub:
      for (Value k : keys_of(x)) {
        int c = vm.set_contains(y, k);
        if (c < 0) return Status::Error;
        if (!c) vm.set_add(r, k);
      }
      break;
    case BinaryOp::Xor:
      for (Value k : keys_of(x))
        if (!vm.set_contains(y, k)) vm.set_add(r, k);
      for (Value k : keys_of(y))
        if (!vm.set_contains(x, k)) vm.set_add(r, k);
      break;
    default:
      return Status::Call;
  }
  *out = Value::object(r);
  return Status::Ok;
}

Status set_constructor_impl(Vm& vm, Args args, bool frozen, Value* out) {
  SetObject* s = vm.new_set(frozen);
  if (args.n > 1) return vm.raise(vm.t.TypeError_, std::string(frozen ? "frozenset" : "set") + " expected at most 1 argument, got " + std::to_string(args.n));
  if (args.n == 1) {
    std::vector<Value> items;
    if (!vm.collect_items(args[0], &items)) return Status::Error;
    for (Value v : items)
      if (vm.set_add(s, v) < 0) return Status::Error;
  }
  *out = Value::object(s);
  return Status::Ok;
}

void init_set_methods(Vm& vm) {
  vm.t.set->constructor = [](Vm& vm, Value, Args args, Value* out) { return set_constructor_impl(vm, args, false, out); };
  vm.t.frozenset->constructor = [](Vm& vm, Value, Args args, Value* out) { return set_constructor_impl(vm, args, true, out); };
  for (TypeObject* T : {vm.t.set, vm.t.frozenset}) {
    auto binop = [](int op) { return op; };
    (void)binop;
    vm.add_method(T, "union", [](Vm& vm, Value self, Args args, Value* out) {
      Value acc = self;
      for (int i = 0; i < args.n; ++i) {
        SetObject* o;
        if (!to_set(vm, args[i], &o)) return Status::Error;
        if (set_binary(vm, acc, Value::object(o), static_cast<int>(BinaryOp::Or), &acc) != Status::Ok) return Status::Error;
      }
      if (acc == self) return set_binary(vm, self, self, static_cast<int>(BinaryOp::Or), out);
      *out = acc;
      return Status::Ok;
    });
    vm.add_method(T, "intersection", [](Vm& vm, Value self, Args args, Value* out) {
      Value acc = self;
      for (int i = 0; i < args.n; ++i) {
        SetObject* o;
        if (!to_set(vm, args[i], &o)) return Status::Error;
        if (set_binary(vm, acc, Value::object(o), static_cast<int>(BinaryOp::And), &acc) != Status::Ok) return Status::Error;
      }
      if (acc == self) return set_binary(vm, self, self, static_cast<int>(BinaryOp::Or), out);
      *out = acc;
      return Status::Ok;
    });
    vm.add_method(T, "difference", [](Vm& vm, Value self, Args args, Value* out) {
      Value acc = self;
      for (int i = 0; i < args.n; ++i) {
        SetObject* o;
        if (!to_set(vm, args[i], &o)) return Status::Error;
        if (set_binary(vm, acc, Value::object(o), static_cast<int>(BinaryOp::Sub), &acc) != Status::Ok) return Status::Error;
      }
      if (acc == self) return set_binary(vm, self, self, static_cast<int>(BinaryOp::Or), out);
      *out = acc;
      return Status::Ok;
    });
    vm.add_method(T, "symmetric_difference", [](Vm& vm, Value self, Args args, Value* out) {
      if (args.n < 1) return vm.raise(vm.t.TypeError_, "symmetric_difference() takes exactly one argument (" + std::to_string(args.n) + " given)");
      SetObject* o;
      if (!to_set(vm, args[0], &o)) return Status::Error;
      return set_binary(vm, self, Value::object(o), static_cast<int>(BinaryOp::Xor), out);
    });
    vm.add_method(T, "issubset", [](Vm& vm, Value self, Args args, Value* out) {
      if (args.n < 1) return vm.raise(vm.t.TypeError_, "issubset() takes exactly one argument (" + std::to_string(args.n) + " given)");
      SetObject* o;
      if (!to_set(vm, args[0], &o)) return Status::Error;
      *out = vm.compare(self, Value::object(o), CompareOp::Le);
      return out->is_null() ? Status::Error : Status::Ok;
    });
    vm.add_method(T, "issuperset", [](Vm& vm, Value self, Args args, Value* out) {
      if (args.n < 1) return vm.raise(vm.t.TypeError_, "issuperset() takes exactly one argument (" + std::to_string(args.n) + " given)");
      SetObject* o;
      if (!to_set(vm, args[0], &o)) return Status::Error;
      *out = vm.compare(self, Value::object(o), CompareOp::Ge);
      return out->is_null() ? Status::Error : Status::Ok;
    });
    vm.add_method(T, "isdisjoint", [](Vm& vm, Value self, Args args, Value* out) {
      if (args.n < 1) return vm.raise(vm.t.TypeError_, "isdisjoint() takes exactly one argument (" + std::to_string(args.n) + " given)");
      SetObject* o;
      if (!to_set(vm, args[0], &o)) return Status::Error;
      for (Value k : keys_of(Sx(self)))
        if (vm.set_contains(o, k) == 1) {
          *out = vm.False;
          return Status::Ok;
        }
      *out = vm.True;
      return Status::Ok;
    });
    vm.add_method(T, "copy", [](Vm& vm, Value self, Args args, Value* out) {
      return set_binary(vm, self, self, static_cast<int>(BinaryOp::Or), out);
    });
  }
  TypeObject* T = vm.t.set;
  vm.add_method(T, "add", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "add() takes exactly one argument (" + std::to_string(args.n) + " given)");
    if (vm.set_add(Sx(self), args[0]) < 0) return Status::Error;
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "discard", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "discard() takes exactly one argument (" + std::to_string(args.n) + " given)");
    if (vm.set_discard(Sx(self), args[0]) < 0) return Status::Error;
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "remove", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "remove() takes exactly one argument (" + std::to_string(args.n) + " given)");
    int r = vm.set_discard(Sx(self), args[0]);
    if (r < 0) return Status::Error;
    if (r == 0) {
      Value k = args[0];
      return vm.raise_value(vm.new_exception_args(vm.t.KeyError_, &k, 1));
    }
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "pop", [](Vm& vm, Value self, Args args, Value* out) {
    SetObject* s = Sx(self);
    for (auto& e : s->table) {
      if (!e.key.is_null()) {
        *out = e.key;
        vm.set_discard(s, e.key);
        return Status::Ok;
      }
    }
    return vm.raise(vm.t.KeyError_, "pop from an empty set");
  });
  vm.add_method(T, "clear", [](Vm& vm, Value self, Args args, Value* out) {
    SetObject* s = Sx(self);
    s->table.assign(8, SetObject::Entry{0, Value(), false});
    s->used = s->fill = 0;
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "update", [](Vm& vm, Value self, Args args, Value* out) {
    for (int i = 0; i < args.n; ++i) {
      std::vector<Value> items;
      if (!vm.collect_items(args[i], &items)) return Status::Error;
      for (Value v : items)
        if (vm.set_add(Sx(self), v) < 0) return Status::Error;
    }
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "difference_update", [](Vm& vm, Value self, Args args, Value* out) {
    for (int i = 0; i < args.n; ++i) {
      std::vector<Value> items;
      if (!vm.collect_items(args[i], &items)) return Status::Error;
      for (Value v : items) vm.set_discard(Sx(self), v);
    }
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "intersection_update", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) {  // intersection_update(*others): nothing to intersect with
      *out = vm.None;
      return Status::Ok;
    }
    SetObject* o;
    if (!to_set(vm, args[0], &o)) return Status::Error;
    for (Value k : keys_of(Sx(self)))
      if (!vm.set_contains(o, k)) vm.set_discard(Sx(self), k);
    *out = vm.None;
    return Status::Ok;
  });
}

}  // namespace interleave::vm
