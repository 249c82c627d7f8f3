// time (provisional): reads and advances the running thread's simulated
// clock. The machine issue replaces sleep with a real blocking call on the
// simulated scheduler; until then sleeping just moves this thread's clock.
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

// The simulated wall clock starts at a whole second of a fixed date.
constexpr double kEpochStart = 1767225600.0;  // 2026-01-01 00:00:00 UTC

double now(Vm& vm) { return static_cast<double>(vm.thread->clock_ns) / 1e9; }

}  // namespace

void add_time_formatting(Vm& vm, DictObject* time_module_dict);  // time_format.cpp

void init_time_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(d, name, Value::object(vm.new_native(name, fn))); };
  def("time", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_float(kEpochStart + now(vm));
    return Status::Ok;
  });
  def("time_ns", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_int(static_cast<int64_t>(kEpochStart) * 1000000000 + static_cast<int64_t>(vm.thread->clock_ns));
    return Status::Ok;
  });
  for (const char* name : {"perf_counter", "monotonic", "process_time"}) {
    def(name, [](Vm& vm, Value, Args, Value* out) {
      *out = vm.make_float(now(vm));
      return Status::Ok;
    });
  }
  def("perf_counter_ns", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_int(static_cast<int64_t>(vm.thread->clock_ns));
    return Status::Ok;
  });
  def("sleep", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n != 1 || !vm.is_number(args[0])) return vm.raise(vm.t.TypeError_, "sleep() takes exactly one number");
    double s = vm.float_of(args[0]);
    if (s < 0) return vm.raise(vm.t.ValueError_, "sleep length must be non-negative");
    vm.thread->clock_ns += static_cast<uint64_t>(s * 1e9);
    *out = vm.None;
    return Status::Ok;
  });
  add_time_formatting(vm, d);
}

}  // namespace interleave::vm
