// Calls: binding arguments into a new frame, calling natives, bound methods
// and classes, performing the calls natives request, resuming generators,
// and (as a stopgap) running a request to completion synchronously.
#include <cstdlib>
#include <cstring>

#include "vm/async_gen.h"
#include "vm/call_fast.h"
#include "vm/ops.h"
#include "vm/types.h"
#include "vm/vm.h"

namespace interleave::vm {

Frame* Vm::new_frame_for(FunctionObject* fn, CodeObject* code) {
  Frame* f = heap.new_frame(static_cast<uint32_t>(code->nslots()));
  f->code = code;
  f->func = fn;
  f->globals = fn ? fn->globals : nullptr;
  f->ip = code->code.data();
  // Locals, cells and frees start empty; the value stack above sp is never
  // read (the collector stops at sp), so it is not cleared.
  Value* base = f->stack_base();
  for (Value* v = f->slots; v < base; ++v) *v = Value();
  f->sp = base;
  return f;
}

static std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

Vm::CallOutcome Vm::push_function(Thread* th, FunctionObject* fn, Value* args, int nargs, TupleObject* kwnames,
                                  Value* result, DictObject* locals) {
  CodeObject* code = fn->code;
  if (!kwnames && !locals && push_simple_call(*this, th, fn, args, nargs)) return CallOutcome::Pushed;
  Frame* f = new_frame_for(fn, code);
  Value* slots = f->slots;
  const int npos = code->argcount;
  const int nkwonly = code->kwonlyargcount;
  const int total = npos + nkwonly;
  const std::string& fname = fn->qualname->text;
  auto fail = [&](TypeObject* type, const std::string& msg) {
    release_frame(f);
    raise(type, msg);
    return CallOutcome::Error;
  };

  // Positional arguments.
  int take = nargs < npos ? nargs : npos;
  for (int i = 0; i < take; ++i) slots[i] = args[i];
  int next_slot = total;
  if (code->flags & kCodeVarargs) {
    TupleObject* rest = new_tuple(0);
    for (int i = npos; i < nargs; ++i) rest->items.push_back(args[i]);
    slots[next_slot++] = Value::object(rest);
  } else if (nargs > npos) {
    int ndef = fn->defaults ? static_cast<int>(fn->defaults->items.size()) : 0;
    std::string takes;
    if (ndef)
      takes = "from " + std::to_string(npos - ndef) + " to " + std::to_string(npos) + " positional arguments";
    else
      takes = std::to_string(npos) + (npos == 1 ? " positional argument" : " positional arguments");
    return fail(t.TypeError_, fname + "() takes " + takes + " but " + std::to_string(nargs) +
                                  (nargs == 1 ? " was given" : " were given"));
  }
  DictObject* varkw = nullptr;
  if (code->flags & kCodeVarkw) {
    varkw = new_dict();
    slots[next_slot++] = Value::object(varkw);
  }

  // Keyword arguments.
  if (kwnames) {
    for (size_t k = 0; k < kwnames->items.size(); ++k) {
      StrObject* name = as_str(kwnames->items[k]);
      Value v = args[nargs + static_cast<int>(k)];
      int found = -1;
      for (int i = code->posonlyargcount; i < total; ++i) {
        if (code->varnames[i] == name || code->varnames[i]->text == name->text) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        if (varkw) {
          dict_set(varkw, Value::object(name), v);
          continue;
        }
        for (int i = 0; i < code->posonlyargcount; ++i) {
          if (code->varnames[i]->text == name->text)
            return fail(t.TypeError_, fname + "() got some positional-only arguments passed as keyword arguments: '" +
                                          name->text + "'");
        }
        return fail(t.TypeError_, fname + "() got an unexpected keyword argument '" + name->text + "'");
      }
      if (!slots[found].is_null())
        return fail(t.TypeError_, fname + "() got multiple values for argument '" + name->text + "'");
      slots[found] = v;
    }
  }

  // Defaults and missing arguments.
  if (nargs < npos) {
    int ndef = fn->defaults ? static_cast<int>(fn->defaults->items.size()) : 0;
    std::vector<std::string> missing;
    for (int i = nargs; i < npos; ++i) {
      if (!slots[i].is_null()) continue;
      int d = i - (npos - ndef);
      if (d >= 0) {
        slots[i] = fn->defaults->items[d];
      } else {
        missing.push_back(code->varnames[i]->text);
      }
    }
    if (!missing.empty()) {
      return fail(t.TypeError_, fname + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                                    (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
    }
  }
  if (nkwonly) {
    std::vector<std::string> missing;
    for (int i = npos; i < total; ++i) {
      if (!slots[i].is_null()) continue;
      Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, code->varnames[i]) : Value();
      if (!d.is_null())
        slots[i] = d;
      else
        missing.push_back(code->varnames[i]->text);
    }
    if (!missing.empty()) {
      return fail(t.TypeError_, fname + "() missing " + std::to_string(missing.size()) +
                                    " required keyword-only argument" + (missing.size() == 1 ? "" : "s") + ": " +
                                    quoted_list(missing));
    }
  }

  // Cells and free variables.
  const int nl = code->nlocals();
  for (int i = 0; i < code->ncells(); ++i) {
    auto* cell = heap.make<CellObject>(t.cell);
    int a = code->cell_arg[i];
    if (a >= 0) cell->value = slots[a];
    slots[nl + i] = Value::object(cell);
  }
  if (fn->closure) {
    for (int i = 0; i < code->nfrees(); ++i) slots[nl + code->ncells() + i] = fn->closure->items[i];
  }
  f->locals = locals;

  if (code->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGen)) {
    GeneratorObject* gen = (code->flags & kCodeAsyncGen) ? heap.make<AsyncGenObject>(t.async_generator, fn)
                                                         : heap.make<GeneratorObject>(t.generator, fn);
    if (code->flags & kCodeCoroutine) {
      gen->is_coroutine = true;
      gen->type = t.coroutine;
      ++coroutines_made;
    }
    gen->frame = f;
    f->gen = gen;
    *result = Value::object(gen);
    return CallOutcome::Done;
  }
  if (th->depth >= recursion_limit) {
    release_frame(f);
    raise(t.RecursionError_, "maximum recursion depth exceeded");
    return CallOutcome::Error;
  }
  f->back = th->top;
  th->top = f;
  ++th->depth;
  return CallOutcome::Pushed;
}

// A class called: call_type in the form call_native runs.
static Status call_type_native(Vm& vm, Value type, Args args, Value* out) {
  return call_type(vm, static_cast<TypeObject*>(type.obj()), args, out);
}

Vm::CallOutcome Vm::call_value(Thread* th, Value callable, Value* args, int nargs, TupleObject* kwnames,
                               Value* result) {
  if (!callable.is_object()) {
    raise(t.TypeError_, std::string("'") + type_name(callable) + "' object is not callable");
    return CallOutcome::Error;
  }
  Object* o = callable.obj();
  switch (o->kind) {
    case Kind::Function:
      return push_function(th, static_cast<FunctionObject*>(o), args, nargs, kwnames, result);
    case Kind::NativeFunction: {
      auto* nf = static_cast<NativeFunctionObject*>(o);
      Value self = nf->self;
      if (nf->is_method && self.is_null()) {
        // An unbound method descriptor (list.append(xs, 1), or LOAD_METHOD).
        if (nargs < 1) {
          if (nf->owner && std::strcmp(nf->name, "__new__") == 0)
            raise(t.TypeError_, nf->owner->name->text + ".__new__(): not enough arguments");
          else
            raise(t.TypeError_, std::string("unbound method ") + nf->name + "() needs an argument");
          return CallOutcome::Error;
        }
        // str.upper(5) must not run str's code on an int (__new__ takes the class).
        if (nf->owner && !is_subtype(type_of(args[0]), nf->owner) && std::strcmp(nf->name, "__new__") != 0) {
          if (nf->is_slot)
            raise(t.TypeError_, std::string("descriptor '") + nf->name + "' requires a '" + nf->owner->name->text +
                                    "' object but received a '" + type_name(args[0]) + "'");
          else
            raise(t.TypeError_, std::string("descriptor '") + nf->name + "' for '" + nf->owner->name->text +
                                  "' objects doesn't apply to a '" + type_name(args[0]) + "' object");
          return CallOutcome::Error;
        }
        self = args[0];
        ++args;
        --nargs;
      }
      Status s = call_native(nf->fn, self, Args{args, nargs, kwnames}, result);
      if (s == Status::Ok) return CallOutcome::Done;
      if (s == Status::Error) return CallOutcome::Error;
      if (s == Status::Block) return CallOutcome::Block;
      return perform_request(th, result);
    }
    case Kind::BoundMethod: {
      auto* bm = static_cast<BoundMethodObject*>(o);
      int nkw = kwnames ? static_cast<int>(kwnames->items.size()) : 0;
      Value local[16];
      std::vector<Value> big;
      Value* full = local;
      if (nargs + nkw + 1 > 16) {
        big.resize(nargs + nkw + 1);
        full = big.data();
      }
      full[0] = bm->self;
      for (int i = 0; i < nargs + nkw; ++i) full[i + 1] = args[i];
      if (bm->func.is_object() && bm->func.obj()->kind == Kind::NativeFunction) {
        auto* nf = static_cast<NativeFunctionObject*>(bm->func.obj());
        Status s = call_native(nf->fn, bm->self, Args{args, nargs, kwnames}, result);
        if (s == Status::Ok) return CallOutcome::Done;
        if (s == Status::Error) return CallOutcome::Error;
        if (s == Status::Block) return CallOutcome::Block;
        return perform_request(th, result);
      }
      return call_value(th, bm->func, full, nargs + 1, kwnames, result);
    }
    case Kind::Type: {
      Status s = call_native(call_type_native, callable, Args{args, nargs, kwnames}, result);
      if (s == Status::Ok) return CallOutcome::Done;
      if (s == Status::Error) return CallOutcome::Error;
      if (s == Status::Block) return CallOutcome::Block;
      return perform_request(th, result);
    }
    default: {
      Value call = lookup_type(o->type, n.__call__);
      if (!call.is_null() && o->type->is_heap_type) {
        int nkw = kwnames ? static_cast<int>(kwnames->items.size()) : 0;
        std::vector<Value> full(nargs + nkw + 1);
        full[0] = callable;
        for (int i = 0; i < nargs + nkw; ++i) full[i + 1] = args[i];
        return call_value(th, call, full.data(), nargs + 1, kwnames, result);
      }
      raise(t.TypeError_, std::string("'") + type_name(callable) + "' object is not callable");
      return CallOutcome::Error;
    }
  }
}

Status Vm::request_call(Value callable, std::vector<Value> args, ContFn cont, Object* state, TupleObject* kwnames) {
  return request_call(callable, Value(), args.data(), args.size(), cont, state, kwnames);
}

Status Vm::request_call(Value callable, Value first, const Value* args, size_t n, ContFn cont, Object* state,
                        TupleObject* kwnames) {
  Request& r = thread->request;
  r.kind = Request::Kind::Call;
  r.callable = callable;
  r.args.clear();
  if (!first.is_null()) r.args.push_back(first);
  r.args.insert(r.args.end(), args, args + n);
  r.kwnames = kwnames;
  r.locals = nullptr;
  r.cont = cont;
  r.state = state;
  return Status::Call;
}

Status Vm::request_resume(GeneratorObject* gen, Value send, bool is_throw, ContFn cont, Object* state) {
  Request& r = thread->request;
  r.kind = Request::Kind::Resume;
  r.gen = gen;
  r.send = send;
  r.is_throw = is_throw;
  r.cont = cont;
  r.state = state;
  r.kwnames = nullptr;
  r.locals = nullptr;
  return Status::Call;
}

namespace {

// State of chain_cont: [inner, outer] continuations and their states.
struct ChainState : OpaqueObject {
  ContFn inner, outer;
  explicit ChainState(TypeObject* t) : OpaqueObject(t) {}
};

Status chained_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  auto* c = static_cast<ChainState*>(state);
  Object* inner_state = c->values[0].is_null() ? nullptr : c->values[0].obj();
  Object* outer_state = c->values[1].is_null() ? nullptr : c->values[1].obj();
  Status s = c->inner(vm, inner_state, incoming, value, out);
  if (s == Status::Call) {
    vm.chain_cont(c->outer, outer_state);
    return s;
  }
  if (s == Status::Block) return s;
  return c->outer(vm, outer_state, s, s == Status::Ok ? *out : Value(), out);
}

}  // namespace

