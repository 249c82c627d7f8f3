// Async generators and their awaitables (see async_gen.h for the design).
//
// Semantics follow CPython 3.11's genobject.c (async_gen_asend_send,
// async_gen_athrow_send, async_gen_unwrap_value), re-expressed as a decision
// made before the generator's frame is resumed (prepare) and one made when it
// stops (async_gen_stopped).
#include "vm/async_gen.h"

#include <algorithm>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

// Defined in builtins/generator.cpp: the exception of throw(typ[, val[, tb]]).
Status make_throw_value(Vm& vm, Args args, Value* exc);

void AsyncGenObject::trace(Tracer& tr) {
  GeneratorObject::trace(tr);
  tr.visit(driver);
  tr.visit(finalizer);
}

void AgAwaitable::trace(Tracer& tr) {
  tr.visit(ag);
  tr.visit(a);
  tr.visit(b);
  tr.visit(c);
  tr.visit(dflt);
}

const char* generator_kind_name(const GeneratorObject* g) {
  if (g->kind == Kind::AsyncGen) return "async generator";
  return g->is_coroutine ? "coroutine" : "generator";
}

namespace {

AsyncGenObject* AG(Value v) { return static_cast<AsyncGenObject*>(v.obj()); }
AgAwaitable* AW(Value v) { return static_cast<AgAwaitable*>(v.obj()); }

bool matches(Vm& vm, TypeObject* type) { return vm.exception_matches(vm.thread->exc, Value::object(type)); }

// --- What the awaitable's awaiter sees when the generator stops ---------------

// An exception left the generator (or resuming it failed at once).
bool settle_raised(Vm& vm, AgAwaitable* aw, Value* value) {
  AsyncGenObject* ag = aw->ag;
  bool finished = matches(vm, vm.t.StopAsyncIteration_) || matches(vm, vm.t.GeneratorExit_);
  if (finished) ag->closed = true;
  ag->running_async = false;
  aw->state = AgState::Closed;
  if (!aw->dflt.is_null() && matches(vm, vm.t.StopAsyncIteration_)) {
    vm.thread->exc = Value();
    *value = aw->dflt;
    return true;
  }
  if (aw->mode == AgMode::AClose && finished) {
    // aclose() is done: its await returns None.
    vm.thread->exc = Value();
    *value = vm.None;
    return true;
  }
  return false;
}

// The generator's own `yield v`.
bool settle_yielded(Vm& vm, AgAwaitable* aw, Value* value) {
  aw->ag->running_async = false;
  aw->state = AgState::Closed;
  if (aw->mode == AgMode::AClose) {
    vm.raise(vm.t.RuntimeError_, "async generator ignored GeneratorExit");
    return false;
  }
  return true;  // __anext__()/asend()/athrow() return v
}

enum class Step { Done, Error, Resume };

Step fail_resume(Vm& vm, AgAwaitable* aw, Value* out) {
  return settle_raised(vm, aw, out) ? Step::Done : Step::Error;
}

// Decides what resuming [aw] with [v] (a sent value, or the exception of a
// throw) does. Resume: resume the generator with *out (*out_throw: as an
// exception); its driver is aw from then on.
Step prepare(Vm& vm, AgAwaitable* aw, Value v, bool is_throw, Value* out, bool* out_throw) {
  AsyncGenObject* ag = aw->ag;
  if (aw->mode == AgMode::ASend) {
    if (aw->state == AgState::Closed) {
      vm.raise(vm.t.RuntimeError_, "cannot reuse already awaited __anext__()/asend()");
      return Step::Error;
    }
    if (!is_throw) {
      if (aw->state == AgState::Init) {
        if (ag->running_async) {
          vm.raise(vm.t.RuntimeError_, "anext(): asynchronous generator is already running");
          return Step::Error;
        }
        if (v == vm.None) v = aw->a;
        aw->state = AgState::Iter;
      }
      ag->running_async = true;
    }
  } else {
    if (aw->state == AgState::Closed) {
      vm.raise(vm.t.RuntimeError_, "cannot reuse already awaited aclose()/athrow()");
      return Step::Error;
    }
    if (!is_throw) {
      if (ag->state == GenState::Closed) {
        aw->state = AgState::Closed;
        *out = vm.None;
        return Step::Done;
      }
      if (aw->state == AgState::Init) {
        if (ag->running_async) {
          aw->state = AgState::Closed;
          vm.raise(vm.t.RuntimeError_, std::string(aw->mode == AgMode::AClose ? "aclose()" : "athrow()") +
                                           ": asynchronous generator is already running");
          return Step::Error;
        }
        if (ag->closed) {
          aw->state = AgState::Closed;
          vm.raise(vm.t.StopAsyncIteration_, "");
          return Step::Error;
        }
        if (v != vm.None) {
          vm.raise(vm.t.RuntimeError_, "can't send non-None value to a just-started coroutine");
          return Step::Error;
        }
        // athrow(typ[, val[, tb]])'s exception is made before the awaitable
        // is marked running, so that a class's Python __init__ can be
        // replayed (the rerun finds the awaitable as it was). SEND has
        // usually made it already (athrow_make_exception).
        int n = 0;
        Status made = Status::Ok;
        Value exc;
        if (aw->mode == AgMode::AThrow) {
          auto& items = static_cast<TupleObject*>(aw->a.obj())->items;
          n = static_cast<int>(items.size());
          if (n >= 1 && n <= 3) {
            made = make_throw_value(vm, Args{items.data(), n, nullptr}, &exc);
            if (made != Status::Ok && vm.replay && (vm.replay->need || vm.replay->aborting)) return Step::Error;
          }
        }
        aw->state = AgState::Iter;
        ag->running_async = true;
        if (aw->mode == AgMode::AClose) {
          ag->closed = true;
          v = vm.new_exception(vm.t.GeneratorExit_, "");
        } else {
          // The arguments are checked now, as CPython does.
          if (n < 1 || n > 3) {
            vm.raise(vm.t.TypeError_, std::string("athrow expected ") + (n < 1 ? "at least 1 argument" : "at most 3 arguments") +
                                          ", got " + std::to_string(n));
            return Step::Error;  // CPython 3.11 leaves the generator marked running here
          }
          if (made != Status::Ok) return fail_resume(vm, aw, out);
          v = exc;
        }
        is_throw = true;
      }
    }
  }
  // What resuming the generator itself does (gen_send_ex / gen_throw).
  if (ag->state == GenState::Running) {
    vm.raise(vm.t.ValueError_, "async generator already executing");
    return fail_resume(vm, aw, out);
  }
  if (ag->state == GenState::Closed) {
    if (is_throw)
      vm.thread->exc = v;
    else
      vm.raise(vm.t.StopAsyncIteration_, "");
    return fail_resume(vm, aw, out);
  }
  if (ag->state == GenState::Created && !is_throw && v != vm.None) {
    vm.raise(vm.t.TypeError_, "can't send non-None value to a just-started async generator");
    return fail_resume(vm, aw, out);
  }
  ag->driver = aw;
  *out = v;
  *out_throw = is_throw;
  return Step::Resume;
}

Value stop_iteration(Vm& vm, Value value) {
  Value exc = vm.new_exception(vm.t.StopIteration_, "");
  auto* e = static_cast<ExceptionObject*>(exc.obj());
  e->value = value;
  if (value != vm.None) e->args->items.push_back(value);
  return exc;
}

// The awaitable's send/throw called from Python (or __next__).
Status awaitable_native(Vm& vm, AgAwaitable* aw, Value v, bool is_throw) {
  Value what;
  bool thr = false;
  switch (prepare(vm, aw, v, is_throw, &what, &thr)) {
    case Step::Done: return vm.raise_value(stop_iteration(vm, what));
    case Step::Error: return Status::Error;
    case Step::Resume: break;
  }
  return vm.request_resume(aw->ag, what, thr);
}

AgAwaitable* new_awaitable(Vm& vm, AsyncGenObject* ag, AgMode mode) {
  return vm.heap.make<AgAwaitable>(mode == AgMode::ASend ? vm.t.async_generator_asend : vm.t.async_generator_athrow,
                                   ag, mode);
}

// The private module _asyncgen: Python helpers of the natives here.
const char* const kAsyncgenFile = "<frozen _asyncgen>";
const char* const kAsyncgenSource = R"PY(
async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


class asyncgen_hooks(tuple):
    __module__ = "builtins"

