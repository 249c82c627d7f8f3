// The hot methods of asyncio's Future and Task, as natives. CPython
// implements both classes in C (_asyncio); here they are Python source
// (asyncio_module.cpp) and two installers replace some of their methods
// with these:
//   * `_install_future_methods`: Future.result, exception, done, cancelled,
//     get_loop, add_done_callback, set_result and _schedule_callbacks (a
//     Handle per done callback appended to the loop's ready queue);
//   * `_install_task_methods`: Task._step and Task._wakeup (named
//     task_step and task_wakeup, as CPython's are), which run one step of
//     the task's coroutine through a continuation (no nested interpreter).
//
// They keep the Python class's state where it was: in the instance's dict
// (`_state`, `_result`, `_callbacks`, ...), falling back to the class
// defaults, so the rest of the Python source, subclasses and reprs see the
// same attributes. Like CPython's C methods they read and write those
// fields directly (no descriptors, no overridden helpers) and behave as
// the Python methods they replace did, with CPython's argument errors.
// What is rare (a debug or closed loop, callbacks that are not a list of
// pairs, a cancelled task, a coroutine that raises or yields something
// other than a plain future or None) goes to the Python code kept for it.
#include "sim/machine.h"
#include "vm/ops.h"
#include "vm/types.h"
#include "vm/vm.h"

namespace interleave::vm {

void deque_push_back(Vm& vm, DequeObject* d, Value v);  // builtins/deque.cpp
int64_t thread_ident(Vm& vm);                              // stdlib/thread_module.cpp
void report_task_waits(Vm& vm, Value task, Value future, Value coro);  // asyncio_module.cpp

namespace {

struct FutureNames {
  // Attribute names (interned).
  StrObject *state, *result, *result_method, *exception, *callbacks, *loop, *log_traceback, *cancel_message, *cancelled_exc,
      *debug, *closed, *ready, *callback, *args, *context, *call_soon, *append;
  // The module's objects.
  Value pending, cancelled, finished;  // the _state strings
  TypeObject* handle = nullptr;        // asyncio.events.Handle
  TypeObject* cancelled_error = nullptr;
  TypeObject* invalid_state_error = nullptr;
  Value schedule_slow;    // _schedule_callbacks_slow(fut, callbacks, loop)
  Value run_py, run_failed;  // Handle._run_py(self), Handle._run_failed(self, exc)
  TupleObject* context_kw = nullptr;  // ('context',)
  TypeObject* future = nullptr;

  // Tasks (install_task_methods).
  StrObject *coro, *fut_waiter, *must_cancel, *blocking, *wakeup, *step, *value;
  TypeObject* task = nullptr;
  TypeObject* gathering = nullptr;  // _GatheringFuture
  DictObject* current_tasks = nullptr;  // loop -> the task running its step
  DictObject* all_tasks = nullptr;      // id(task) -> task, while pending
  Value step_py;          // Task._step_py(self, exc=None): the whole step in Python
  Value step_result;      // _step_result(task, loop, coro, result)
  Value step_exception;   // _step_exception(task, exc)
  Value base_call_soon;   // BaseEventLoop.call_soon
  Value step_native, wakeup_native;

