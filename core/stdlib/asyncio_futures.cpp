// The hot methods of asyncio's Future, as natives. CPython implements
// Future in C (_asyncio.Future); here the class is Python source
// (asyncio_module.cpp) and `_asyncio._install_future_methods` replaces a
// few of its methods with these: result, exception, done, cancelled,
// get_loop, add_done_callback, set_result, and the scheduling of the done
// callbacks (a Handle per callback appended to the loop's ready queue).
//
// They keep the Python class's state where it was: in the instance's dict
// (`_state`, `_result`, `_callbacks`, ...), falling back to the class
// defaults, so the rest of the Python source, subclasses and reprs see the
// same attributes. Like CPython's C methods they read and write those
// fields directly (no descriptors, no overridden helpers) and behave as
// the Python methods they replace did, with CPython's argument errors.
// What is rare (a debug or closed loop, callbacks that are not a list of
// pairs) goes to the Python code kept for it.
#include "sim/machine.h"
#include "vm/ops.h"
#include "vm/types.h"
#include "vm/vm.h"

namespace interleave::vm {

void deque_push_back(Vm& vm, DequeObject* d, Value v);  // builtins/deque.cpp

namespace {

struct FutureNames {
  // Attribute names (interned).
  StrObject *state, *result, *exception, *callbacks, *loop, *log_traceback, *cancel_message, *cancelled_exc,
      *debug, *closed, *ready, *callback, *args, *context, *call_soon, *append;
  // The module's objects.
  Value pending, cancelled, finished;  // the _state strings
  TypeObject* handle = nullptr;        // asyncio.events.Handle
  TypeObject* cancelled_error = nullptr;
  TypeObject* invalid_state_error = nullptr;
  Value schedule_slow;    // _schedule_callbacks_slow(fut, callbacks, loop)
  TupleObject* context_kw = nullptr;  // ('context',)
};

FutureNames& names(Vm& vm) { return *static_cast<FutureNames*>(vm.asyncio_state.get()); }

// A field of a future (or loop): the instance dict first, then the class
// default. Other layouts go through the general attribute lookup.
Value field(Vm& vm, Value obj, StrObject* name) {
  Object* o = obj.obj();
  if (o->kind == Kind::Instance) {
    if (DictObject* d = static_cast<InstanceObject*>(o)->dict) {
      int32_t i = vm.dict_find_str(d, name);
      if (i >= 0) return d->entries[i].value;
    }
    Value v = vm.lookup_type(o->type, name);
    if (!v.is_null()) return v;
  }
  return vm.get_attr(obj, name);  // raises AttributeError when missing
}

Status store(Vm& vm, Value obj, StrObject* name, Value v) {
  Object* o = obj.obj();
  if (o->kind == Kind::Instance) {
    auto* inst = static_cast<InstanceObject*>(o);
    if (!inst->dict) inst->dict = vm.new_dict();
    vm.dict_set_str(inst->dict, name, v);
    return Status::Ok;
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

// Future._schedule_callbacks: each done callback becomes a Handle at the end
// of the loop's ready queue (loop.call_soon, inlined), in the order they
// were added. *out is None unless the Python code for the rare cases is
// called (Status::Call, its result is ours).
Status schedule_callbacks(Vm& vm, FutureNames& n, Value self, Value* out) {
  *out = vm.None;
  Value cbs = field(vm, self, n.callbacks);
  if (cbs.is_null()) return Status::Error;
  const bool is_list = cbs.is_object() && cbs.obj()->kind == Kind::List;
  if (is_list && static_cast<ListObject*>(cbs.obj())->items.empty()) return Status::Ok;
  if (!is_list) {
    int t = vm.truthy(cbs);
    if (t < 0) return Status::Error;
    if (!t) return Status::Ok;
  }
  if (store(vm, self, n.callbacks, Value::object(vm.new_list())) != Status::Ok) return Status::Error;
  if (vm.machine) vm.machine->asyncio_future_done(vm, self.obj());
  Value loop = field(vm, self, n.loop);
  if (loop.is_null()) return Status::Error;
  bool fast = is_list;
  if (fast) {
    Value dbg = field(vm, loop, n.debug);
    if (dbg.is_null()) return Status::Error;
    int t = dbg == vm.False ? 0 : vm.truthy(dbg);
    if (t < 0) return Status::Error;
    fast = !t;
  }
  if (fast) {
    Value closed = field(vm, loop, n.closed);
    if (closed.is_null()) return Status::Error;
    int t = closed == vm.False ? 0 : vm.truthy(closed);
    if (t < 0) return Status::Error;
    fast = !t;
  }
  Value ready;
  if (fast) {
    ready = field(vm, loop, n.ready);
    if (ready.is_null()) return Status::Error;
    fast = ready.is_object() && ready.obj()->kind == Kind::Deque && ready.obj()->type == vm.t.deque;
  }
  auto& items = static_cast<ListObject*>(cbs.obj())->items;
  for (size_t i = 0; fast && i < items.size(); ++i) {
    Value p = items[i];
    fast = p.is_object() && p.obj()->kind == Kind::Tuple && static_cast<TupleObject*>(p.obj())->items.size() == 2;
  }
  if (!fast) return vm.request_call(n.schedule_slow, {self, cbs, loop});
  auto* q = static_cast<DequeObject*>(ready.obj());
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
  Value cbs = field(vm, self, n.callbacks);
  if (cbs.is_null()) return Status::Error;
  TupleObject* pair = vm.new_tuple(2);
  pair->items[0] = args[0];
  pair->items[1] = context;
  *out = vm.None;
  if (cbs.is_object() && cbs.obj()->kind == Kind::List && cbs.obj()->type == vm.t.list) {
    static_cast<ListObject*>(cbs.obj())->items.push_back(Value::object(pair));
    return Status::Ok;
  }
  Value append = vm.get_attr(cbs, n.append);
  if (append.is_null()) return Status::Error;
  return vm.request_call(append, {Value::object(pair)});
}

}  // namespace

// _install_future_methods(Future, Handle, PENDING, CANCELLED, FINISHED,
//                         CancelledError, InvalidStateError, schedule_slow)
Status install_future_methods(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 8) return vm.raise(vm.t.TypeError_, "_install_future_methods() takes 8 arguments");
  for (int i : {0, 1, 5, 6})
    if (!args[i].is_object() || args[i].obj()->kind != Kind::Type)
      return vm.raise(vm.t.TypeError_, "_install_future_methods(): a class was expected");
  for (int i : {2, 3, 4})
    if (!vm.is_str(args[i])) return vm.raise(vm.t.TypeError_, "_install_future_methods(): a str was expected");
  auto state = std::make_shared<FutureNames>();
  FutureNames& n = *state;
  n.state = vm.intern("_state");
  n.result = vm.intern("_result");
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
  auto* future = static_cast<TypeObject*>(args[0].obj());
  n.handle = static_cast<TypeObject*>(args[1].obj());
  n.pending = args[2];
  n.cancelled = args[3];
  n.finished = args[4];
  n.cancelled_error = static_cast<TypeObject*>(args[5].obj());
  n.invalid_state_error = static_cast<TypeObject*>(args[6].obj());
  n.schedule_slow = args[7];
  n.context_kw = vm.new_tuple(1);
  n.context_kw->items[0] = Value::object(vm.intern("context"));
  for (int i = 0; i < args.n; ++i) vm.extra_roots.push_back(args[i]);
  vm.extra_roots.push_back(Value::object(n.context_kw));
  vm.asyncio_state = state;
  vm.add_method(future, "result", future_result);
  vm.add_method(future, "exception", future_exception);
  vm.add_method(future, "done", future_done);
  vm.add_method(future, "cancelled", future_cancelled);
  vm.add_method(future, "get_loop", future_get_loop);
  vm.add_method(future, "set_result", future_set_result);
  vm.add_method(future, "add_done_callback", future_add_done_callback);
  vm.add_method(future, "_schedule_callbacks", [](Vm& vm, Value self, Args args, Value* out) {
    if (no_args(vm, args, "Future._schedule_callbacks") != Status::Ok) return Status::Error;
    return schedule_callbacks(vm, names(vm), self, out);
  });
  *out = vm.None;
  return Status::Ok;
}

}  // namespace interleave::vm