    def __new__(cls, firstiter, finalizer):
        return tuple.__new__(cls, (firstiter, finalizer))

    @property
    def firstiter(self):
        return self[0]

    @property
    def finalizer(self):
        return self[1]

    def __repr__(self):
        return "asyncgen_hooks(firstiter=%r, finalizer=%r)" % (self[0], self[1])
)PY";

void init_asyncgen_helpers(Vm& vm, ModuleObject* m) {
  if (!vm.set_module_source(m, kAsyncgenSource, kAsyncgenFile)) return;
  // anext_default's frames stay out of tracebacks, as CPython's C code.
  for (Value c : static_cast<FunctionObject*>(vm.module_body.obj())->code->consts)
    if (c.is_object() && c.obj()->kind == Kind::Code && static_cast<CodeObject*>(c.obj())->name->text == "anext_default")
      static_cast<CodeObject*>(c.obj())->flags |= kCodeHiddenFromTracebacks;
}

Status anext_wrapped_cont(Vm& vm, Object*, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  // Like CPython's anext_awaitable, it is not a coroutine nobody awaited.
  if (value.is_object() && value.obj()->kind == Kind::Generator)
    static_cast<GeneratorObject*>(value.obj())->unawaited_reported = true;
  *out = value;
  return Status::Ok;
}