void Vm::chain_cont(ContFn cont, Object* state) {
  Request& r = thread->request;
  if (!r.cont) {
    r.cont = cont;
    r.state = state;
    return;
  }
  auto* c = heap.make<ChainState>(t.opaque);
  c->inner = r.cont;
  c->outer = cont;
  c->values = {r.state ? Value::object(r.state) : Value(), state ? Value::object(state) : Value()};
  r.cont = chained_cont;
  r.state = c;
}

Vm::CallOutcome Vm::perform_request(Thread* th, Value* result) {
  for (;;) {
    // Take the request, keeping the args buffer's capacity for the next one.
    Request req;
    std::swap(req, th->request);
    th->request.args.swap(spare_args_);
    th->request.args.clear();
    if (req.cont) {
      Frame* cf = heap.new_frame(1);
      cf->cont = req.cont;
      cf->cont_state = req.state;
      cf->back = th->top;
      th->top = cf;
    }
    CallOutcome o;
    if (req.kind == Request::Kind::Switch) {
      // A greenlet switch: the thread now runs another frame chain.
      Status s = req.perform(*this, req.state);
      if (s == Status::Call) continue;  // it asked for a call (a new greenlet's run)
      o = s == Status::Ok ? CallOutcome::Pushed : CallOutcome::Error;
    } else if (req.kind == Request::Kind::Resume) {
      o = resume_generator(th, req.gen, req.send, req.is_throw, result);
    } else if (req.locals) {
      o = push_function(th, static_cast<FunctionObject*>(req.callable.obj()), req.args.data(),
                        static_cast<int>(req.args.size()), nullptr, result, req.locals);
    } else {
      int nkw = req.kwnames ? static_cast<int>(req.kwnames->items.size()) : 0;
      o = call_value(th, req.callable, req.args.data(), static_cast<int>(req.args.size()) - nkw, req.kwnames, result);
    }
    req.args.clear();
    spare_args_.swap(req.args);
    if (!req.cont || o == CallOutcome::Pushed || o == CallOutcome::Block) return o;
    // The call finished at once: hand its result to the continuation now.
    Frame* cf = th->top;
    th->top = cf->back;
    ContFn cont = cf->cont;
    Object* state = cf->cont_state;
    release_frame(cf);
    Status s = cont(*this, state, o == CallOutcome::Done ? Status::Ok : Status::Error,
                    o == CallOutcome::Done ? *result : Value(), result);
    if (s == Status::Ok) return CallOutcome::Done;
    if (s == Status::Error) return CallOutcome::Error;
    if (s == Status::Block) return CallOutcome::Block;
  }
}