  DictObject* running_loops = nullptr;  // thread ident -> the loop running in it
  int64_t task_counter = 0;             // tasks made so far (Task-1, Task-2, ...)
  Value init_py;                        // Task._init_py
  TupleObject* empty = nullptr;         // ()
  StrObject* name;
  TupleObject* init_kw = nullptr;       // ('loop', 'name', 'context')
};

FutureNames& names(Vm& vm) { return *static_cast<FutureNames*>(vm.asyncio_state.get()); }

FutureNames& ensure_names(Vm& vm) {
  if (!vm.asyncio_state) vm.asyncio_state = std::make_shared<FutureNames>();
  return names(vm);
}

// A class attribute that is certainly no data descriptor: nothing, a
// function, a plain value (a property, a slot, an object with __set__ is
// left to the general attribute code).
bool plain_class_attr(Value attr) {
  if (attr.is_null() || !attr.is_object()) return true;
  switch (attr.obj()->kind) {
    case Kind::Function: case Kind::NativeFunction: case Kind::None: case Kind::Bool: case Kind::Int:
    case Kind::Float: case Kind::Str: case Kind::Tuple:
      return true;
    default:
      return false;
  }
}

// A field of a future (or loop): the instance dict first, then the class
// default. Anything else goes through the general attribute lookup.
Value field(Vm& vm, Value obj, StrObject* name) {
  Object* o = obj.obj();
  if (o->kind == Kind::Instance) {
    if (DictObject* d = static_cast<InstanceObject*>(o)->dict) {
      int32_t i = vm.dict_find_str(d, name);
      if (i >= 0) return d->entries[i].value;
    }
    Value v = vm.lookup_type(o->type, name);
    if (!v.is_null() && plain_class_attr(v)) return v;
  }
  return vm.get_attr(obj, name);  // raises AttributeError when missing
}

// obj.name = v: into the instance dict when the key is there or the class
// has no data descriptor for it (as CPython's C writes its fields: no
// __setattr__); otherwise the general attribute code.
Status store(Vm& vm, Value obj, StrObject* name, Value v) {
  Object* o = obj.obj();
  if (o->kind == Kind::Instance) {
    auto* inst = static_cast<InstanceObject*>(o);
    if (inst->dict) {
      int32_t i = vm.dict_find_str(inst->dict, name);
      if (i >= 0) {
        inst->dict->entries[i].value = v;
        return Status::Ok;
      }
    }
    if (plain_class_attr(vm.lookup_type(o->type, name))) {
      if (!inst->dict) inst->dict = vm.new_dict();
      vm.dict_set_str(inst->dict, name, v);
      return Status::Ok;
    }
  }
  return vm.set_attr(obj, name, v);
}

bool same_str(Value v, Value s) {
  if (v == s) return true;
  if (!v.is_object() || v.obj()->kind != Kind::Str) return false;
  return static_cast<StrObject*>(v.obj())->text.str() == static_cast<StrObject*>(s.obj())->text.str();
}

// The state, checked: null (with the exception set) when it cannot be read.
Value state_of(Vm& vm, FutureNames& n, Value self) { return field(vm, self, n.state); }

bool is_false(Vm& vm, Value v) { return v == vm.False; }

Status no_args(Vm& vm, Args args, const char* name) {
  if (args.nkw()) return vm.raise(vm.t.TypeError_, std::string(name) + "() takes no keyword arguments");
  if (args.n)
    return vm.raise(vm.t.TypeError_,
                    std::string(name) + "() takes no arguments (" + std::to_string(args.n) + " given)");
  return Status::Ok;
}

// Future._make_cancelled_error, as CPython's C result()/exception() use it.
Status raise_cancelled(Vm& vm, FutureNames& n, Value self) {
  Value exc = field(vm, self, n.cancelled_exc);
  if (exc.is_null()) return Status::Error;
  if (exc != vm.None) {
    if (store(vm, self, n.cancelled_exc, vm.None) != Status::Ok) return Status::Error;
    return vm.raise_value(exc);
  }
  Value msg = field(vm, self, n.cancel_message);
  if (msg.is_null()) return Status::Error;
  if (msg == vm.None) return vm.raise_value(vm.new_exception_args(n.cancelled_error, nullptr, 0));
  return vm.raise_value(vm.new_exception_args(n.cancelled_error, &msg, 1));
}

Status future_result(Vm& vm, Value self, Args args, Value* out) {
  if (no_args(vm, args, "Future.result") != Status::Ok) return Status::Error;
  FutureNames& n = names(vm);
  Value st = state_of(vm, n, self);
  if (st.is_null()) return Status::Error;
  if (same_str(st, n.cancelled)) return raise_cancelled(vm, n, self);
  if (!same_str(st, n.finished)) return vm.raise(n.invalid_state_error, "Result is not set.");
  if (store(vm, self, n.log_traceback, vm.False) != Status::Ok) return Status::Error;
  Value exc = field(vm, self, n.exception);
  if (exc.is_null()) return Status::Error;
  if (exc != vm.None) return vm.raise_value(exc);
  *out = field(vm, self, n.result);
  return out->is_null() ? Status::Error : Status::Ok;
}

Status future_exception(Vm& vm, Value self, Args args, Value* out) {
  if (no_args(vm, args, "Future.exception") != Status::Ok) return Status::Error;
  FutureNames& n = names(vm);
  Value st = state_of(vm, n, self);
  if (st.is_null()) return Status::Error;
  if (same_str(st, n.cancelled)) return raise_cancelled(vm, n, self);
  if (!same_str(st, n.finished)) return vm.raise(n.invalid_state_error, "Exception is not set.");
  if (store(vm, self, n.log_traceback, vm.False) != Status::Ok) return Status::Error;
  *out = field(vm, self, n.exception);
  return out->is_null() ? Status::Error : Status::Ok;
}

Status future_done(Vm& vm, Value self, Args args, Value* out) {
  if (no_args(vm, args, "Future.done") != Status::Ok) return Status::Error;
  FutureNames& n = names(vm);
  Value st = state_of(vm, n, self);
  if (st.is_null()) return Status::Error;
  *out = vm.make_bool(!same_str(st, n.pending));
  return Status::Ok;
}

Status future_cancelled(Vm& vm, Value self, Args args, Value* out) {
  if (no_args(vm, args, "Future.cancelled") != Status::Ok) return Status::Error;
  FutureNames& n = names(vm);
  Value st = state_of(vm, n, self);
  if (st.is_null()) return Status::Error;
  *out = vm.make_bool(same_str(st, n.cancelled));
  return Status::Ok;
}

Status future_get_loop(Vm& vm, Value self, Args args, Value* out) {
  if (no_args(vm, args, "Future.get_loop") != Status::Ok) return Status::Error;
  *out = field(vm, self, names(vm).loop);
  return out->is_null() ? Status::Error : Status::Ok;
}

// A Handle(callback, args, loop, context) made as Handle.__init__ makes it.
Value new_handle(Vm& vm, FutureNames& n, Value callback, Value args, Value loop, Value context) {
  auto* h = vm.heap.make<InstanceObject>(n.handle);
  DictObject* d = h->dict = vm.new_dict();
  vm.dict_set_str(d, n.loop, loop);
  vm.dict_set_str(d, n.callback, callback);
  vm.dict_set_str(d, n.args, args);
  if (context != vm.None) vm.dict_set_str(d, n.context, context);
  return Value::object(h);
}

// The loop's ready deque when loop.call_soon(cb, *args, context=ctx) would
// only append Handle(cb, args, loop, ctx) to it: the loop's call_soon is
// BaseEventLoop's (not overridden), it is neither in debug mode nor closed.
// Null otherwise (then call_soon itself must be called); no exception set.
DequeObject* plain_ready(Vm& vm, FutureNames& n, Value loop) {
  if (!loop.is_object() || loop.obj()->kind != Kind::Instance) return nullptr;
  DictObject* d = static_cast<InstanceObject*>(loop.obj())->dict;
  if (!n.base_call_soon.is_null()) {
    if (vm.lookup_type(loop.obj()->type, n.call_soon) != n.base_call_soon) return nullptr;
    if (d && vm.dict_find_str(d, n.call_soon) >= 0) return nullptr;
  }
  for (StrObject* flag : {n.debug, n.closed}) {
    Value v = field(vm, loop, flag);
    if (v.is_null()) {
      vm.thread->exc = Value();
      return nullptr;
    }
    if (!is_false(vm, v)) return nullptr;
  }
  Value ready = field(vm, loop, n.ready);
  if (ready.is_null()) {
    vm.thread->exc = Value();
    return nullptr;
  }
  if (!ready.is_object() || ready.obj()->kind != Kind::Deque || ready.obj()->type != vm.t.deque) return nullptr;
  return static_cast<DequeObject*>(ready.obj());
}

// Whether [callbacks] may wake a task the machine sees waiting: only a
// task's own wakeup parks it on a future (report_task_waits), so for other
// futures the machine's table need not be searched.
bool vm_is_subtype(const TypeObject* t, const TypeObject* base) {
  for (const TypeObject* m : t->mro)
    if (m == base) return true;
  return false;
}

bool wakes_a_task(Vm& vm, FutureNames& n, Value callbacks) {
  if (callbacks == vm.None) return false;
  if (n.wakeup_native.is_null() || !callbacks.is_object() || callbacks.obj()->kind != Kind::List) return true;
  for (Value p : static_cast<ListObject*>(callbacks.obj())->items) {
    if (!p.is_object() || p.obj()->kind != Kind::Tuple || static_cast<TupleObject*>(p.obj())->items.empty()) return true;
    Value cb = static_cast<TupleObject*>(p.obj())->items[0];
    if (!cb.is_object()) continue;
    if (cb.obj()->kind != Kind::BoundMethod) {
      if (cb.obj()->kind == Kind::Function || cb.obj()->kind == Kind::NativeFunction) continue;
      return true;  // a callable object: who knows
    }
    auto* bm = static_cast<BoundMethodObject*>(cb.obj());
    if (bm->func == n.wakeup_native) return true;
    if (bm->self.is_object() && n.task && vm_is_subtype(bm->self.obj()->type, n.task)) return true;
  }
  return false;
}

// Future._schedule_callbacks: each done callback becomes a Handle at the end
// of the loop's ready queue (loop.call_soon, inlined), in the order they
// were added. *out is None unless the Python code for the rare cases is
// called (Status::Call, its result is ours).
Status schedule_callbacks(Vm& vm, FutureNames& n, Value self, Value* out) {
  *out = vm.None;
  Value cbs = field(vm, self, n.callbacks);
  if (cbs.is_null()) return Status::Error;
  if (cbs == vm.None) return Status::Ok;
  const bool is_list = cbs.is_object() && cbs.obj()->kind == Kind::List;
  if (is_list && static_cast<ListObject*>(cbs.obj())->items.empty()) return Status::Ok;
  if (!is_list) {
    int t = vm.truthy(cbs);
    if (t < 0) return Status::Error;
    if (!t) return Status::Ok;
  }
  if (store(vm, self, n.callbacks, vm.None) != Status::Ok) return Status::Error;
  if (vm.machine && wakes_a_task(vm, n, cbs)) vm.machine->asyncio_future_done(vm, self.obj());
  Value loop = field(vm, self, n.loop);
  if (loop.is_null()) return Status::Error;
  DequeObject* q = is_list ? plain_ready(vm, n, loop) : nullptr;
  bool fast = q != nullptr;
  auto& items = static_cast<ListObject*>(cbs.obj())->items;
  for (size_t i = 0; fast && i < items.size(); ++i) {
    Value p = items[i];
    fast = p.is_object() && p.obj()->kind == Kind::Tuple && static_cast<TupleObject*>(p.obj())->items.size() == 2;
  }
  if (!fast) return vm.request_call(n.schedule_slow, {self, cbs, loop});
  Value args = Value::object(vm.new_tuple(1));
  static_cast<TupleObject*>(args.obj())->items[0] = self;
  for (Value p : items) {
    auto& pair = static_cast<TupleObject*>(p.obj())->items;
    deque_push_back(vm, q, new_handle(vm, n, pair[0], args, loop, pair[1]));
  }
  return Status::Ok;
}

Status future_set_result(Vm& vm, Value self, Args args, Value* out) {
  if (args.nkw()) return vm.raise(vm.t.TypeError_, "Future.set_result() takes no keyword arguments");
  if (args.n != 1)
    return vm.raise(vm.t.TypeError_,
                    "Future.set_result() takes exactly one argument (" + std::to_string(args.n) + " given)");
  FutureNames& n = names(vm);
  Value st = state_of(vm, n, self);
  if (st.is_null()) return Status::Error;
  if (!same_str(st, n.pending)) return vm.raise(n.invalid_state_error, "invalid state");
  if (store(vm, self, n.result, args[0]) != Status::Ok) return Status::Error;
  if (store(vm, self, n.state, n.finished) != Status::Ok) return Status::Error;
  return schedule_callbacks(vm, n, self, out);
}

Status add_callback(Vm& vm, FutureNames& n, Value self, Value fn, Value context);

Status future_add_done_callback(Vm& vm, Value self, Args args, Value* out) {
  Value context = vm.None;
  for (int i = 0; i < args.nkw(); ++i) {
    auto* key = static_cast<StrObject*>(args.kwnames->items[i].obj());
    if (key->text.str() != "context")
      return vm.raise(vm.t.TypeError_, "'" + key->text.str() + "' is an invalid keyword argument for add_done_callback()");
    context = args.v[args.n + i];
  }
  if (args.n != 1)
    return vm.raise(vm.t.TypeError_, "add_done_callback() takes exactly 1 positional argument (" +
                                         std::to_string(args.n) + " given)");
  FutureNames& n = names(vm);
  Value st = state_of(vm, n, self);
  if (st.is_null()) return Status::Error;
  if (!same_str(st, n.pending)) {
    // self._loop.call_soon(fn, self, context=context)
    Value loop = field(vm, self, n.loop);
    if (loop.is_null()) return Status::Error;
    Value call_soon = vm.get_attr(loop, n.call_soon);
    if (call_soon.is_null()) return Status::Error;
    return vm.request_call(call_soon, {args[0], self, context}, nullptr, nullptr, n.context_kw);
  }
  *out = vm.None;
  return add_callback(vm, n, self, args[0], context);
}

// self._callbacks.append((fn, context)), the list made for the first one.
Status add_callback(Vm& vm, FutureNames& n, Value self, Value fn, Value context) {
  Value cbs = field(vm, self, n.callbacks);
  if (cbs.is_null()) return Status::Error;
  TupleObject* pair = vm.new_tuple(2);
  pair->items[0] = fn;
  pair->items[1] = context;
  if (cbs == vm.None) {
    ListObject* l = vm.new_list();
    l->items.push_back(Value::object(pair));
    return store(vm, self, n.callbacks, Value::object(l));
  }
  if (cbs.is_object() && cbs.obj()->kind == Kind::List && cbs.obj()->type == vm.t.list) {
    static_cast<ListObject*>(cbs.obj())->items.push_back(Value::object(pair));
    return Status::Ok;
  }
  Value append = vm.get_attr(cbs, n.append);
  if (append.is_null()) return Status::Error;
  return vm.request_call(append, {Value::object(pair)});
}


// --- Task._step and Task._wakeup ---------------------------------------------
// One step of a task: send None into its coroutine and act on what comes
// back, as Task._step_py does. The native runs the common shapes (the
// coroutine parks on a pending plain future of its loop, yields None for
// sleep(0), or returns); the rest goes to the Python code (_step_py before
// the coroutine runs, _step_result / _step_exception after), whose result
// step_finally passes on after ending the step as _step_py's finally does.

// The callbacks of [fut] can be scheduled without Python code.
bool schedules_fast(Vm& vm, FutureNames& n, Value fut) {
  Value cbs = field(vm, fut, n.callbacks);
  if (cbs.is_null()) return false;
  if (cbs == vm.None) return true;
  if (!cbs.is_object() || cbs.obj()->kind != Kind::List) return false;
  auto& items = static_cast<ListObject*>(cbs.obj())->items;
  if (items.empty()) return true;
  for (Value p : items)
    if (!p.is_object() || p.obj()->kind != Kind::Tuple || static_cast<TupleObject*>(p.obj())->items.size() != 2)
      return false;
  Value loop = field(vm, fut, n.loop);
  if (loop.is_null()) {
    vm.thread->exc = Value();
    return false;
  }
  return plain_ready(vm, n, loop) != nullptr;
}

// The end of every step (_step_py's finally).
void end_step(Vm& vm, FutureNames& n, Value self) {
  if (vm.machine) vm.machine->asyncio_task_step(vm, self.obj(), false);
  Value loop = field(vm, self, n.loop);
  if (loop.is_null()) {
    vm.thread->exc = Value();
    return;
  }
  Value saved = vm.thread->exc;
  vm.thread->exc = Value();
  if (vm.dict_del(n.current_tasks, loop) < 0) vm.thread->exc = Value();
  vm.thread->exc = saved;
}

Status step_finally(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  end_step(vm, names(vm), Value::object(state));
  if (incoming != Status::Ok) return incoming;
  *out = value;
  return Status::Ok;
}

// Task._finish for a task that returned.
void finish_task(Vm& vm, FutureNames& n, Value self) {
  Value id = vm.make_int(static_cast<int64_t>(vm.serial_id_base + self.obj()->serial * 16));
  if (vm.dict_del(n.all_tasks, id) < 0) vm.thread->exc = Value();
  if (vm.machine) vm.machine->asyncio_task_done(vm, self.obj(), sim::TaskState::Done);
}

// The loop's call_soon(callback, *args, context=ctx) when it is
// BaseEventLoop's and would only append a Handle: done here. False: call it.
bool call_soon_fast(Vm& vm, FutureNames& n, Value loop, Value callback, Value args, Value ctx) {
  DequeObject* q = plain_ready(vm, n, loop);
  if (!q) return false;
  deque_push_back(vm, q, new_handle(vm, n, callback, args, loop, ctx));
  return true;
}

// The coroutine yielded [result].
Status step_yielded(Vm& vm, FutureNames& n, Value self, Value result, Value* out) {
  Value loop = field(vm, self, n.loop);
  if (loop.is_null()) return Status::Error;
  TypeObject* rtype = vm.type_of(result);
  if (rtype == n.future || rtype == n.task || rtype == n.gathering) {
    Value blocking = field(vm, result, n.blocking);
    if (blocking.is_null()) return Status::Error;
    Value rloop = field(vm, result, n.loop);
    if (rloop.is_null()) return Status::Error;
    if (blocking == vm.True && rloop == loop && result != self) {
      Value rstate = field(vm, result, n.state);
      Value cbs = rstate.is_null() ? Value() : field(vm, result, n.callbacks);
      Value mc = cbs.is_null() ? Value() : field(vm, self, n.must_cancel);
      if (mc.is_null()) return Status::Error;
      if (same_str(rstate, n.pending) && is_false(vm, mc) &&
          (cbs == vm.None || (cbs.is_object() && cbs.obj()->type == vm.t.list))) {
        Value wake = vm.get_attr(self, n.wakeup);
        if (wake.is_null()) return Status::Error;
        Value ctx = field(vm, self, n.context);
        if (ctx.is_null()) return Status::Error;
        if (store(vm, result, n.blocking, vm.False) != Status::Ok) return Status::Error;
        if (add_callback(vm, n, result, wake, ctx) != Status::Ok) return Status::Error;
        if (store(vm, self, n.fut_waiter, result) != Status::Ok) return Status::Error;
        Value coro = field(vm, self, n.coro);
        if (coro.is_null()) return Status::Error;
        report_task_waits(vm, self, result, coro);
        end_step(vm, n, self);
        *out = vm.None;
        return Status::Ok;
      }
    }
  } else if (result == vm.None) {
    // sleep(0): loop.call_soon(self._step, context=self._context)
    Value step = vm.get_attr(self, n.step);
    if (step.is_null()) return Status::Error;
    Value ctx = field(vm, self, n.context);
    if (ctx.is_null()) return Status::Error;
    if (call_soon_fast(vm, n, loop, step, Value::object(vm.new_tuple(0)), ctx)) {
      end_step(vm, n, self);
      *out = vm.None;
      return Status::Ok;
    }
  }
  Value coro = field(vm, self, n.coro);
  if (coro.is_null()) return Status::Error;
  return vm.request_call(n.step_result, {self, loop, coro, result}, step_finally, self.obj());
}

// The coroutine's send() came back: a value it yielded, or an exception
// (StopIteration when it returned).
Status step_resumed(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  FutureNames& n = names(vm);
  Value self = Value::object(state);
  if (incoming == Status::Ok) {
    Status s = step_yielded(vm, n, self, value, out);
    if (s == Status::Error) end_step(vm, n, self);
    return s;
  }
  Value exc = vm.thread->exc;
  vm.thread->exc = Value();
  if (exc.is_object() && exc.obj()->kind == Kind::Exception && vm.is_subtype(exc.obj()->type, vm.t.StopIteration_)) {
    Value mc = field(vm, self, n.must_cancel);
    Value st = mc.is_null() ? Value() : field(vm, self, n.state);
    if (!mc.is_null() && is_false(vm, mc) && same_str(st, n.pending) && schedules_fast(vm, n, self)) {
      Value result = vm.get_attr(exc, n.value);
      if (result.is_null()) {
        end_step(vm, n, self);
        return Status::Error;
      }
      // Future.set_result(self, value), then self._finish().
      Status s = store(vm, self, n.result, result);
      if (s == Status::Ok) s = store(vm, self, n.state, n.finished);
      Value ignored;
      if (s == Status::Ok) s = schedule_callbacks(vm, n, self, &ignored);
      if (s == Status::Ok) finish_task(vm, n, self);
      end_step(vm, n, self);
      *out = vm.None;
      return s;
    }
    vm.thread->exc = Value();  // a field that could not be read: _step_exception tells
  }
  return vm.request_call(n.step_exception, {self, exc}, step_finally, self.obj());
}

Status task_step(Vm& vm, Value self, Value exc, Value* out) {
  FutureNames& n = names(vm);
  if (exc != vm.None) return vm.request_call(n.step_py, {self, exc});
  Value st = field(vm, self, n.state);
  if (st.is_null()) return Status::Error;
  Value mc = field(vm, self, n.must_cancel);
  if (mc.is_null()) return Status::Error;
  Value coro = field(vm, self, n.coro);
  if (coro.is_null()) return Status::Error;
  if (!same_str(st, n.pending) || !is_false(vm, mc) || !coro.is_object() || coro.obj()->kind != Kind::Generator)
    return vm.request_call(n.step_py, {self, exc});
  if (store(vm, self, n.fut_waiter, vm.None) != Status::Ok) return Status::Error;
  Value loop = field(vm, self, n.loop);
  if (loop.is_null()) return Status::Error;
  if (!vm.dict_set(n.current_tasks, loop, self)) return Status::Error;
  if (vm.machine) vm.machine->asyncio_task_step(vm, self.obj(), true);
  return vm.request_resume(static_cast<GeneratorObject*>(coro.obj()), vm.None, false, step_resumed, self.obj());
}

Status task_step_method(Vm& vm, Value self, Args args, Value* out) {
  Value exc = vm.None;
  if (args.n > 1) return vm.raise(vm.t.TypeError_, "task_step() takes at most 1 argument (" + std::to_string(args.n) + " given)");
  if (args.n == 1) exc = args[0];
  for (int i = 0; i < args.nkw(); ++i) {
    auto* key = static_cast<StrObject*>(args.kwnames->items[i].obj());
    if (key->text.str() != "exc" || args.n == 1)
      return vm.raise(vm.t.TypeError_, "task_step() got an unexpected keyword argument '" + key->text.str() + "'");
    exc = args.v[args.n + i];
  }
  return task_step(vm, self, exc, out);
}

// self._step() or self._step(exc): the native unless a subclass replaced it.
Status call_step(Vm& vm, FutureNames& n, Value self, Value exc, Value* out) {
  if (vm.lookup_type(self.obj()->type, n.step) == n.step_native) {
    DictObject* d = self.obj()->kind == Kind::Instance ? static_cast<InstanceObject*>(self.obj())->dict : nullptr;
    if (!d || vm.dict_find_str(d, n.step) < 0) return task_step(vm, self, exc, out);
  }
  Value step = vm.get_attr(self, n.step);
  if (step.is_null()) return Status::Error;
  if (exc == vm.None) return vm.request_call(step, {});
  return vm.request_call(step, {exc});
}

// Task._wakeup(future): future.result() decides how the task goes on.
Status wakeup_cont(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  Value exc = vm.None;
  if (incoming != Status::Ok) {
    exc = vm.thread->exc;
    vm.thread->exc = Value();
  }
  return call_step(vm, names(vm), Value::object(state), exc, out);
}

Status task_wakeup(Vm& vm, Value self, Args args, Value* out) {
  if (args.nkw() || args.n != 1)
    return vm.raise(vm.t.TypeError_, "task_wakeup() takes exactly one argument (" + std::to_string(args.n) + " given)");
  FutureNames& n = names(vm);
  Value fut = args[0];
  TypeObject* ft = vm.type_of(fut);
  if (ft == n.future || ft == n.task || ft == n.gathering) {
    Value ignored;
    Status s = future_result(vm, fut, Args{nullptr, 0, nullptr}, &ignored);
    return wakeup_cont(vm, self.obj(), s, Value(), out);
  }
  Value result = vm.get_attr(fut, n.result_method);
  if (result.is_null()) return wakeup_cont(vm, self.obj(), Status::Error, Value(), out);
  return vm.request_call(result, {}, wakeup_cont, self.obj());
}


// --- Handle._run -------------------------------------------------------------
// self._callback(*self._args); an exception other than SystemExit and
// KeyboardInterrupt goes to self._run_failed(exc), called while exc is the
// exception being handled (as inside the except clause of events.py's _run).

Status handle_run_restore(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  vm.thread->handled = static_cast<OpaqueObject*>(state)->values[0];
  if (incoming != Status::Ok) return incoming;
  *out = vm.None;
  return Status::Ok;
}

Status handle_run_done(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  *out = vm.None;
  if (incoming == Status::Ok) return Status::Ok;
  Value exc = vm.thread->exc;
  if (exc.is_object() && (vm.is_subtype(exc.obj()->type, vm.t.SystemExit_) ||
                          vm.is_subtype(exc.obj()->type, vm.t.KeyboardInterrupt_)))
    return Status::Error;
  FutureNames& n = names(vm);
  vm.thread->exc = Value();
  OpaqueObject* st = vm.new_opaque();
  st->values.push_back(vm.thread->handled);
  vm.thread->handled = exc;
  return vm.request_call(n.run_failed, {Value::object(state), exc}, handle_run_restore, st);
}

Status handle_run(Vm& vm, Value self, Args args, Value* out) {
  if (no_args(vm, args, "_run") != Status::Ok) return Status::Error;
  FutureNames& n = names(vm);
  Value cb = field(vm, self, n.callback);
  if (cb.is_null()) return Status::Error;
  Value a = field(vm, self, n.args);
  if (a.is_null()) return Status::Error;
  if (!a.is_object() || a.obj()->type != vm.t.tuple) return vm.request_call(n.run_py, {self});
  const auto& items = static_cast<TupleObject*>(a.obj())->items;
  return vm.request_call(cb, Value(), items.data(), items.size(), handle_run_done, self.obj());
}

}  // namespace

// asyncio._get_running_loop() and get_running_loop() (C in CPython).
static Value running_loop(Vm& vm) {
  FutureNames& n = names(vm);
  Value loop = vm.dict_get(n.running_loops, vm.make_int(thread_ident(vm)));
  return loop.is_null() ? vm.None : loop;
}

// Task.__init__(coro, *, loop=None, name=None, context=None) calls
// _asyncio._task_init(self, coro, loop, name, context): what _init_py
// does, natively when the usual holds; otherwise _init_py does all of it.
Status task_init(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 5 || args.nkw()) return vm.raise(vm.t.TypeError_, "_task_init() takes 5 arguments");
  FutureNames& n = names(vm);
  Value self = args[0], coro = args[1], loop = args[2], name = args[3], context = args[4];
  auto slow = [&]() {
    return vm.request_call(n.init_py, {self, coro, loop, name, context}, nullptr, nullptr, n.init_kw);
  };
  if (!self.is_object() || self.obj()->kind != Kind::Instance) return slow();
  if (loop == vm.None && n.running_loops) loop = running_loop(vm);
  if (loop == vm.None || !loop.is_object() || loop.obj()->kind != Kind::Instance) return slow();
  if (!coro.is_object() || coro.obj()->kind != Kind::Generator || !static_cast<GeneratorObject*>(coro.obj())->is_coroutine)
    return slow();
  if (name != vm.None && !(name.is_object() && name.obj()->type == vm.t.str)) return slow();
  DequeObject* ready = plain_ready(vm, n, loop);
  if (!ready) return slow();
  Status s = store(vm, self, n.loop, loop);
  if (name == vm.None) name = vm.make_str("Task-" + std::to_string(++n.task_counter));
  if (s == Status::Ok) s = store(vm, self, n.name, name);
  if (s == Status::Ok) s = store(vm, self, n.coro, coro);
  if (s == Status::Ok && context != vm.None) s = store(vm, self, n.context, context);
  if (s != Status::Ok) return s;
  Value step = vm.get_attr(self, n.step);
  if (step.is_null()) return Status::Error;
  deque_push_back(vm, ready, new_handle(vm, n, step, Value::object(n.empty), loop, context));
  // _register_task(self)
  Value id = vm.make_int(static_cast<int64_t>(vm.serial_id_base + self.obj()->serial * 16));
  if (!vm.dict_set(n.all_tasks, id, self)) return Status::Error;
  if (vm.machine) vm.machine->asyncio_task_created(vm, self.obj(), loop.obj(), vm.as_str(name)->text.str());
  *out = vm.None;
  return Status::Ok;
}