// anext(ait, default): the awaitable (values[1]) wrapped by the helper
// module's anext_default, with the default (values[0]).
Status anext_default_wrap(Vm& vm, OpaqueObject* st, Value mod) {
  Value helper = vm.get_attr(mod, vm.intern("anext_default"));
  if (helper.is_null()) return Status::Error;
  return vm.request_call(helper, {st->values[1], st->values[0]}, anext_wrapped_cont, nullptr);
}

// The helper module was imported (its body ran as a frame).
Status anext_import_cont(Vm& vm, Object* state, Status incoming, Value mod, Value*) {
  if (incoming != Status::Ok) return incoming;
  return anext_default_wrap(vm, static_cast<OpaqueObject*>(state), mod);
}

Status anext_default_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* st = static_cast<OpaqueObject*>(state);
  st->values.resize(2);
  st->values[1] = value;
  Value mod;
  Status s = op_import(vm, vm.intern("_asyncgen"), &mod);
  if (s == Status::Call) vm.chain_cont(anext_import_cont, st);
  if (s != Status::Ok) return s;
  return anext_default_wrap(vm, st, mod);
}

Status return_state_cont(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  *out = Value::object(state);
  return Status::Ok;
}

// Returns [aw] from __anext__/asend/athrow/aclose. The first of them
// records sys.set_asyncgen_hooks' finalizer and calls its firstiter(ag)
// (CPython's async_gen_init_hooks).
Status hand_out(Vm& vm, AsyncGenObject* ag, AgAwaitable* aw, Value* out) {
  *out = Value::object(aw);
  if (ag->hooks_inited) return Status::Ok;
  ag->hooks_inited = true;
  if (!vm.asyncgen_finalizer.is_null() && vm.asyncgen_finalizer != vm.None) ag->finalizer = vm.asyncgen_finalizer;
  if (!vm.asyncgen_firstiter.is_null() && vm.asyncgen_firstiter != vm.None)
    return vm.request_call(vm.asyncgen_firstiter, {Value::object(ag)}, return_state_cont, aw);
  return Status::Ok;
}

}  // namespace

bool async_gen_stopped(Vm& vm, GeneratorObject* g, AgStop how, Value* value) {
  auto* ag = static_cast<AsyncGenObject*>(g);
  AgAwaitable* aw = ag->driver;
  ag->driver = nullptr;
  if (how == AgStop::Raised && matches(vm, vm.t.StopAsyncIteration_)) {
    Value cause = vm.thread->exc;
    vm.raise(vm.t.RuntimeError_, "async generator raised StopAsyncIteration");
    auto* e = static_cast<ExceptionObject*>(vm.thread->exc.obj());
    e->cause = cause;
    e->context = cause;
    e->suppress_context = true;
  }
  if (!aw) {
    // Resumed without an awaitable: a synchronous close (the generator was
    // dropped); it must not yield.
    if (how == AgStop::Yielded) {
      vm.raise(vm.t.RuntimeError_, "async generator ignored GeneratorExit");
      return false;
    }
    if (how == AgStop::Returned) *value = vm.None;
    return how == AgStop::Returned;
  }
  switch (how) {
    case AgStop::Yielded: return settle_yielded(vm, aw, value);
    case AgStop::Returned:
      vm.raise(vm.t.StopAsyncIteration_, "");
      return settle_raised(vm, aw, value);
    case AgStop::Raised: return settle_raised(vm, aw, value);
  }
  return false;
}

namespace {

// The exception athrow_make_exception asked for was made (or making it
// failed: that error is thrown in, as CPython's _gen_throw does). The
// awaitable keeps it; the answer is the value SEND sends, so that SEND
// runs again unchanged. values = [awaitable, the value sent].
Status athrow_made_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  auto* st = static_cast<OpaqueObject*>(state);
  auto* aw = static_cast<AgAwaitable*>(st->values[0].obj());
  if (incoming != Status::Ok) {
    value = vm.thread->exc;
    vm.thread->exc = Value();
  }
  aw->a = vm.make_tuple({value});
  *out = st->values[1];
  return Status::Ok;
}

}  // namespace