Vm::CallOutcome Vm::resume_generator(Thread* th, GeneratorObject* gen, Value send, bool is_throw, Value* result) {
  const char* what = generator_kind_name(gen);
  if (gen->state == GenState::Running) {
    raise(t.ValueError_, std::string(what) + " already executing");
    return CallOutcome::Error;
  }
  if (gen->state == GenState::Closed) {
    if (is_throw) {
      th->exc = send;
      return CallOutcome::Error;
    }
    if (gen->is_coroutine) {
      raise(t.RuntimeError_, "cannot reuse already awaited coroutine");
      return CallOutcome::Error;
    }
    raise(t.StopIteration_, "");
    return CallOutcome::Error;
  }
  if (gen->state == GenState::Created && !is_throw && send != None) {
    raise(t.TypeError_, std::string("can't send non-None value to a just-started ") + what);
    return CallOutcome::Error;
  }
  if (th->depth >= recursion_limit) {
    // CPython raises this inside the frame it starts: not a never-awaited coroutine.
    gen->unawaited_reported = true;
    raise(t.RecursionError_, "maximum recursion depth exceeded");
    return CallOutcome::Error;
  }
  Frame* f = gen->frame;
  bool was_created = gen->state == GenState::Created;
  f->back = th->top;
  th->top = f;
  ++th->depth;
  gen->state = GenState::Running;
  generator_enter(th, gen);
  if (is_throw) {
    // Paused inside `yield from` a generator: throw into the innermost one.
    if (!was_created && f->ip >= f->code->code.data() + 2 && op_of(f->ip[-1]) == Op::YIELD_VALUE &&
        op_of(f->ip[-2]) == Op::SEND && f->sp[-1].is_object() && f->sp[-1].obj()->kind == Kind::Generator) {
      f->ip -= 1;  // re-run the YIELD_VALUE with whatever the delegate yields
      return resume_generator(th, static_cast<GeneratorObject*>(f->sp[-1].obj()), send, true, result);
    }
    if (!was_created && f->ip >= f->code->code.data() + 2 && op_of(f->ip[-1]) == Op::YIELD_VALUE &&
        op_of(f->ip[-2]) == Op::SEND && f->sp[-1].is_object() && f->sp[-1].obj()->kind == Kind::AgAwaitable)
      return throw_into_ag_awaitable(*this, th, f, send, result);
    th->exc = send;
    return CallOutcome::Pushed;
  }
  if (!was_created) *f->sp++ = send;
  return CallOutcome::Pushed;
}

