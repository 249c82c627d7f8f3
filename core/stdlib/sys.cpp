// sys: argv, stdout/stderr, the recursion limit, exit, version.
#include "sim/machine.h"
#include "vm/async_gen.h"
#include "vm/arg_checks.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

Status stream_write(Vm& vm, Value self, Args args, Value* out) {
  if (args.n != 1 || !vm.is_str(args[0])) {
    return vm.raise(vm.t.TypeError_, std::string("write() argument must be str, not ") +
                                         (args.n ? vm.type_name(args[0]) : "nothing"));
  }
  const std::string& s = vm.as_str(args[0])->text;
  vm.write_out(s, static_cast<OpaqueObject*>(self.obj())->a == 2);
  *out = vm.make_int(utf8_length(s));
  return Status::Ok;
}

}  // namespace

void init_sys_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  TypeObject* io = vm.new_type("TextIOWrapper", vm.t.object, Layout::Builtin, Kind::Opaque);
  io->module_name = "_io";
  vm.add_method(io, "write", stream_write);
  vm.add_method(io, "flush", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.None;
    return Status::Ok;
  });
  for (int which = 1; which <= 2; ++which) {
    OpaqueObject* s = vm.heap.make<OpaqueObject>(io);
    s->a = which;
    vm.add_attr(d, which == 1 ? "stdout" : "stderr", Value::object(s));
    vm.add_attr(d, which == 1 ? "__stdout__" : "__stderr__", Value::object(s));
  }
  ListObject* argv = vm.new_list();
  for (const std::string& a : vm.argv) argv->items.push_back(vm.make_str(a));
  vm.add_attr(d, "argv", Value::object(argv));
  vm.add_attr(d, "modules", Value::object(vm.modules));
  vm.add_attr(d, "path", Value::object(vm.new_list()));
  vm.add_attr(d, "maxsize", vm.make_int(INT64_MAX));
  vm.add_attr(d, "platform", vm.make_str("interleave"));
  vm.add_attr(d, "version", vm.make_str("3.11.7 (Interleave simulated CPython)"));
  vm.add_attr(d, "version_info", vm.make_tuple({Value::small(3), Value::small(11), Value::small(7), vm.make_str("final"), Value::small(0)}));
  vm.add_attr(d, "byteorder", vm.make_str("little"));
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(d, name, Value::object(vm.new_native(name, fn))); };
  init_sys_asyncgen_hooks(vm, d);
  def("getrecursionlimit", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_int(vm.recursion_limit);
    return Status::Ok;
  });
  def("setrecursionlimit", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n != 1 || !vm.is_int(args[0])) return vm.raise(vm.t.TypeError_, "setrecursionlimit() takes exactly one integer argument");
    int64_t n = vm.int_of(args[0]);
    if (n < 1) return vm.raise(vm.t.ValueError_, "recursion limit must be greater or equal than 1");
    // Frames live on the heap, so a deep limit costs memory, not the C stack.
    vm.recursion_limit = static_cast<int>(std::min<int64_t>(n, 1000000));
    *out = vm.None;
    return Status::Ok;
  });
  // The GIL's switch interval (5 ms unless the machine is configured otherwise).
  def("getswitchinterval", [](Vm& vm, Value, Args, Value* out) {
    uint64_t ns = vm.machine ? vm.machine->config().switch_interval_ns : 5'000'000;
    *out = vm.make_float(static_cast<double>(ns) / 1e9);
    return Status::Ok;
  });
  def("setswitchinterval", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n != 1 || args.nkw()) return vm.raise(vm.t.TypeError_, "setswitchinterval() takes exactly one argument");
    if (!vm.is_number(args[0])) {
      return vm.raise(vm.t.TypeError_, std::string("must be real number, not ") + vm.type_name(args[0]));
    }
    double s = vm.float_of(args[0]);
    if (!(s > 0)) return vm.raise(vm.t.ValueError_, "switch interval must be strictly positive");
    // CPython keeps whole microseconds (and reports 0.0 below one).
    uint64_t us = static_cast<uint64_t>(s * 1e6);
    if (vm.machine) vm.machine->set_switch_interval(us * 1000);
    *out = vm.None;
    return Status::Ok;
  });
  def("exit", [](Vm& vm, Value, Args args, Value* out) {
    Value code = args.n ? args[0] : vm.None;
    return vm.raise_value(vm.new_exception_args(vm.t.SystemExit_, &code, args.n ? 1 : 0));
  });
  def("exc_info", [](Vm& vm, Value, Args, Value* out) {
    Value e = vm.thread->topmost_handled();
    if (e.is_null() || e == vm.None)
      *out = vm.make_tuple({vm.None, vm.None, vm.None});
    else
      *out = vm.make_tuple({Value::object(vm.type_of(e)), e,
                            e.obj()->kind == Kind::Exception ? vm.traceback_of(static_cast<ExceptionObject*>(e.obj()))
                                                             : vm.None});
    return Status::Ok;
  });
  def("_getframe", [](Vm& vm, Value, Args args, Value* out) {
    if (args.nkw()) return vm.raise(vm.t.TypeError_, "_getframe() takes no keyword arguments");
    if (args.n > 1) return vm.raise(vm.t.TypeError_, "_getframe expected at most 1 argument, got " + std::to_string(args.n));
    int64_t depth = 0;
    if (args.n == 1 && !int_arg(vm, args[0], &depth)) return Status::Error;
    Frame* f = Vm::visible_frame(vm.thread->top);
    for (; depth > 0 && f; --depth) f = Vm::visible_frame(f->back);
    if (!f) return vm.raise(vm.t.ValueError_, "call stack is not deep enough");
    *out = Value::object(vm.frame_object(f));
    return Status::Ok;
  });
  def("getsizeof", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "sys.getsizeof() takes exactly one argument (" + std::to_string(args.n) + " given)");
    Value v = args[0];
    *out = vm.make_int(v.is_object() ? static_cast<int64_t>(v.obj()->footprint()) + 16 : 28);
    return Status::Ok;
  });
  def("intern", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "sys.intern() takes exactly one argument (" + std::to_string(args.n) + " given)");
    if (!vm.is_str(args[0]))
      return vm.raise(vm.t.TypeError_, std::string("intern() argument must be str, not ") + vm.type_name(args[0]));
    *out = Value::object(vm.intern(vm.as_str(args[0])->text));
    return Status::Ok;
  });
}

}  // namespace interleave::vm