Status athrow_make_exception(Vm& vm, AgAwaitable* aw, Value send) {
  if (aw->mode != AgMode::AThrow || aw->state != AgState::Init || aw->ag->running_async || aw->ag->closed)
    return Status::Ok;
  auto& items = static_cast<TupleObject*>(aw->a.obj())->items;
  if (items.empty() || items.size() > 3) return Status::Ok;
  Value typ = items[0];
  if (!typ.is_object() || typ.obj()->kind != Kind::Type) return Status::Ok;
  auto* cls = static_cast<TypeObject*>(typ.obj());
  if (!cls->is_heap_type || !vm.is_subtype(cls, vm.t.base_exception)) return Status::Ok;
  Value val = items.size() > 1 && items[1] != vm.None ? items[1] : Value();
  if (!val.is_null() && val.is_object() && val.obj()->kind == Kind::Exception) return Status::Ok;
  OpaqueObject* st = vm.new_opaque();
  st->values = {Value::object(aw), send};
  std::vector<Value> args;
  if (!val.is_null()) args.push_back(val);
  return vm.request_call(typ, std::move(args), athrow_made_cont, st);
}

Vm::CallOutcome resume_ag_awaitable(Vm& vm, Thread* th, AgAwaitable* aw, Value send, bool is_throw, Value* result) {
  Value what;
  bool thr = false;
  switch (prepare(vm, aw, send, is_throw, &what, &thr)) {
    case Step::Done: *result = what; return Vm::CallOutcome::Done;
    case Step::Error: return Vm::CallOutcome::Error;
    case Step::Resume: break;
  }
  Vm::CallOutcome o = vm.resume_generator(th, aw->ag, what, thr, result);
  if (o == Vm::CallOutcome::Error) {
    aw->ag->driver = nullptr;
    if (settle_raised(vm, aw, result)) return Vm::CallOutcome::Done;
  }
  return o;
}

Vm::CallOutcome throw_into_ag_awaitable(Vm& vm, Thread* th, Frame* f, Value exc, Value* result) {
  auto* aw = static_cast<AgAwaitable*>(f->sp[-1].obj());
  GeneratorObject* outer = f->gen;
  bool in_aclose = outer->kind == Kind::AsyncGen && static_cast<AsyncGenObject*>(outer)->driver &&
                   static_cast<AsyncGenObject*>(outer)->driver->mode == AgMode::AClose;
  if (!in_aclose && vm.exception_matches(exc, Value::object(vm.t.GeneratorExit_))) {
    // close() / throw(GeneratorExit) closes the awaited object (which for
    // these awaitables only marks them used) and raises in the frame itself.
    aw->state = AgState::Closed;
    th->exc = exc;
    return Vm::CallOutcome::Pushed;
  }
  f->ip -= 1;  // re-run the YIELD_VALUE with whatever the generator yields
  Vm::CallOutcome o = resume_ag_awaitable(vm, th, aw, exc, true, result);
  if (o == Vm::CallOutcome::Pushed) return o;
  f->ip += 1;
  if (o == Vm::CallOutcome::Done) {
    // The awaitable finished: the await expression has its value.
    f->sp[-1] = *result;
    f->ip = f->code->code.data() + arg_of(f->ip[-2]);
  }
  // Error: raised in this frame at its await (it is on top of the chain).
  return Vm::CallOutcome::Pushed;
}

// --- The protocol instructions: GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, GET_AWAITABLE

namespace {

bool is_iterator(Vm& vm, Value v) {
  if (!v.is_object()) return false;
  Kind k = v.obj()->kind;
  if (k == Kind::Generator || k == Kind::Iterator) return true;
  return !vm.lookup_type(v.obj()->type, vm.n.__next__).is_null();
}

// __await__() must give an iterator (and not a coroutine).
Status await_iter_cont(Vm& vm, Object*, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  if (value.is_object() && value.obj()->kind == Kind::Generator && static_cast<GeneratorObject*>(value.obj())->is_coroutine) {
    Frame* f = vm.thread->top;
    if (f && f->code) warn_if_unawaited(vm, value, f, f->ip - 1);  // dropped right here
    return vm.raise(vm.t.TypeError_, "__await__() returned a coroutine");
  }
  if (!is_iterator(vm, value))
    return vm.raise(vm.t.TypeError_, std::string("__await__() returned non-iterator of type '") + vm.type_name(value) + "'");
  *out = value;
  return Status::Ok;
}

Status aiter_cont(Vm& vm, Object*, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  if (!value.is_object() || (value.obj()->kind != Kind::AsyncGen &&
                             vm.lookup_type(value.obj()->type, vm.intern("__anext__")).is_null()))
    return vm.raise(vm.t.TypeError_,
                    std::string("'async for' received an object from __aiter__ that does not implement __anext__: ") +
                        vm.type_name(value));
  *out = value;
  return Status::Ok;
}

Status anext_cont(Vm& vm, Object*, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  return op_await_iter(vm, value, 3, out);
}

}  // namespace