// _install_running_loops(_running_loops): the dict _set_running_loop keeps;
// makes _asyncio._get_running_loop and _asyncio.get_running_loop read it.
Status install_running_loops(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 1 || !args[0].is_object() || args[0].obj()->type != vm.t.dict)
    return vm.raise(vm.t.TypeError_, "_install_running_loops() takes a dict");
  FutureNames& n = ensure_names(vm);
  n.running_loops = static_cast<DictObject*>(args[0].obj());
  vm.extra_roots.push_back(args[0]);
  *out = vm.None;
  return Status::Ok;
}

// _asyncio._next_task_number(): the number of the next task (Task-N).
Status next_task_number_fn(Vm& vm, Value, Args args, Value* out) {
  if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "_next_task_number() takes no arguments");
  *out = vm.make_int(++ensure_names(vm).task_counter);
  return Status::Ok;
}

Status get_running_loop_fn(Vm& vm, Value, Args args, Value* out) {
  if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "_asyncio.get_running_loop() takes no arguments (" + std::to_string(args.n + args.nkw()) + " given)");
  if (!vm.asyncio_state || !names(vm).running_loops) return vm.raise(vm.t.RuntimeError_, "no running event loop");
  *out = running_loop(vm);
  if (*out == vm.None) return vm.raise(vm.t.RuntimeError_, "no running event loop");
  return Status::Ok;
}

