// time: the simulated clocks. Under the simulated machine (core/sim) the
// time is the calling thread's moment on the machine's clock and sleep()
// blocks the thread (releasing the GIL); a bare Session (one thread, no
// machine) reads the thread's own clock and sleeping just moves it.
#include "sim/machine.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

// The simulated wall clock starts at a whole second of a fixed date.
constexpr double kEpochStart = 1767225600.0;  // 2026-01-01 00:00:00 UTC

uint64_t now_ns(Vm& vm) { return vm.machine ? vm.machine->now_of(vm) : vm.thread->clock_ns; }
double now(Vm& vm) { return static_cast<double>(now_ns(vm)) / 1e9; }

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
    *out = vm.make_int(static_cast<int64_t>(kEpochStart) * 1000000000 + static_cast<int64_t>(now_ns(vm)));
    return Status::Ok;
  });
  for (const char* name : {"perf_counter", "monotonic", "process_time"}) {
    def(name, [](Vm& vm, Value, Args, Value* out) {
      *out = vm.make_float(now(vm));
      return Status::Ok;
    });
  }
  def("perf_counter_ns", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_int(static_cast<int64_t>(now_ns(vm)));
    return Status::Ok;
  });
  def("sleep", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n != 1 || args.nkw()) {
      return vm.raise(vm.t.TypeError_, "time.sleep() takes exactly one argument (" + std::to_string(args.n + args.nkw()) +
                                           " given)");
    }
    if (!vm.is_number(args[0])) {
      return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(args[0]) +
                                           "' object cannot be interpreted as an integer");
    }
    double s = vm.float_of(args[0]);
    if (s != s) return vm.raise(vm.t.ValueError_, "Invalid value NaN (not a number)");
    if (s < 0) return vm.raise(vm.t.ValueError_, "sleep length must be non-negative");
    if (s > 9223372036.0) return vm.raise(vm.t.OverflowError_, "timestamp out of range for platform time_t");
    uint64_t ns = static_cast<uint64_t>(s * 1e9 + 0.5);
    if (vm.machine) return vm.machine->sleep(vm, ns, out);
    vm.thread->clock_ns += ns;
    *out = vm.None;
    return Status::Ok;
  });
  add_time_formatting(vm, d);
}

}  // namespace interleave::vm