Status op_await_iter(Vm& vm, Value v, uint32_t where, Value* out) {
  if (v.is_object()) {
    Object* o = v.obj();
    if ((o->kind == Kind::Generator && static_cast<GeneratorObject*>(o)->is_coroutine) || o->kind == Kind::AgAwaitable) {
      *out = v;
      return Status::Ok;
    }
    Value m = vm.lookup_type(o->type, vm.n.__await__);
    if (!m.is_null()) return vm.request_call(m, {v}, await_iter_cont, nullptr);
  }
  const char* tn = vm.type_name(v);
  switch (where) {
    case 1:
      return vm.raise(vm.t.TypeError_,
                      std::string("'async with' received an object from __aenter__ that does not implement __await__: ") + tn);
    case 2:
      return vm.raise(vm.t.TypeError_,
                      std::string("'async with' received an object from __aexit__ that does not implement __await__: ") + tn);
    case 3: return vm.raise(vm.t.TypeError_, std::string("'async for' received an invalid object from __anext__: ") + tn);
    default: return vm.raise(vm.t.TypeError_, std::string("object ") + tn + " can't be used in 'await' expression");
  }
}

Status op_aiter(Vm& vm, Value v, Value* out) {
  Value m = v.is_object() ? vm.lookup_type(v.obj()->type, vm.intern("__aiter__")) : Value();
  if (m.is_null())
    return vm.raise(vm.t.TypeError_,
                    std::string("'async for' requires an object with __aiter__ method, got ") + vm.type_name(v));
  return vm.request_call(m, {v}, aiter_cont, nullptr);
}

Status op_anext(Vm& vm, Value aiter, Value* out) {
  if (aiter.is_object() && aiter.obj()->kind == Kind::AsyncGen) {
    AgAwaitable* aw = new_awaitable(vm, AG(aiter), AgMode::ASend);
    aw->a = vm.None;
    return hand_out(vm, AG(aiter), aw, out);
  }
  Value m = aiter.is_object() ? vm.lookup_type(aiter.obj()->type, vm.intern("__anext__")) : Value();
  if (m.is_null())
    return vm.raise(vm.t.TypeError_,
                    std::string("'async for' requires an iterator with __anext__ method, got ") + vm.type_name(aiter));
  return vm.request_call(m, {aiter}, anext_cont, nullptr);
}

Status op_before_async_with(Vm& vm, Value mgr, Value* aexit, Value* out) {
  TypeObject* type = vm.type_of(mgr);
  StrObject* enter_name = vm.intern("__aenter__");
  StrObject* exit_name = vm.intern("__aexit__");
  if (vm.lookup_type(type, enter_name).is_null())
    return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(mgr) +
                                         "' object does not support the asynchronous context manager protocol");
  if (vm.lookup_type(type, exit_name).is_null())
    return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(mgr) +
                                         "' object does not support the asynchronous context manager protocol "
                                         "(missed __aexit__ method)");
  Value enter = vm.get_attr(mgr, enter_name);
  if (enter.is_null()) return Status::Error;
  *aexit = vm.get_attr(mgr, exit_name);
  if (aexit->is_null()) return Status::Error;
  return vm.request_call(enter, {});
}

// --- Finalization (CPython's _PyGen_Finalize for async generators) -----------------

namespace {

// A synchronous close must not see the generator yield or await.
Status sync_close_cont(Vm& vm, Object*, Status incoming, Value, Value* out) {
  if (incoming == Status::Ok) {
    vm.raise(vm.t.RuntimeError_, "async generator ignored GeneratorExit");
    static_cast<ExceptionObject*>(vm.thread->exc.obj())->context = Value();
    return Status::Error;
  }
  if (matches(vm, vm.t.GeneratorExit_) || matches(vm, vm.t.StopIteration_)) {
    vm.thread->exc = Value();
    *out = vm.None;
    return Status::Ok;
  }
  return Status::Error;
}

}  // namespace

Status async_gen_finalize_request(Vm& vm, GeneratorObject* g) {
  auto* ag = static_cast<AsyncGenObject*>(g);
  if (!ag->finalizer.is_null() && !ag->closed) return vm.request_call(ag->finalizer, {Value::object(ag)});
  if (ag->state != GenState::Suspended) return Status::Ok;
  ag->driver = nullptr;
  return vm.request_resume(ag, vm.new_exception(vm.t.GeneratorExit_, ""), true, sync_close_cont, nullptr);
}

