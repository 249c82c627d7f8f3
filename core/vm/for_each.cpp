// Vm::for_each: natives that consume an iterable (list(), sum(), any(),
// sorted(), str.join, ...) without re-entering the interpreter. When the
// next item must come from Python code (a generator, a __next__ method),
// the native returns Status::Call and resumes in for_each_cont with the
// item, so the simulator can preempt the generator like any other code and
// the collector keeps running (the state object holds every temporary).
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

Status for_each_step(Vm& vm, OpaqueObject* st, Value* out);

// An item callback that needed Python (a key function, a replayed
// comparison) finished: the loop goes on, or ends with its answer.
Status resume_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* st = static_cast<OpaqueObject*>(state);
  if (st->stopped) {
    *out = value;
    return Status::Ok;
  }
  return for_each_step(vm, st, out);
}

// The item callback as an operation (Vm::call_op): once the loop runs in
// continuations (the items come from a generator), a Python call the
// callback makes synchronously -- max() comparing with a Python __lt__,
// any() asking a Python __bool__ -- is replayed (replay.cpp) instead of
// run in a nested loop. The callbacks change their state only after such
// calls. Whether it said stop is kept in the state: a rerun may say it.
Status item_op(Vm& vm, Value state, Value item, Value, Value* out) {
  auto* st = static_cast<OpaqueObject*>(state.obj());
  bool stop = false;
  Status s = reinterpret_cast<Vm::ItemFn>(st->fn1)(vm, st, item, out, &stop);
  st->stopped = stop;
  return s;
}

// The done callback, the same way (set() of a generator's items adds them
// with their Python __hash__ when the generator is exhausted).
Status done_op(Vm& vm, Value state, Value, Value, Value* out) {
  auto* st = static_cast<OpaqueObject*>(state.obj());
  return reinterpret_cast<Vm::DoneFn>(st->fn2)(vm, st, out);
}

Status call_done(Vm& vm, OpaqueObject* st, Value* out) {
  return vm.call_op(done_op, Value::object(st), Value(), Value(), out);
}

Status call_item(Vm& vm, OpaqueObject* st, Value item, Value* out, bool* stop) {
  st->stopped = false;
  Status s = vm.call_op(item_op, Value::object(st), item, Value(), out);
  *stop = st->stopped;
  if (s == Status::Call) vm.chain_cont(resume_cont, st);
  return s;
}

Status finish_item(Vm& vm, OpaqueObject* st, Value item, Value* out) {
  bool stop = false;
  Status s = call_item(vm, st, item, out, &stop);
  if (s != Status::Ok || stop) return s;
  return for_each_step(vm, st, out);
}

Status for_each_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  auto* st = static_cast<OpaqueObject*>(state);
  if (incoming != Status::Ok) {
    if (vm.exception_matches(vm.thread->exc, Value::object(vm.t.StopIteration_))) {
      vm.thread->exc = Value();
      return call_done(vm, st, out);
    }
    return Status::Error;
  }
  return finish_item(vm, st, value, out);
}

// Calls a callback under a replay run of its own even inside a native's
// run (the loop's first pass): a Python call it makes replays that callback
// alone, not the whole native from its start, and the loop goes on in
// continuations. Inside a run already thrown away its rerun decides: the
// callback runs in it.
template <class F>
Status own_run(Vm& vm, F f) {
  Vm::ReplayRun* outer = vm.replay;
  if (outer && outer->need) return f();
  vm.replay = nullptr;
  Status s = f();
  vm.replay = outer;
  return s;
}

Status for_each_step(Vm& vm, OpaqueObject* st, Value* out) {
  for (;;) {
    Value item;
    Status s = op_next(vm, st->values[0], &item);
    if (s == Status::Error) return s;
    if (s == Status::Call) {
      vm.chain_cont(for_each_cont, st);
      return Status::Call;
    }
    if (item.is_null()) return own_run(vm, [&] { return call_done(vm, st, out); });
    bool stop = false;
    s = own_run(vm, [&] { return call_item(vm, st, item, out, &stop); });
    if (s != Status::Ok || stop) return s;
  }
}

// A Python __iter__ returned the iterator.
Status iter_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* st = static_cast<OpaqueObject*>(state);
  st->values[0] = value;
  return for_each_step(vm, st, out);
}

}  // namespace

Status Vm::for_each(Value iterable, OpaqueObject* st, ItemFn item, DoneFn done, Value* out) {
  if (st->values.empty()) st->values.push_back(Value());
  st->fn1 = reinterpret_cast<void*>(item);
  st->fn2 = reinterpret_cast<void*>(done);
  // Lists and tuples: no iterator needed (unless a callback may call Python).
  if (!st->b && iterable.is_object() && !iterable.obj()->type->is_heap_type &&
      (iterable.obj()->kind == Kind::List || iterable.obj()->kind == Kind::Tuple)) {
    ValueVector items = iterable.obj()->kind == Kind::List ? static_cast<ListObject*>(iterable.obj())->items
                                                           : static_cast<TupleObject*>(iterable.obj())->items;
    st->values[0] = iterable;  // keeps the items alive
    // Each callback runs under a replay run of its own (own_run); once one
    // needs Python the rest of the loop goes on from an iterator. The
    // callbacks keep their effects in [st], which a rerun of the native
    // makes afresh.
    for (size_t i = 0; i < items.size(); ++i) {
      bool stop = false;
      Status s = own_run(*this, [&] { return call_item(*this, st, items[i], out, &stop); });
      if (s == Status::Call) {
        // The items after this one come from an iterator (resume_cont).
        Value it;
        if (builtin_iter(*this, iterable, &it) != Status::Ok) return Status::Error;
        static_cast<IteratorObject*>(it.obj())->index = static_cast<int64_t>(i) + 1;
        st->values[0] = it;
        return s;
      }
      if (s != Status::Ok || stop) return s;
    }
    return own_run(*this, [&] { return call_done(*this, st, out); });
  }
  Value it;
  Status s = op_iter(*this, iterable, &it);
  if (s == Status::Call) {  // a Python __iter__, as a frame
    chain_cont(iter_cont, st);
    return s;
  }
  if (s != Status::Ok) return s;
  st->values[0] = it;
  return for_each_step(*this, st, out);
}

}  // namespace interleave::vm
