// Async generators (`async def` with `yield`) and the awaitables their
// __anext__/asend/athrow/aclose return.
//
// An async generator is a GeneratorObject (Kind::AsyncGen) whose frame is
// resumed only through one of its awaitables (AgAwaitable). The frame
// suspends for two reasons: its own `yield v` (YIELD_VALUE with A=1, CPython's
// ASYNC_GEN_WRAP) and the pass-through yields of an `await` inside it. A
// pass-through yield goes to whoever resumed the frame, exactly like a
// coroutine's, so an event loop above sees its futures. An own yield ends the
// awaitable that drove the frame: the interpreter asks async_gen_stopped()
// what the resumer gets, and delivers it like a generator's return value (a
// SEND loop takes it, anyone else sees StopIteration(v)). The frame returning
// or raising is reported the same way (StopAsyncIteration, aclose() done, ...).
#pragma once

#include "vm/vm.h"

namespace interleave::vm {

struct AgAwaitable;

struct AsyncGenObject : GeneratorObject {
  AgAwaitable* driver = nullptr;  // the awaitable whose send/throw resumed the frame last
  bool running_async = false;     // an asend/athrow is in progress (ag_running)
  bool closed = false;            // finished or closed (CPython's ag_closed)
  bool hooks_inited = false;      // sys.set_asyncgen_hooks' firstiter was called
  Value finalizer;                // sys.set_asyncgen_hooks' finalizer, when set at first iteration
  AsyncGenObject(TypeObject* t, FunctionObject* f) : GeneratorObject(t, f) { kind = Kind::AsyncGen; }
  void trace(Tracer& tr) override;
};

enum class AgMode : uint8_t { ASend, AThrow, AClose };
enum class AgState : uint8_t { Init, Iter, Closed };

// The awaitable of __anext__()/asend(v) (ASend) or athrow(...)/aclose().
struct AgAwaitable : Object {
  AsyncGenObject* ag;
  AgMode mode;
  AgState state = AgState::Init;
  Value a, b, c;  // ASend: a = the value to send; AThrow: a = athrow()'s argument tuple
  Value dflt;     // anext(ag, default): the result instead of StopAsyncIteration
  AgAwaitable(TypeObject* t, AsyncGenObject* g, AgMode m) : Object(t, Kind::AgAwaitable), ag(g), mode(m) {}
  void trace(Tracer& tr) override;
};

enum class AgStop : uint8_t { Yielded, Returned, Raised };

// SEND on an athrow() awaitable not yet started whose exception class is
// a Python class: a request to make the exception first (its __init__ a
// frame that may block or be preempted); its answer is [send], and SEND
// runs again. Ok when nothing needs making.
Status athrow_make_exception(Vm& vm, AgAwaitable* aw, Value send);

// The async generator [ag]'s frame stopped (already unlinked and, unless
// Yielded, released): by its own yield of *value, by returning, or by
// raising th->exc. Returns true when the resumer is to receive *value as
// the awaitable's result; false when it is to receive th->exc.
bool async_gen_stopped(Vm& vm, GeneratorObject* ag, AgStop how, Value* value);

// Resumes awaitable [aw] with a sent value or (is_throw) an exception:
// Pushed (the generator's frame is now on top of th's chain), Done (the
// awaitable finished at once with *result), or Error.
Vm::CallOutcome resume_ag_awaitable(Vm& vm, Thread* th, AgAwaitable* aw, Value send, bool is_throw, Value* result);

// resume_generator's throw() into frame [f] (linked on top, suspended in
// `await` on an AgAwaitable): forwards to the awaitable, or raises in f.
Vm::CallOutcome throw_into_ag_awaitable(Vm& vm, Thread* th, Frame* f, Value exc, Value* result);

// The object a suspended generator/coroutine awaits (cr_await, ag_await), or None.
Value generator_awaiting(Vm& vm, GeneratorObject* g);

// ag_running, ag_code, ... of an async generator; null when not one of them.
Value async_gen_attr(Vm& vm, Object* ag, const std::string& name);

void init_async_gen(Vm& vm);
// sys.set_asyncgen_hooks / sys.get_asyncgen_hooks.
void init_sys_asyncgen_hooks(Vm& vm, DictObject* sys);

// "coroutine 'f' was never awaited": [v] (a call's result that frame f drops
// at instruction [at]) when it is a coroutine that never started; and, at
// exit, every one still never started or freed so (async_gen.cpp).
void warn_if_unawaited(Vm& vm, Value v, Frame* f, const uint32_t* at);
void warn_unawaited_at_exit(Vm& vm);

// A dropped async generator (loop-owned, or alive at exit): a request that
// calls the finalizer of sys.set_asyncgen_hooks, or closes it (its finally
// blocks run; it may not await). Ok: nothing to do.
Status async_gen_finalize_request(Vm& vm, GeneratorObject* ag);
// Closes [gens] (generators and async generators) one after the other as
// frames, reporting what each close raises as report_unraisable does; the
// result (None) comes when all are closed (interpreter.cpp).
Status close_generators(Vm& vm, const std::vector<Value>& gens, Value* out);
// CPython's "Exception ignored in: <obj>" and the traceback, on stderr;
// the _op3 form is a Vm::ReplayOp, for a Python __str__ of the exception.
void report_unraisable(Vm& vm, Value obj, Value exc);
Status report_unraisable_op3(Vm& vm, Value obj, Value exc, Value, Value* out);

// The instructions of the await protocol (CPython's messages). [where] of
// op_await_iter says whose result is awaited: 0 `await`, 1 __aenter__,
// 2 __aexit__, 3 __anext__.
Status op_await_iter(Vm& vm, Value v, uint32_t where, Value* out);
Status op_aiter(Vm& vm, Value v, Value* out);
Status op_anext(Vm& vm, Value aiter, Value* out);
// Sets *aexit to mgr.__aexit__ and calls mgr.__aenter__().
Status op_before_async_with(Vm& vm, Value mgr, Value* aexit, Value* out);

// "generator", "coroutine" or "async generator".
const char* generator_kind_name(const GeneratorObject* g);

}  // namespace interleave::vm