void report_unraisable(Vm& vm, Value obj, Value exc) {
  std::string text = "Exception ignored in: ";
  if (!vm.repr_append(text, obj, false)) {
    vm.thread->exc = Value();
    text += "<object>";
  }
  vm.write_out(text + "\n" + vm.format_exception(exc, false), true);
}

Status report_unraisable_op3(Vm& vm, Value obj, Value exc, Value, Value* out) {
  report_unraisable(vm, obj, exc);
  *out = vm.None;
  return Status::Ok;
}

// --- "coroutine ... was never awaited" ---------------------------------------------
//
// CPython warns when a coroutine that never started is destroyed. Without
// reference counts we report the two cases a learner meets: the result of
// a call dropped at once (an expression statement `f()`), at that moment and
// place; and the ones still never started at exit or freed by the
// collector, at exit as CPython's shutdown does ("sys:1: ...").

namespace {

std::string unawaited_text(const GeneratorObject* g) {
  return "coroutine '" + g->func->qualname->text + "' was never awaited";
}

bool never_started(const Object* o) {
  if (o->kind != Kind::Generator) return false;
  auto* g = static_cast<const GeneratorObject*>(o);
  return g->is_coroutine && g->state == GenState::Created && !g->unawaited_reported;
}

// The warnings module's "default" action: once per text and location.
bool first_time(Vm& vm, const std::string& key) {
  return vm.warnings_shown.emplace(key, true).second;
}

// At shutdown CPython reports these even under warnings.simplefilter("ignore").
void warn_at_exit(Vm& vm, const std::string& text) {
  if (first_time(vm, "sys:1:" + text)) vm.write_out("sys:1: RuntimeWarning: " + text + "\n", true);
}

}  // namespace

void warn_if_unawaited(Vm& vm, Value v, Frame* f, const uint32_t* at) {
  if (!v.is_object() || v.obj()->kind != Kind::Generator) return;
  auto* helper = static_cast<GeneratorObject*>(v.obj());
  if (helper->state == GenState::Created && helper->frame && helper->func->code->filename &&
      helper->func->code->filename->text == kAsyncgenFile)
    v = helper->frame->slots[0];  // anext(it, default) dropped: what it wraps is
  if (!v.is_object() || !never_started(v.obj())) return;
  auto* g = static_cast<GeneratorObject*>(v.obj());
  g->unawaited_reported = true;  // gone now, even when the warning is filtered out
  if (vm.warnings_ignored) return;
  std::string text = unawaited_text(g);
  const CodeObject* code = f->code;
  int line = code->positions[at - code->code.data()].line;
  std::string where = code->filename->text + ":" + std::to_string(line);
  if (!first_time(vm, where + ":" + text)) return;
  std::string out = where + ": RuntimeWarning: " + text + "\n";
  std::string_view src = vm.source_line(code->filename, line);
  size_t a = src.find_first_not_of(" \t\f");
  size_t b = src.find_last_not_of(" \t\f\r\n");
  if (a != std::string_view::npos) out += "  " + std::string(src.substr(a, b - a + 1)) + "\n";
  out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  vm.write_out(out, true);
}

void warn_unawaited_at_exit(Vm& vm) {
  for (const std::string& text : vm.unawaited_freed) warn_at_exit(vm, text);
  vm.unawaited_freed.clear();
  if (vm.coroutines_made == 0) return;  // a program without coroutines: nothing to scan the heap for
  std::vector<GeneratorObject*> alive;
  const auto& all = vm.heap.all_objects();  // oldest first: in serial order
  for (size_t i = 0, n = all.size(); i < n; ++i) {
    if (i + 8 < n) __builtin_prefetch(all[i + 8]);
    if (never_started(all[i])) alive.push_back(static_cast<GeneratorObject*>(all[i]));
  }
  for (GeneratorObject* g : alive) {
    g->unawaited_reported = true;
    warn_at_exit(vm, unawaited_text(g));
  }
}

Value async_gen_attr(Vm& vm, Object* o, const std::string& a) {
  auto* ag = static_cast<AsyncGenObject*>(o);
  if (a == "__name__") return Value::object(ag->func->name);
  if (a == "__qualname__") return Value::object(ag->func->qualname);
  if (a == "ag_running") return vm.make_bool(ag->running_async);
  if (a == "ag_frame") return ag->state == GenState::Closed || !ag->frame ? vm.None : Value::object(vm.frame_object(ag->frame));
  if (a == "ag_code") return Value::object(ag->func->code);
  if (a == "ag_await") return generator_awaiting(vm, ag);
  return Value();
}

