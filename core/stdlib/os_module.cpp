// os: the little of it concurrent programs use -- the process id and the
// number of cores of the simulated machine. There is no file system.
#include "sim/machine.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

void init_os_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(d, name, Value::object(vm.new_native(name, fn))); };
  def("getpid", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "getpid() takes no arguments");
    int64_t pid = 4242;
    if (vm.machine) {
      sim::SimThread* t = vm.machine->current(vm);
      if (t) pid = t->proc->pid;
    }
    *out = vm.make_int(pid);
    return Status::Ok;
  });
  def("getppid", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_int(4200);
    return Status::Ok;
  });
  def("cpu_count", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "cpu_count() takes no arguments");
    *out = vm.make_int(vm.machine ? vm.machine->config().cores : 1);
    return Status::Ok;
  });
  def("getenv", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1 || args.n > 2) return vm.raise(vm.t.TypeError_, "getenv() takes 1 or 2 arguments");
    *out = args.n == 2 ? args[1] : vm.None;
    return Status::Ok;
  });
  vm.add_attr(d, "name", vm.make_str("posix"));
  vm.add_attr(d, "sep", vm.make_str("/"));
  vm.add_attr(d, "linesep", vm.make_str("\n"));
  vm.add_attr(d, "environ", Value::object(vm.new_dict()));
}

}  // namespace interleave::vm
