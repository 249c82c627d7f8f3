// _thread: the primitives `threading` (Python source, threading.cpp) is
// built on, as in CPython: locks, starting a thread, thread identity. Each
// one is a thin call into the simulated machine (core/sim/machine.h), which
// owns time, blocking and switching.
//
// A lock is an OpaqueObject: a = locked, b = owner thread + 1, c = the
// recursion count of an RLock; values[0] is None for the locks learners
// make, or a label ("Condition.wait()") for the internal waiter locks of
// Condition, Event, Queue..., which the trace and deadlock reports describe
// by what they wait for instead.
#include <cmath>
#include <cstdio>

#include "sim/machine.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

constexpr double kTimeoutMax = 9223372036.0;

struct ThreadTypes {
  TypeObject* lock = nullptr;
  TypeObject* rlock = nullptr;
};

// The types live in the module dict; natives find them through the receiver.
bool is_rlock(Vm& vm, Value self) {
  return std::string_view(vm.type_of(self)->name->text) == "RLock";
}

OpaqueObject* new_lock(Vm& vm, TypeObject* type, Value label) {
  auto* l = vm.heap.make<OpaqueObject>(type);
  l->values.push_back(label.is_null() ? vm.None : label);
  return l;
}

sim::Machine* machine_or_error(Vm& vm, const char* what) {
  if (!vm.machine) vm.raise(vm.t.RuntimeError_, std::string(what) + " needs the simulated machine");
  return vm.machine;
}

// Parses acquire(blocking=True, timeout=-1) into (blocking, timeout ns; -1 forever).
bool parse_acquire(Vm& vm, Args args, bool* blocking, int64_t* timeout_ns) {
  Value a[2];
  if (!vm.parse_args("acquire", args, 0, {"blocking", "timeout"}, a)) return false;
  *blocking = true;
  if (!a[0].is_null()) {
    int b = vm.truthy(a[0]);
    if (b < 0) return false;
    *blocking = b != 0;
  }
  *timeout_ns = -1;
  if (!a[1].is_null()) {
    if (!vm.is_number(a[1])) {
      vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(a[1]) + "' object cannot be interpreted as a number");
      return false;
    }
    double t = vm.float_of(a[1]);
    if (!*blocking && t != -1) {
      vm.raise(vm.t.ValueError_, "can't specify a timeout for a non-blocking call");
      return false;
    }
    if (t < 0 && t != -1) {
      vm.raise(vm.t.ValueError_, "timeout value must be positive");
      return false;
    }
    if (t > kTimeoutMax) {
      vm.raise(vm.t.OverflowError_, "timeout value is too large");
      return false;
    }
    *timeout_ns = t < 0 ? -1 : static_cast<int64_t>(std::llround(t * 1e9));
  }
  return true;
}

Status lock_acquire(Vm& vm, Value self, Args args, Value* out) {
  bool blocking;
  int64_t timeout;
  if (!parse_acquire(vm, args, &blocking, &timeout)) return Status::Error;
  auto* l = static_cast<OpaqueObject*>(self.obj());
  const bool re = is_rlock(vm, self);
  if (vm.machine) return vm.machine->lock_acquire(vm, l, re, blocking, timeout, out);
  // A bare Session has one thread: a held lock never frees up.
  if (re || !l->a) {
    if (!l->a) l->c = 0;
    l->a = 1;
    ++l->c;
    *out = vm.True;
    return Status::Ok;
  }
  if (!blocking || timeout >= 0) {
    *out = vm.False;
    return Status::Ok;
  }
  return vm.raise(vm.t.RuntimeError_, "deadlock: the only thread waits for a lock it holds");
}

Status lock_release(Vm& vm, Value self, Args args, Value* out) {
  if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "release() takes no arguments");
  auto* l = static_cast<OpaqueObject*>(self.obj());
  const bool re = is_rlock(vm, self);
  if (vm.machine) return vm.machine->lock_release(vm, l, re, out);
  if (!l->a) return vm.raise(vm.t.RuntimeError_, re ? "cannot release un-acquired lock" : "release unlocked lock");
  if (!re || --l->c == 0) l->a = 0;
  *out = vm.None;
  return Status::Ok;
}