// The object a suspended generator's `await`/`yield from` waits on, or None.
Value generator_awaiting(Vm& vm, GeneratorObject* g) {
  Frame* f = g->frame;
  if (g->state != GenState::Suspended || !f) return vm.None;
  const uint32_t* start = f->code->code.data();
  if (f->ip >= start + 2 && op_of(f->ip[-1]) == Op::YIELD_VALUE && op_of(f->ip[-2]) == Op::SEND) return f->sp[-1];
  return vm.None;
}

void init_sys_asyncgen_hooks(Vm& vm, DictObject* sys) {
  vm.add_attr(sys, "set_asyncgen_hooks", Value::object(vm.new_native("set_asyncgen_hooks", [](Vm& vm, Value, Args args, Value* out) {
    Value v[2];
    if (!vm.parse_args("set_asyncgen_hooks", args, 0, {"firstiter", "finalizer"}, v)) return Status::Error;
    const char* names[2] = {"firstiter", "finalizer"};
    for (int i = 0; i < 2; ++i) {
      if (v[i].is_null() || v[i] == vm.None) continue;
      Kind k = v[i].is_object() ? v[i].obj()->kind : Kind::Int;
      bool callable = k == Kind::Function || k == Kind::NativeFunction || k == Kind::BoundMethod || k == Kind::Type ||
                      (v[i].is_object() && !vm.lookup_type(v[i].obj()->type, vm.n.__call__).is_null());
      if (!callable)
        return vm.raise(vm.t.TypeError_, std::string("callable ") + names[i] + " expected, got " + vm.type_name(v[i]));
    }
    if (!v[0].is_null()) vm.asyncgen_firstiter = v[0];
    if (!v[1].is_null()) vm.asyncgen_finalizer = v[1];
    for (Value h : v)
      if (!h.is_null()) vm.extra_roots.push_back(h);
    *out = vm.None;
    return Status::Ok;
  })));
  vm.add_attr(sys, "get_asyncgen_hooks", Value::object(vm.new_native("get_asyncgen_hooks", [](Vm& vm, Value, Args args, Value* out) {
    Value a = vm.asyncgen_firstiter.is_null() ? vm.None : vm.asyncgen_firstiter;
    Value b = vm.asyncgen_finalizer.is_null() ? vm.None : vm.asyncgen_finalizer;
    // A structseq in CPython: a named tuple type from the helper module.
    Value mod = vm.import_module(vm.intern("_asyncgen"));
    if (mod.is_null()) return Status::Error;
    Value cls = vm.get_attr(mod, vm.intern("asyncgen_hooks"));
    if (cls.is_null()) return Status::Error;
    return vm.request_call(cls, {a, b});
  })));
}