Thread* Vm::new_thread(Value callable, std::vector<Value> args) {
  auto* th = new Thread();
  threads.push_back(th);
  start_call(th, callable, std::move(args));
  return th;
}

void Vm::start_call(Thread* th, Value callable, std::vector<Value> args) {
  // An entry continuation frame marks the bottom of the chain; the call is
  // made lazily by the next run() through the request machinery.
  Frame* entry = heap.new_frame(1);
  entry->is_entry = true;
  th->top = entry;
  th->request = Request();
  th->request.kind = Request::Kind::Call;
  th->request.callable = callable;
  th->request.args = std::move(args);
  th->start_pending = true;
}

void Vm::complete_blocked(Thread* th, Value result, Value exc) {
  th->resume_pending = true;
  th->resume_with_error = result.is_null();
  th->block_value = result;
  th->block_reason.clear();
  if (result.is_null()) th->exc = exc;
}

Value Vm::finish_sync_request() {
  if (replay && thread->request.kind != Request::Kind::Switch) return replay_answer(Value());
  Thread* th = thread;
  // An entry continuation frame marks where the nested run must stop.
  Frame* entry = heap.new_frame(1);
  entry->is_entry = true;
  entry->back = th->top;
  th->top = entry;
  Value result;
  ++gc_inhibit;
  // Python code run here reports its own attribute errors in full, even
  // when the caller is about to drop one (hasattr).
  const int quiet = quiet_attribute_errors;
  quiet_attribute_errors = 0;
  struct RestoreQuiet {
    Vm* vm;
    int v;
    ~RestoreQuiet() { vm->quiet_attribute_errors = v; }
  } restore_quiet{this, quiet};
  CallOutcome o = perform_request(th, &result);
  if (o == CallOutcome::Pushed) {
    ++nested_runs;
    // Switch requests (a GIL drop request, the machine asking the running
    // thread to stop) wait for the outer run's next switch point: the nested
    // run cannot be suspended. The session's step limit still applies.
    uint32_t breaker = th->eval_breaker;
    th->eval_breaker = 0;
    int64_t budget = step_limit < 0 ? INT64_MAX / 4 : step_limit - static_cast<int64_t>(th->steps);
    StopReason r = budget > 0 ? run(th, budget) : StopReason::BudgetSpent;
    while (r == StopReason::SwitchRequested || (r == StopReason::BudgetSpent && step_limit < 0)) {
      breaker |= th->eval_breaker;
      th->eval_breaker = 0;
      budget = step_limit < 0 ? INT64_MAX / 4 : step_limit - static_cast<int64_t>(th->steps);
      r = budget > 0 ? run(th, budget) : StopReason::BudgetSpent;
    }
    th->eval_breaker |= breaker;
    --gc_inhibit;
    if (r == StopReason::Finished) return th->result;
    if (r == StopReason::Raised) return Value();
    if (r == StopReason::BudgetSpent) {
      // The step limit ran out inside the nested run (a __repr__ that loops
      // forever): drop its frames without running more Python code and
      // fail; the session stops at its next step.
      while (th->top != entry) {
        Frame* f = th->top;
        th->top = f->back;
        if (f->code) --th->depth;
        if (f->gen) {
          f->gen->state = GenState::Closed;
          f->gen->frame = nullptr;
        }
        release_frame(f);
      }
      th->top = entry->back;
      release_frame(entry);
      step_limit_hit = true;
      raise(t.RuntimeError_, "interleave: the step limit was reached");
      return Value();
    }
    raise(t.RuntimeError_, "interleave: a blocking call inside a synchronous callback is not supported yet");
    return Value();
  }
  --gc_inhibit;
  th->top = entry->back;
  release_frame(entry);
  if (o == CallOutcome::Done) return result;
  return Value();
}