Status lock_exit(Vm& vm, Value self, Args args, Value* out) {
  Status s = lock_release(vm, self, Args{nullptr, 0, nullptr}, out);
  if (s == Status::Ok) *out = vm.None;
  return s;
}

Status lock_locked(Vm& vm, Value self, Args, Value* out) {
  *out = vm.make_bool(static_cast<OpaqueObject*>(self.obj())->a != 0);
  return Status::Ok;
}

int64_t owner_ident(Vm& vm, OpaqueObject* l) {
  if (!l->b) return 0;
  if (vm.machine) return vm.machine->threads()[static_cast<size_t>(l->b - 1)]->ident;
  return 1;
}

Status lock_repr(Vm& vm, Value self, Args, Value* out) {
  auto* l = static_cast<OpaqueObject*>(self.obj());
  char buf[160];
  unsigned long long addr = static_cast<unsigned long long>(vm.serial_id_base + l->serial * 16);
  if (is_rlock(vm, self)) {
    std::snprintf(buf, sizeof buf, "<%s _thread.RLock object owner=%lld count=%lld at 0x%llx>",
                  l->a ? "locked" : "unlocked", static_cast<long long>(owner_ident(vm, l)),
                  static_cast<long long>(l->a ? l->c : 0), addr);
  } else {
    std::snprintf(buf, sizeof buf, "<%s _thread.lock object at 0x%llx>", l->a ? "locked" : "unlocked", addr);
  }
  *out = vm.make_str(buf);
  return Status::Ok;
}

int64_t current_ident(Vm& vm) {
  if (!vm.machine) return 140'245'000'000'000 + 4096;
  sim::SimThread* t = vm.machine->current(vm);
  return t ? t->ident : 0;
}

// RLock's helpers for Condition: release completely / restore.
Status rlock_is_owned(Vm& vm, Value self, Args, Value* out) {
  auto* l = static_cast<OpaqueObject*>(self.obj());
  *out = vm.make_bool(l->a && owner_ident(vm, l) == current_ident(vm));
  return Status::Ok;
}

Status rlock_release_save(Vm& vm, Value self, Args, Value* out) {
  auto* l = static_cast<OpaqueObject*>(self.obj());
  if (!l->a) return vm.raise(vm.t.RuntimeError_, "cannot release un-acquired lock");
  int64_t count = l->c, owner = owner_ident(vm, l);
  l->c = 1;
  Value ignored;
  if (lock_release(vm, self, Args{nullptr, 0, nullptr}, &ignored) != Status::Ok) return Status::Error;
  *out = vm.make_tuple({vm.make_int(count), vm.make_int(owner)});
  return Status::Ok;
}

// _acquire_restore((count, owner)): blocks like acquire(), then restores
// the count. The count is restored by a continuation-free trick: the lock
// records the pending count in `values[1]` and acquire's caller (threading's
// Condition) calls _restore_count afterwards.
Status rlock_restore_count(Vm& vm, Value self, Args args, Value* out) {
  auto* l = static_cast<OpaqueObject*>(self.obj());
  if (args.n != 1 || !vm.is_int(args[0])) return vm.raise(vm.t.TypeError_, "_restore_count(count)");
  l->c = vm.int_of(args[0]);
  *out = vm.None;
  return Status::Ok;
}

}  // namespace

// _thread.get_ident() of the running thread, for other natives (asyncio).
int64_t thread_ident(Vm& vm) { return current_ident(vm); }