void init_async_gen(Vm& vm) {
  vm.module_registry["_asyncgen"] = init_asyncgen_helpers;
  vm.heap.on_free_generator = [&vm](Object* o) {
    if (never_started(o)) vm.unawaited_freed.push_back(unawaited_text(static_cast<GeneratorObject*>(o)));
  };
  TypeObject* AGT = vm.t.async_generator;
  vm.add_method(AGT, "__aiter__", [](Vm& vm, Value self, Args, Value* out) {
    *out = self;
    return Status::Ok;
  });
  vm.add_method(AGT, "__anext__", [](Vm& vm, Value self, Args args, Value* out) {
    AgAwaitable* aw = new_awaitable(vm, AG(self), AgMode::ASend);
    aw->a = vm.None;
    return hand_out(vm, AG(self), aw, out);
  });
  vm.add_method(AGT, "asend", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.nkw()) return vm.raise(vm.t.TypeError_, "async_generator.asend() takes no keyword arguments");
    if (args.n != 1)
      return vm.raise(vm.t.TypeError_,
                      "async_generator.asend() takes exactly one argument (" + std::to_string(args.n) + " given)");
    AgAwaitable* aw = new_awaitable(vm, AG(self), AgMode::ASend);
    aw->a = args[0];
    return hand_out(vm, AG(self), aw, out);
  });
  vm.add_method(AGT, "athrow", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.nkw()) return vm.raise(vm.t.TypeError_, "async_generator.athrow() takes no keyword arguments");
    AgAwaitable* aw = new_awaitable(vm, AG(self), AgMode::AThrow);
    std::vector<Value> items(args.v, args.v + args.n);
    aw->a = vm.make_tuple(std::move(items));
    return hand_out(vm, AG(self), aw, out);
  });
  vm.add_method(AGT, "aclose", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n || args.nkw())
      return vm.raise(vm.t.TypeError_, "async_generator.aclose() takes no arguments (" + std::to_string(args.n) + " given)");
    return hand_out(vm, AG(self), new_awaitable(vm, AG(self), AgMode::AClose), out);
  });

  vm.add_attr(vm.builtins, "aiter", Value::object(vm.new_native("aiter", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n != 1 || args.nkw())
      return vm.raise(vm.t.TypeError_, "aiter() takes exactly one argument (" + std::to_string(args.n) + " given)");
    Value v = args[0];
    Value m = v.is_object() ? vm.lookup_type(v.obj()->type, vm.intern("__aiter__")) : Value();
    if (m.is_null()) return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(v) + "' object is not an async iterable");
    return vm.request_call(m, {v}, [](Vm& vm, Object*, Status incoming, Value value, Value* out) {
      if (incoming != Status::Ok) return incoming;
      if (!value.is_object() || (value.obj()->kind != Kind::AsyncGen &&
                                 vm.lookup_type(value.obj()->type, vm.intern("__anext__")).is_null()))
        return vm.raise(vm.t.TypeError_,
                        std::string("aiter() returned not an async iterator of type '") + vm.type_name(value) + "'");
      *out = value;
      return Status::Ok;
    });
  })));
  vm.add_attr(vm.builtins, "anext", Value::object(vm.new_native("anext", [](Vm& vm, Value, Args args, Value* out) {
    if (args.nkw()) return vm.raise(vm.t.TypeError_, "anext() takes no keyword arguments");
    if (args.n < 1 || args.n > 2)
      return vm.raise(vm.t.TypeError_, std::string("anext expected ") + (args.n < 1 ? "at least 1 argument" : "at most 2 arguments") +
                                           ", got " + std::to_string(args.n));
    Value v = args[0];
    if (v.is_object() && v.obj()->kind == Kind::AsyncGen) {
      AgAwaitable* aw = new_awaitable(vm, AG(v), AgMode::ASend);
      aw->a = vm.None;
      if (args.n == 2) {
        aw->type = vm.t.anext_awaitable;
        aw->dflt = args[1];
      }
      return hand_out(vm, AG(v), aw, out);
    }
    Value m = v.is_object() ? vm.lookup_type(v.obj()->type, vm.intern("__anext__")) : Value();
    if (m.is_null()) return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(v) + "' object is not an async iterator");
    if (args.n == 1) return vm.request_call(m, {v});
    // With a default: await __anext__()'s awaitable in a helper coroutine
    // that turns StopAsyncIteration into the default (CPython's anext_awaitable).
    OpaqueObject* st = vm.new_opaque();
    st->values.push_back(args[1]);
    return vm.request_call(m, {v}, anext_default_cont, st);
  })));

  for (TypeObject* T : {vm.t.async_generator_asend, vm.t.async_generator_athrow, vm.t.anext_awaitable}) {
    vm.add_method(T, "send", [](Vm& vm, Value self, Args args, Value* out) {
      if (args.n != 1 || args.nkw())
        return vm.raise(vm.t.TypeError_, std::string(vm.type_name(self)) + ".send() takes exactly one argument (" +
                                             std::to_string(args.n) + " given)");
      return awaitable_native(vm, AW(self), args[0], false);
    });
    vm.add_method(T, "throw", [](Vm& vm, Value self, Args args, Value* out) {
      AgAwaitable* aw = AW(self);
      if (aw->state == AgState::Closed) {
        return vm.raise(vm.t.RuntimeError_, aw->mode == AgMode::ASend
                                                ? "cannot reuse already awaited __anext__()/asend()"
                                                : "cannot reuse already awaited aclose()/athrow()");
      }
      Value exc;
      if (make_throw_value(vm, args, &exc) != Status::Ok) return Status::Error;
      return awaitable_native(vm, aw, exc, true);
    });
    vm.add_method(T, "close", [](Vm& vm, Value self, Args args, Value* out) {
      AW(self)->state = AgState::Closed;
      *out = vm.None;
      return Status::Ok;
    });
    vm.add_method(T, "__await__", [](Vm& vm, Value self, Args, Value* out) {
      *out = self;
      return Status::Ok;
    });
    vm.add_method(T, "__iter__", [](Vm& vm, Value self, Args, Value* out) {
      *out = self;
      return Status::Ok;
    });
    vm.add_method(T, "__next__", [](Vm& vm, Value self, Args, Value* out) {
      return awaitable_native(vm, AW(self), vm.None, false);
    });
  }
}

}  // namespace interleave::vm
