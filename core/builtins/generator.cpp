// Generator and coroutine objects: send, throw and close resume the
// generator's own frame on the running thread (no recursion into the
// interpreter), with continuations where the result needs a check.
#include "vm/async_gen.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

GeneratorObject* G(Value v) { return static_cast<GeneratorObject*>(v.obj()); }

// close(): the generator must not yield in response to GeneratorExit.
Status close_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming == Status::Ok) {
    return vm.raise(vm.t.RuntimeError_,
                    std::string(generator_kind_name(static_cast<GeneratorObject*>(state))) + " ignored GeneratorExit");
  }
  if (vm.exception_matches(vm.thread->exc, Value::object(vm.t.GeneratorExit_)) ||
      vm.exception_matches(vm.thread->exc, Value::object(vm.t.StopIteration_))) {
    vm.thread->exc = Value();
    *out = vm.None;
    return Status::Ok;
  }
  return Status::Error;
}

}  // namespace

// throw(typ[, val[, tb]])'s exception (also athrow's, async_gen.cpp): an
// instance, made from a class (a Python __init__ replayed under the
// caller's run), or the error making it raised. Error: a wrong argument.
Status make_throw_value(Vm& vm, Args args, Value* exc) {
  if (args.n < 1) return vm.raise(vm.t.TypeError_, "throw expected at least 1 argument, got 0");
  Value typ = args[0];
  if (typ.is_object() && typ.obj()->kind == Kind::Type &&
      vm.is_subtype(static_cast<TypeObject*>(typ.obj()), vm.t.base_exception)) {
    Value v = args.n > 1 && args[1] != vm.None ? args[1] : Value();
    if (!v.is_null() && v.is_object() && v.obj()->kind == Kind::Exception) {
      *exc = v;
      return Status::Ok;
    }
    // A built-in exception class is made at once; a class with a Python
    // __init__ through the caller's replay run (replay.cpp).
    Value inst;
    Status s = call_type(vm, static_cast<TypeObject*>(typ.obj()), Args{&v, v.is_null() ? 0 : 1, nullptr}, &inst);
    if (s == Status::Call) inst = vm.finish_sync_request();
    else if (s != Status::Ok) inst = Value();
    if (inst.is_null()) {
      // A run thrown away (its call is made first) stops here. Otherwise
      // the error of making the exception is what is thrown into the
      // generator, as CPython's _gen_throw does when normalizing fails.
      if (vm.replay && (vm.replay->need || vm.replay->aborting)) return Status::Error;
      inst = vm.thread->exc;
      vm.thread->exc = Value();
    }
    *exc = inst;
    return Status::Ok;
  }
  if (typ.is_object() && typ.obj()->kind == Kind::Exception) {
    *exc = typ;
    return Status::Ok;
  }
  return vm.raise(vm.t.TypeError_, "exceptions must be classes or instances deriving from BaseException, not " +
                                       std::string(vm.type_name(typ)));
}

void init_generator_methods(Vm& vm) {
  init_async_gen(vm);
  for (TypeObject* T : {vm.t.generator, vm.t.coroutine}) {
    vm.add_method(T, "send", [](Vm& vm, Value self, Args args, Value* out) {
      if (args.n != 1) return vm.raise(vm.t.TypeError_, "send() takes exactly one argument (" + std::to_string(args.n) + " given)");
      return vm.request_resume(G(self), args[0], false);
    });
    vm.add_method(T, "throw", [](Vm& vm, Value self, Args args, Value* out) {
      Value exc;
      if (make_throw_value(vm, args, &exc) != Status::Ok) return Status::Error;
      GeneratorObject* g = G(self);
      if (g->state == GenState::Created) {
        // Never started: the exception is raised "at" the def line, frame closes.
        g->state = GenState::Closed;
        if (g->frame) {
          vm.add_traceback(exc, g->frame);
          g->frame->back = nullptr;  // never linked onto a chain
          if (g->frame->obj) vm.detach_frame_object(g->frame);
          Heap::discard_frame(g->frame);
          g->frame = nullptr;
        }
        return vm.raise_value(exc);
      }
      return vm.request_resume(g, exc, true);
    });
    vm.add_method(T, "close", [](Vm& vm, Value self, Args args, Value* out) {
      GeneratorObject* g = G(self);
      if (g->state == GenState::Created || g->state == GenState::Closed) {
        g->state = GenState::Closed;
        *out = vm.None;
        return Status::Ok;
      }
      Value exc = vm.new_exception(vm.t.GeneratorExit_, "");
      return vm.request_resume(g, exc, true, close_cont, g);
    });
  }
  vm.add_method(vm.t.generator, "__iter__", [](Vm& vm, Value self, Args, Value* out) {
    *out = self;
    return Status::Ok;
  });
  vm.add_method(vm.t.generator, "__next__", [](Vm& vm, Value self, Args, Value* out) {
    return vm.request_resume(G(self), vm.None, false);
  });
  vm.add_method(vm.t.coroutine, "__await__", [](Vm& vm, Value self, Args, Value* out) {
    *out = self;
    return Status::Ok;
  });
}

}  // namespace interleave::vm