Status get_running_loop_opt_fn(Vm& vm, Value, Args args, Value* out) {
  if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "_asyncio._get_running_loop() takes no arguments (" + std::to_string(args.n + args.nkw()) + " given)");
  *out = vm.asyncio_state && names(vm).running_loops ? running_loop(vm) : vm.None;
  return Status::Ok;
}

// _install_future_methods(Future, Handle, PENDING, CANCELLED, FINISHED,
//                         CancelledError, InvalidStateError, schedule_slow,
//                         Handle._run_py, Handle._run_failed)
Status install_future_methods(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 10) return vm.raise(vm.t.TypeError_, "_install_future_methods() takes 10 arguments");
  for (int i : {0, 1, 5, 6})
    if (!args[i].is_object() || args[i].obj()->kind != Kind::Type)
      return vm.raise(vm.t.TypeError_, "_install_future_methods(): a class was expected");
  for (int i : {2, 3, 4})
    if (!vm.is_str(args[i])) return vm.raise(vm.t.TypeError_, "_install_future_methods(): a str was expected");
  FutureNames& n = ensure_names(vm);
  n.state = vm.intern("_state");
  n.result = vm.intern("_result");
  n.result_method = vm.intern("result");
  n.exception = vm.intern("_exception");
  n.callbacks = vm.intern("_callbacks");
  n.loop = vm.intern("_loop");
  n.log_traceback = vm.intern("_log_traceback");
  n.cancel_message = vm.intern("_cancel_message");
  n.cancelled_exc = vm.intern("_cancelled_exc");
  n.debug = vm.intern("_debug");
  n.closed = vm.intern("_closed");
  n.ready = vm.intern("_ready");
  n.callback = vm.intern("_callback");
  n.args = vm.intern("_args");
  n.context = vm.intern("_context");
  n.call_soon = vm.intern("call_soon");
  n.append = vm.intern("append");
  auto* future = n.future = static_cast<TypeObject*>(args[0].obj());
  n.handle = static_cast<TypeObject*>(args[1].obj());
  n.pending = args[2];
  n.cancelled = args[3];
  n.finished = args[4];
  n.cancelled_error = static_cast<TypeObject*>(args[5].obj());
  n.invalid_state_error = static_cast<TypeObject*>(args[6].obj());
  n.schedule_slow = args[7];
  n.run_py = args[8];
  n.run_failed = args[9];
  n.context_kw = vm.new_tuple(1);
  n.context_kw->items[0] = Value::object(vm.intern("context"));
  for (int i = 0; i < args.n; ++i) vm.extra_roots.push_back(args[i]);
  vm.extra_roots.push_back(Value::object(n.context_kw));
  vm.add_method(future, "result", future_result);
  vm.add_method(future, "exception", future_exception);
  vm.add_method(future, "done", future_done);
  vm.add_method(future, "cancelled", future_cancelled);
  vm.add_method(future, "get_loop", future_get_loop);
  vm.add_method(future, "set_result", future_set_result);
  vm.add_method(future, "add_done_callback", future_add_done_callback);
  vm.add_method(n.handle, "_run", handle_run);
  vm.add_method(future, "_schedule_callbacks", [](Vm& vm, Value self, Args args, Value* out) {
    if (no_args(vm, args, "Future._schedule_callbacks") != Status::Ok) return Status::Error;
    return schedule_callbacks(vm, names(vm), self, out);
  });
  *out = vm.None;
  return Status::Ok;
}

