// Methods of int and float (bit_length, is_integer, ...), and registration
// of every built-in type's methods.
#include <cmath>

#include "text/float_text.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

void init_str_methods(Vm& vm);
void init_bytes_methods(Vm& vm);  // bytes_methods.cpp
void init_list_methods(Vm& vm);
void init_dict_methods(Vm& vm);
void init_dict_fill(Vm& vm);  // dict_fill.cpp
void init_set_methods(Vm& vm);
void init_iterators(Vm& vm);
void init_classes(Vm& vm);
void init_generator_methods(Vm& vm);
void init_deque(Vm& vm);
void init_exception_groups(Vm& vm);  // exception_group.cpp
void init_slot_methods(Vm& vm);      // slots.cpp

void init_type_methods(Vm& vm) {
  init_str_methods(vm);
  init_bytes_methods(vm);
  init_list_methods(vm);
  init_dict_methods(vm);
  init_dict_fill(vm);
  init_set_methods(vm);
  init_iterators(vm);
  init_classes(vm);
  init_generator_methods(vm);
  init_deque(vm);
  init_exception_groups(vm);
  vm.add_method(vm.t.int_, "bit_length", [](Vm& vm, Value self, Args, Value* out) {
    int64_t v = vm.int_of(self);
    uint64_t m = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
    int n = 0;
    while (m) {
      ++n;
      m >>= 1;
    }
    *out = Value::small(n);
    return Status::Ok;
  });
  vm.add_method(vm.t.int_, "__index__", [](Vm& vm, Value self, Args, Value* out) {
    *out = vm.make_int(vm.int_of(self));
    return Status::Ok;
  });
  vm.add_method(vm.t.float_, "is_integer", [](Vm& vm, Value self, Args, Value* out) {
    double d = vm.float_of(self);
    *out = vm.make_bool(std::isfinite(d) && d == std::floor(d));
    return Status::Ok;
  });
  vm.add_method(vm.t.float_, "__round__", [](Vm& vm, Value self, Args args, Value* out) {
    *out = vm.make_int(static_cast<int64_t>(std::nearbyint(vm.float_of(self))));
    return Status::Ok;
  });
  init_slot_methods(vm);  // last: the types' own methods above win
}

}  // namespace interleave::vm