void init_thread_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  TypeObject* lock = vm.new_type("lock", vm.t.object, Layout::Builtin, Kind::Opaque);
  lock->module_name = "_thread";
  lock->subclassable = false;
  TypeObject* rlock = vm.new_type("RLock", vm.t.object, Layout::Builtin, Kind::Opaque);
  rlock->module_name = "_thread";
  for (TypeObject* type : {lock, rlock}) {
    vm.add_method(type, "acquire", lock_acquire);
    vm.add_method(type, "release", lock_release);
    vm.add_method(type, "__enter__", lock_acquire);
    vm.add_method(type, "__exit__", lock_exit);
    vm.add_method(type, "__repr__", lock_repr);
  }
  vm.add_method(lock, "locked", lock_locked);
  vm.add_method(lock, "acquire_lock", lock_acquire);
  vm.add_method(lock, "release_lock", lock_release);
  vm.add_method(lock, "locked_lock", lock_locked);
  vm.add_method(rlock, "_is_owned", rlock_is_owned);
  vm.add_method(rlock, "_release_save", rlock_release_save);
  vm.add_method(rlock, "_restore_count", rlock_restore_count);
  rlock->constructor = [](Vm& vm, Value, Args args, Value* out) {
    if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "RLock() takes no arguments");
    Value type = vm.dict_get_str(static_cast<ModuleObject*>(vm.import_module(vm.intern("_thread")).obj())->dict,
                                 vm.intern("RLock"));
    *out = Value::object(new_lock(vm, static_cast<TypeObject*>(type.obj()), Value()));
    return Status::Ok;
  };
  vm.add_attr(d, "LockType", Value::object(lock));
  vm.add_attr(d, "lock", Value::object(lock));
  vm.add_attr(d, "RLock", Value::object(rlock));
  vm.add_attr(d, "error", Value::object(vm.t.RuntimeError_));
  vm.add_attr(d, "TIMEOUT_MAX", vm.make_float(kTimeoutMax));

  auto def = [&](const char* name, NativeFn fn) {
    vm.add_attr(d, name, Value::object(vm.new_native(name, fn, Value::object(lock))));
  };
  def("allocate_lock", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "allocate_lock() takes no arguments");
    Value type = vm.dict_get_str(static_cast<ModuleObject*>(vm.import_module(vm.intern("_thread")).obj())->dict,
                                 vm.intern("LockType"));
    *out = Value::object(new_lock(vm, static_cast<TypeObject*>(type.obj()), Value()));
    return Status::Ok;
  });
  // _allocate_internal(label, reentrant=False): a lock the threading
  // module uses inside Condition, Event, Queue, Future ...; the trace does
  // not show it as a lock of its own and reports describe it by [label].
  def("_allocate_internal", [](Vm& vm, Value, Args args, Value* out) {
    bool reentrant = args.n > 1 && vm.truthy(args[1]) > 0;
    Value type = vm.dict_get_str(static_cast<ModuleObject*>(vm.import_module(vm.intern("_thread")).obj())->dict,
                                 vm.intern(reentrant ? "RLock" : "LockType"));
    *out = Value::object(new_lock(vm, static_cast<TypeObject*>(type.obj()), args.n ? args[0] : Value()));
    return Status::Ok;
  });
  def("get_ident", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_int(current_ident(vm));
    return Status::Ok;
  });
  def("get_native_id", [](Vm& vm, Value, Args, Value* out) {
    if (!vm.machine) {
      *out = vm.make_int(4242);
      return Status::Ok;
    }
    sim::SimThread* t = vm.machine->current(vm);
    *out = vm.make_int(t ? t->native_id : 0);
    return Status::Ok;
  });
  def("_count", [](Vm& vm, Value, Args, Value* out) {
    int64_t n = 0;
    if (vm.machine)
      for (const auto& t : vm.machine->threads())
        if (!t->is_main && t->state != sim::ThreadState::Done) ++n;
    *out = vm.make_int(n);
    return Status::Ok;
  });
  // _start(function, name, daemon) -> ident: what Thread.start() uses.
  def("_start", [](Vm& vm, Value, Args args, Value* out) {
    sim::Machine* m = machine_or_error(vm, "starting a thread");
    if (!m) return Status::Error;
    if (args.n != 3 || !vm.is_str(args[1])) return vm.raise(vm.t.TypeError_, "_start(function, name, daemon)");
    int daemon = vm.truthy(args[2]);
    if (daemon < 0) return Status::Error;
    sim::SimThread* t = m->start_thread(vm, args[0], {}, vm.as_str(args[1])->text, daemon != 0);
    *out = vm.make_int(t->ident);
    return Status::Ok;
  });
  def("start_new_thread", [](Vm& vm, Value, Args args, Value* out) {
    sim::Machine* m = machine_or_error(vm, "starting a thread");
    if (!m) return Status::Error;
    if (args.n < 2)
      return vm.raise(vm.t.TypeError_, "start_new_thread expected at least 2 arguments, got " + std::to_string(args.n));
    if (args.n > 3)
      return vm.raise(vm.t.TypeError_, "start_new_thread expected at most 3 arguments, got " + std::to_string(args.n));
    if (!args[1].is_object() || args[1].obj()->kind != Kind::Tuple)
      return vm.raise(vm.t.TypeError_, "2nd arg must be a tuple");
    DictObject* kwargs = nullptr;
    if (args.n == 3) {
      if (!args[2].is_object() || args[2].obj()->kind != Kind::Dict)
        return vm.raise(vm.t.TypeError_, "optional 3rd arg must be a dictionary");
      kwargs = static_cast<DictObject*>(args[2].obj());
    }
    std::vector<Value> a(static_cast<TupleObject*>(args[1].obj())->items.begin(), static_cast<TupleObject*>(args[1].obj())->items.end());
    // Keyword arguments go after the positional ones, their names in a tuple
    // (the layout of every call request).
    TupleObject* kwnames = nullptr;
    if (kwargs && kwargs->used) {
      kwnames = vm.new_tuple(0);
      for (auto& e : kwargs->entries) {
        if (e.key.is_null()) continue;
        if (!vm.is_str(e.key)) return vm.raise(vm.t.TypeError_, "keywords must be strings");
        kwnames->items.push_back(e.key);
        a.push_back(e.value);
      }
    }
    // Like CPython: nothing waits for _thread's threads at exit.
    sim::SimThread* t = m->start_thread(vm, args[0], std::move(a), "Dummy-" + std::to_string(m->threads().size()), true);
    t->vt->request.kwnames = kwnames;
    *out = vm.make_int(t->ident);
    return Status::Ok;
  });
  // _join(ident, timeout) -> True when the thread has ended.
  def("_join", [](Vm& vm, Value, Args args, Value* out) {
    sim::Machine* m = machine_or_error(vm, "join()");
    if (!m) return Status::Error;
    if (args.n != 2 || !vm.is_int(args[0])) return vm.raise(vm.t.TypeError_, "_join(ident, timeout)");
    sim::SimThread* t = m->thread_by_ident(vm.int_of(args[0]));
    if (!t) {
      *out = vm.True;
      return Status::Ok;
    }
    int64_t timeout = -1;
    if (args[1] != vm.None) {
      double s = vm.float_of(args[1]);
      timeout = s <= 0 ? 0 : static_cast<int64_t>(std::llround(std::min(s, kTimeoutMax) * 1e9));
    }
    return m->join(vm, t, timeout, out);
  });
  def("_is_done", [](Vm& vm, Value, Args args, Value* out) {
    sim::SimThread* t = vm.machine && args.n == 1 && vm.is_int(args[0]) ? vm.machine->thread_by_ident(vm.int_of(args[0])) : nullptr;
    *out = vm.make_bool(!t || t->state == sim::ThreadState::Done);
    return Status::Ok;
  });
  def("_set_name", [](Vm& vm, Value, Args args, Value* out) {
    *out = vm.None;
    if (!vm.machine || args.n != 2 || !vm.is_int(args[0]) || !vm.is_str(args[1])) return Status::Ok;
    sim::SimThread* t = vm.machine->thread_by_ident(vm.int_of(args[0]));
    if (t) vm.machine->rename(t, vm.as_str(args[1])->text);
    return Status::Ok;
  });
  // _format_exception(exc) -> the traceback text CPython would print.
  def("_format_exception", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n != 1) return vm.raise(vm.t.TypeError_, "_format_exception(exc)");
    // Like CPython's, but without the frames of the threading module itself
    // (Thread._bootstrap, Thread.run): they are not the learner's code.
    std::string text = vm.format_exception(args[0]), kept;
    bool skipping = false;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      end = end == std::string::npos ? text.size() : end + 1;
      std::string_view line(text.data() + pos, end - pos);
      if (line.rfind("  File ", 0) == 0) skipping = line.find("\"<frozen threading>\"") != std::string_view::npos;
      else if (line.rfind("    ", 0) != 0) skipping = false;
      if (!skipping) kept += line;
      pos = end;
    }
    *out = vm.make_str(kept);
    return Status::Ok;
  });
  def("_main_ident", [](Vm& vm, Value, Args, Value* out) {
    int64_t ident = 140'245'000'000'000 + 4096;
    if (vm.machine) ident = vm.machine->main_process().main->ident;
    *out = vm.make_int(ident);
    return Status::Ok;
  });
}

}  // namespace interleave::vm
