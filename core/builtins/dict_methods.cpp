// dict's constructor and methods (the table itself is in dict.cpp).
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

Value dict_view(Vm& vm, Value dict, int which);  // iterators.cpp

namespace {

DictObject* D(Value v) { return static_cast<DictObject*>(v.obj()); }

Status key_error(Vm& vm, Value key) { return vm.raise_value(vm.new_exception_args(vm.t.KeyError_, &key, 1)); }

}  // namespace

void init_dict_methods(Vm& vm) {
  TypeObject* T = vm.t.dict;
  vm.add_method(T, "__repr__", [](Vm& vm, Value self, Args, Value* out) {
    std::string s;
    // The plain dict rendering, also for subclasses (defaultdict's repr).
    TypeObject* saved = self.obj()->type;
    self.obj()->type = vm.t.dict;
    bool ok = vm.repr_append(s, self, false);
    self.obj()->type = saved;
    if (!ok) return Status::Error;
    *out = vm.make_str(s);
    return Status::Ok;
  });
  vm.add_method(T, "keys", [](Vm& vm, Value self, Args, Value* out) {
    *out = dict_view(vm, self, 0);
    return Status::Ok;
  });
  vm.add_method(T, "values", [](Vm& vm, Value self, Args, Value* out) {
    *out = dict_view(vm, self, 1);
    return Status::Ok;
  });
  vm.add_method(T, "items", [](Vm& vm, Value self, Args, Value* out) {
    *out = dict_view(vm, self, 2);
    return Status::Ok;
  });
  vm.add_method(T, "get", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1 || args.n > 2) return vm.raise(vm.t.TypeError_, "get expected at least 1 argument, got 0");
    bool err = false;
    Value v = vm.dict_get(D(self), args[0], &err);
    if (err) return Status::Error;
    *out = v.is_null() ? (args.n > 1 ? args[1] : vm.None) : v;
    return Status::Ok;
  });
  vm.add_method(T, "__getitem__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "__getitem__() takes exactly one argument (" + std::to_string(args.n) + " given)");
    return builtin_getitem(vm, self, args[0], out);  // __missing__ too, never the subclass's __getitem__
  });
  vm.add_method(T, "__setitem__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 2) return vm.raise(vm.t.TypeError_, "__setitem__ expected 2 arguments, got " + std::to_string(args.n));
    *out = vm.None;
    return vm.dict_set(D(self), args[0], args[1]) ? Status::Ok : Status::Error;
  });
  vm.add_method(T, "__contains__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "__contains__() takes exactly one argument (" + std::to_string(args.n) + " given)");
    bool err = false;
    Value v = vm.dict_get(D(self), args[0], &err);
    if (err) return Status::Error;
    *out = vm.make_bool(!v.is_null());
    return Status::Ok;
  });
  vm.add_method(T, "setdefault", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "setdefault expected at least 1 argument, got " + std::to_string(args.n));
    int64_t h;
    if (!vm.hash(args[0], &h)) return Status::Error;
    if (vm.dict_setdefault_hashed(D(self), args[0], h, args.n > 1 ? args[1] : vm.None, out) < 0) return Status::Error;
    return Status::Ok;
  });
  vm.add_method(T, "pop", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "pop expected at least 1 argument, got " + std::to_string(args.n));
    int64_t h;
    if (!vm.hash(args[0], &h)) return Status::Error;
    int r = vm.dict_pop_hashed(D(self), args[0], h, out);
    if (r < 0) return Status::Error;
    if (r == 0) {
      if (args.n > 1) {
        *out = args[1];
        return Status::Ok;
      }
      return key_error(vm, args[0]);
    }
    return Status::Ok;
  });
  vm.add_method(T, "popitem", [](Vm& vm, Value self, Args, Value* out) {
    Value k, v;
    if (!vm.dict_popitem(D(self), &k, &v)) return vm.raise(vm.t.KeyError_, "popitem(): dictionary is empty");
    *out = vm.make_tuple({k, v});
    return Status::Ok;
  });
  vm.add_method(T, "clear", [](Vm& vm, Value self, Args, Value* out) {
    DictObject* d = D(self);
    if (d->of_type) ++vm.type_epoch;
    d->entries.clear();
    d->index.clear();
    d->hash_bits = 0;
    d->used = 0;
    ++d->keys_version;
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "copy", [](Vm& vm, Value self, Args, Value* out) {
    DictObject* d = vm.dict_copy(D(self));
    if (!d) return Status::Error;
    d->type = self.obj()->type->is_heap_type ? vm.t.dict : self.obj()->type;
    d->default_factory = D(self)->default_factory;
    *out = Value::object(d);
    return Status::Ok;
  });
}

}  // namespace interleave::vm