Value Vm::finish(Status st, Value out) {
  if (st == Status::Ok) return out;
  if (st == Status::Error) return Value();
  return finish_sync_request();
}

Value Vm::call_sync(Value callable, const std::vector<Value>& args, TupleObject* kwnames) {
  request_call(callable, args, nullptr, nullptr, kwnames);
  return finish_sync_request();
}

bool Vm::parse_args(const char* fname, Args args, int required, std::initializer_list<const char*> names,
                    Value* out) {
  int count = static_cast<int>(names.size());
  for (int i = 0; i < count; ++i) out[i] = Value();
  if (args.n > count) {
    raise(t.TypeError_, std::string(fname) + "() takes at most " + std::to_string(count) + " argument" +
                            (count == 1 ? "" : "s") + " (" + std::to_string(args.n) + " given)");
    return false;
  }
  for (int i = 0; i < args.n; ++i) out[i] = args.v[i];
  for (int k = 0; k < args.nkw(); ++k) {
    const std::string& kn = as_str(args.kwnames->items[k])->text;
    int i = 0;
    bool found = false;
    for (const char* name : names) {
      if (kn == name) {
        if (!out[i].is_null()) {
          raise(t.TypeError_, std::string("argument for ") + fname + "() given by name ('" + kn +
                                  "') and position (" + std::to_string(i + 1) + ")");
          return false;
        }
        out[i] = args.v[args.n + k];
        found = true;
        break;
      }
      ++i;
    }
    if (!found) {
      raise(t.TypeError_, std::string(fname) + "() got an unexpected keyword argument '" + kn + "'");
      return false;
    }
  }
  for (int i = 0; i < required; ++i) {
    if (out[i].is_null()) {
      raise(t.TypeError_, std::string(fname) + "() missing required argument '" + *(names.begin() + i) +
                              "' (pos " + std::to_string(i + 1) + ")");
      return false;
    }
  }
  return true;
}

Value Vm::kwarg(Args args, const char* name) {
  for (int k = 0; k < args.nkw(); ++k) {
    if (as_str(args.kwnames->items[k])->text == name) return args.v[args.n + k];
  }
  return Value();
}

}  // namespace interleave::vm