// _install_task_methods(Task, _GatheringFuture, _current_tasks, _all_tasks,
//                       Task._step_py, _step_result, _step_exception,
//                       BaseEventLoop.call_soon, Task._init_py)
Status install_task_methods(Vm& vm, Value, Args args, Value* out) {
  if (!vm.asyncio_state || !names(vm).future) return vm.raise(vm.t.RuntimeError_, "_install_future_methods() first");
  if (args.n != 9) return vm.raise(vm.t.TypeError_, "_install_task_methods() takes 9 arguments");
  for (int i : {0, 1})
    if (!args[i].is_object() || args[i].obj()->kind != Kind::Type)
      return vm.raise(vm.t.TypeError_, "_install_task_methods(): a class was expected");
  for (int i : {2, 3})
    if (!args[i].is_object() || args[i].obj()->kind != Kind::Dict || args[i].obj()->type != vm.t.dict)
      return vm.raise(vm.t.TypeError_, "_install_task_methods(): a dict was expected");
  FutureNames& n = names(vm);
  n.coro = vm.intern("_coro");
  n.fut_waiter = vm.intern("_fut_waiter");
  n.must_cancel = vm.intern("_must_cancel");
  n.blocking = vm.intern("_asyncio_future_blocking");
  n.wakeup = vm.intern("_wakeup");
  n.step = vm.intern("_step");
  n.value = vm.intern("value");
  n.task = static_cast<TypeObject*>(args[0].obj());
  n.gathering = static_cast<TypeObject*>(args[1].obj());
  n.current_tasks = static_cast<DictObject*>(args[2].obj());
  n.all_tasks = static_cast<DictObject*>(args[3].obj());
  n.step_py = args[4];
  n.step_result = args[5];
  n.step_exception = args[6];
  n.base_call_soon = args[7];
  n.init_py = args[8];
  n.empty = vm.new_tuple(0);
  vm.extra_roots.push_back(Value::object(n.empty));
  n.name = vm.intern("_name");
  n.init_kw = vm.new_tuple(3);
  n.init_kw->items[0] = Value::object(vm.intern("loop"));
  n.init_kw->items[1] = Value::object(vm.intern("name"));
  n.init_kw->items[2] = Value::object(vm.intern("context"));
  vm.extra_roots.push_back(Value::object(n.init_kw));
  for (int i = 0; i < args.n; ++i) vm.extra_roots.push_back(args[i]);
  // Named as CPython's C methods are (a future's callbacks show Task.task_wakeup()).
  NativeFunctionObject* step = vm.new_native("task_step", task_step_method);
  NativeFunctionObject* wakeup = vm.new_native("task_wakeup", task_wakeup);
  for (NativeFunctionObject* f : {step, wakeup}) {
    f->is_method = true;
    f->owner = n.task;
  }
  n.step_native = Value::object(step);
  n.wakeup_native = Value::object(wakeup);
  vm.dict_set_str(n.task->dict, n.step, n.step_native);
  vm.dict_set_str(n.task->dict, n.wakeup, n.wakeup_native);

  *out = vm.None;
  return Status::Ok;
}

}  // namespace interleave::vm
