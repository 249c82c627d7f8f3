// The greenlet module (like PyPI's greenlet 3): micro-threads that pass
// control explicitly with switch() and throw().
//
// A greenlet is a frame chain. The running one is the chain of its thread
// (Thread::top and back links); a suspended one is *parked*: switch()
// pushes a continuation frame (switch_resumed) on the current chain and
// stores the chain, its Python depth and its handled exception in the
// greenlet object, then gives the thread the target's chain. Resuming the
// target means its parked continuation frame becomes the thread's top: the
// interpreter delivers to it (enter_frame), and it returns the values sent
// as the result of the target's own pending switch() call, or re-raises
// what throw() sent. A new greenlet's chain starts with a continuation frame
// (greenlet_finished) under the call of its run: when run returns or
// raises, that frame switches to the parent with the value or the
// exception. Everything happens inside the one interpreter loop: no
// recursion, no C++ exceptions, and a thread can be preempted between any
// two instructions of any greenlet.
//
// The swap itself is a Request of kind Switch that perform_request()
// carries out (calls.cpp): by then the caller's frame is saved, and the
// interpreter reloads its registers from the new top afterwards.
//
// Not like CPython's greenlet: a suspended greenlet that becomes garbage is
// freed without GreenletExit being thrown into it (its finally blocks do
// not run; CPython does that at the moment the last reference goes, which
// a tracing collector cannot see). Switching inside code that Interleave
// still runs in a nested interpreter loop (vm/README.md: __repr__ inside a
// container, __eq__ of dict keys, ...) raises greenlet.error. gr_frame
// and gr_context are not provided.
#include <cstdio>
#include <cstdlib>

#include "sim/machine.h"
#include "vm/ops.h"
#include "vm/types.h"
#include "vm/vm.h"

namespace interleave::vm {

namespace {

struct GreenletObject : InstanceObject {
  Value run;                        // given to greenlet(run) or set later; cleared when it starts
  GreenletObject* parent = nullptr;  // where control goes when it ends (null: a main greenlet)
  GreenletObject* main = nullptr;    // its thread's main greenlet, once started (itself for a main one)
  bool is_main = false;
  bool started = false;
  bool finished = false;
  bool named = false;   // its name is in the trace (the timeline's row for it)
  uint32_t number = 0;  // creation order in this process: the trace names greenlets by it
  int64_t otid = 0;     // main greenlet: its thread's ident (for repr)
  // Parked: the chain (its top is a switch_resumed continuation frame).
  Frame* parked = nullptr;
  int parked_depth = 0;
  Value parked_handled, parked_outer;
  Value transfer;  // what the parked switch() returns when resumed
  Value tracefunc;  // main greenlet: its thread's greenlet.settrace() callback
  // The parked frames this greenlet frees if it dies parked (a generator's
  // frame belongs to the generator).
  std::vector<Frame*> owned;

  explicit GreenletObject(TypeObject* t) : InstanceObject(t) {}
  ~GreenletObject() override {
    if (parked)
      for (Frame* f : owned) Heap::discard_frame(f);
  }
  void trace(Tracer& tr) override {
    InstanceObject::trace(tr);
    tr.visit(run);
    tr.visit(parent);
    tr.visit(main);
    tr.visit(parked_handled);
    tr.visit(parked_outer);
    tr.visit(transfer);
    tr.visit(tracefunc);
    for (Frame* f = parked; f; f = f->back) trace_frame(tr, f);
  }
  size_t footprint() const override { return sizeof(*this) + owned.capacity() * sizeof(Frame*); }
  bool active() const { return started && !finished; }
};

struct GreenletTypes {
  TypeObject* greenlet = nullptr;
  TypeObject* error = nullptr;
  TypeObject* exit = nullptr;
  Object* run_property = nullptr;  // greenlet.run (a subclass may define a run method instead)
  uint32_t count = 0;  // greenlets made so far
};

GreenletTypes& types(Vm& vm) { return *static_cast<GreenletTypes*>(vm.greenlet_state.get()); }

bool is_greenlet(Vm& vm, Value v) {
  return v.is_object() && v.obj()->kind == Kind::Instance && vm.is_subtype(v.obj()->type, types(vm).greenlet);
}
GreenletObject* G(Value v) { return static_cast<GreenletObject*>(v.obj()); }

int64_t thread_ident(Vm& vm) {
  if (vm.machine) {
    if (sim::SimThread* t = vm.machine->current(vm)) return t->ident;
  }
  return 140'245'000'000'000 + 4096;  // the bare Session's single thread (as _thread.get_ident)
}

GreenletObject* new_greenlet(Vm& vm, TypeObject* type) {
  auto* g = vm.heap.make<GreenletObject>(type);
  g->number = ++types(vm).count;
  return g;
}

// The running greenlet of the calling thread; its main greenlet is made on
// first use.
GreenletObject* current(Vm& vm) {
  Thread* th = vm.thread;
  if (!th->greenlet) {
    GreenletObject* m = new_greenlet(vm, types(vm).greenlet);
    m->is_main = m->started = true;
    m->main = m;
    m->otid = thread_ident(vm);
    th->greenlet = m;
  }
  return static_cast<GreenletObject*>(th->greenlet);
}

// The main greenlet of the thread [g] runs (or will run) in: a greenlet
// not started yet belongs to its parent's thread.
GreenletObject* lineage_main(GreenletObject* g) {
  for (int guard = 0; g && guard < 100000; ++guard) {
    if (g->started) return g->main;
    g = g->parent;
  }
  return nullptr;
}

// Whether the thread whose main greenlet is [m] still exists.
bool thread_alive(Vm& vm, GreenletObject* m) {
  if (!m) return false;
  if (vm.thread && vm.thread->greenlet && static_cast<GreenletObject*>(vm.thread->greenlet)->main == m) return true;
  for (Thread* t : vm.threads)
    if (t->greenlet && static_cast<GreenletObject*>(t->greenlet)->main == m) return true;
  return false;
}

// Started, not finished, and its thread still runs (greenlets of a thread
// that ended are dead, as greenlet 3 reports them once it cleaned up).
bool is_active(Vm& vm, GreenletObject* g) { return g->active() && thread_alive(vm, g->main); }

std::string hex(uint64_t v) {
  char b[32];
  std::snprintf(b, sizeof b, "0x%llx", static_cast<unsigned long long>(v));
  return b;
}

// switch()'s result from the values sent: one value as itself, several as a
// tuple, keywords only as the dict, both as (args, kwargs).
Value pack(Vm& vm, TupleObject* args, Value kwargs) {
  bool has_kw = kwargs.is_object() && kwargs.obj()->kind == Kind::Dict && static_cast<DictObject*>(kwargs.obj())->used;
  if (!has_kw) {
    if (args->items.size() == 1) return args->items[0];
    return Value::object(args);
  }
  if (args->items.empty()) return kwargs;
  return vm.make_tuple({Value::object(args), kwargs});
}

// --- The switch --------------------------------------------------------------

// A pending transfer: values[0] target, [1] args tuple, [2] kwargs dict or
// None, [3] the exception thrown (or null), [4] the run of a target that
// starts; a = 1 when the origin has just finished (its chain is gone)
// rather than being parked; b = 1 when the target resumes (not starts);
// c = 1 once the chains are swapped (only the arrival is left).
OpaqueObject* new_transfer(Vm& vm, GreenletObject* target, TupleObject* args, Value kwargs, Value exc, bool finishing) {
  auto* st = vm.heap.make<OpaqueObject>(vm.t.opaque);
  st->values = {Value::object(target), Value::object(args), kwargs.is_null() ? vm.None : kwargs, exc, Value()};
  st->a = finishing ? 1 : 0;
  return st;
}

Status perform_switch(Vm& vm, Object* state);

Status request_switch(Vm& vm, OpaqueObject* st) {
  Request& r = vm.thread->request;
  r.kind = Request::Kind::Switch;
  r.perform = perform_switch;
  r.state = st;
  r.cont = nullptr;
  r.callable = Value();
  r.args.clear();
  r.kwnames = nullptr;
  r.locals = nullptr;
  r.gen = nullptr;
  return Status::Call;
}

// The parked switch() of [state] (a greenlet) is resumed.
Status switch_resumed(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  auto* g = static_cast<GreenletObject*>(state);
  if (incoming != Status::Ok) return Status::Error;
  *out = g->transfer.is_null() ? vm.None : g->transfer;
  g->transfer = Value();
  return Status::Ok;
}

// The bottom of a greenlet's chain: its run returned or raised.
Status greenlet_finished(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  auto* g = static_cast<GreenletObject*>(state);
  Thread* th = vm.thread;
  Value exc;
  Value result = value;
  if (incoming != Status::Ok) {
    exc = th->exc;
    th->exc = Value();
    // GreenletExit kills only this greenlet: the parent receives the exception object.
    if (vm.exception_matches(exc, Value::object(types(vm).exit))) {
      result = exc;
      exc = Value();
    }
  }
  TupleObject* args = vm.new_tuple(0);
  if (exc.is_null()) args->items.push_back(result.is_null() ? vm.None : result);
  GreenletObject* parent = g->parent ? g->parent : g->main;
  return request_switch(vm, new_transfer(vm, parent, args, Value(), exc, true));
}

void park(Vm& vm, GreenletObject* g) {
  Thread* th = vm.thread;
  Frame* cf = vm.heap.new_frame(1);
  cf->cont = switch_resumed;
  cf->cont_state = g;
  cf->back = th->top;
  g->parked = cf;
  g->parked_depth = th->depth;
  g->parked_handled = th->handled;
  g->parked_outer = th->outer_handled;
  g->owned.clear();
  for (Frame* f = cf; f; f = f->back)
    if (!f->gen) g->owned.push_back(f);
}

void unpark(Vm& vm, GreenletObject* g) {
  Thread* th = vm.thread;
  th->top = g->parked;
  th->depth = g->parked_depth;
  th->handled = g->parked_handled;
  th->outer_handled = g->parked_outer;
  g->parked = nullptr;
  g->parked_handled = g->parked_outer = Value();
  g->owned.clear();
}

// The run of a greenlet about to start: a subclass's run method, or the
// callable given (null with AttributeError set when there is none).
Value run_of(Vm& vm, GreenletObject* g) {
  Value attr = vm.lookup_type(g->type, vm.intern("run"));
  if (attr.is_object() && attr.obj()->kind == Kind::Function)
    return Value::object(vm.heap.make<BoundMethodObject>(vm.t.method, attr, Value::object(g)));
  if (attr.is_object() && attr.obj() == types(vm).run_property) {
    if (!g->run.is_null()) return g->run;
    vm.raise(vm.t.AttributeError_, "run");
    return Value();
  }
  return vm.get_attr(Value::object(g), vm.intern("run"));
}

Status arrive(Vm& vm, OpaqueObject* st);
Status trace_done(Vm& vm, Object* state, Status incoming, Value, Value*);

// What the timeline calls a greenlet: its run's name ("test1", "Worker.run";
// a nested function without its "f.<locals>." prefix), and the global bound
// to it, if any, in parentheses: "test1 (gr1)".
std::string greenlet_name(Vm& vm, GreenletObject* g, Value run) {
  if (run.is_null()) run = g->run;
  if (run.is_object() && run.obj()->kind == Kind::BoundMethod) run = static_cast<BoundMethodObject*>(run.obj())->func;
  std::string name;
  if (run.is_object() && run.obj()->kind == Kind::Function) {
    auto* f = static_cast<FunctionObject*>(run.obj());
    name = f->qualname ? f->qualname->text : f->name ? f->name->text : std::string();
    const size_t locals = name.rfind("<locals>.");
    if (locals != std::string::npos) name = name.substr(locals + 9);
  }
  if (name.empty()) name = "greenlet " + std::to_string(g->number);
  if (std::string global = sim::Machine::global_name(vm, g); !global.empty()) name += " (" + global + ")";
  return name;
}

// The machine's trace hears of the switch before the origin is parked (its
// line is still the one calling switch()): the names of greenlets it has
// not met yet, then the switch itself.
void tell_machine(Vm& vm, GreenletObject* origin, GreenletObject* target, Value run, bool finishing, bool exc) {
  sim::Machine& m = *vm.machine;
  if (!origin->named) {
    // A greenlet first gets control from a switch the trace saw, so only a
    // thread's main greenlet can be the origin without a name yet.
    origin->named = true;
    m.greenlet_name(vm, origin->number, origin->is_main ? "main" : greenlet_name(vm, origin, Value()), origin->is_main);
  }
  if (!target->named) {
    target->named = true;
    m.greenlet_name(vm, target->number, target->is_main ? "main" : greenlet_name(vm, target, run), target->is_main);
  }
  int line = 0;
  if (!finishing)
    if (sim::SimThread* t = m.current(vm)) line = m.current_line(*t);
  m.greenlet_switch(vm, origin->number, target->number, line,
                    static_cast<uint8_t>((finishing ? sim::kGreenletEnded : 0) | (exc ? sim::kGreenletThrow : 0)));
}

Status perform_switch(Vm& vm, Object* state) {
  auto* st = static_cast<OpaqueObject*>(state);
  if (st->c) return arrive(vm, st);  // after the settrace callback
  Thread* th = vm.thread;
  const bool finishing = st->a != 0;
  GreenletObject* origin = current(vm);
  GreenletObject* target = G(st->values[0]);
  Value exc = st->values[3];  // values[1], [2]: the switch's args and kwargs, delivered by arrive()
  if (vm.gc_inhibit && !finishing)
    return vm.raise(types(vm).error,
                    "cannot switch greenlets here: Interleave still runs this callback in a nested interpreter loop");
  // A finished greenlet passes the switch on to its parent.
  while (target->started && target->finished && target->parent) target = target->parent;
  if (lineage_main(target) != origin->main) {
    if (!finishing)
      return vm.raise(types(vm).error, thread_alive(vm, lineage_main(target))
                                           ? "cannot switch to a different thread"
                                           : "cannot switch to a different thread (which happens to have exited)");
    target = origin->main;
  }
  Value run;
  if (!target->started && exc.is_null()) {
    run = run_of(vm, target);
    if (run.is_null()) {
      if (!finishing) return Status::Error;
      exc = th->exc;  // the parent cannot start: it dies of that, and so on upward
      th->exc = Value();
    }
  }

  if (vm.machine && origin != target) tell_machine(vm, origin, target, run, finishing, !exc.is_null());

  // The origin leaves the thread.
  if (finishing) {
    origin->finished = true;
    origin->run = Value();
  } else {
    park(vm, origin);
  }
  th->greenlet = target;

  if (target->started) {
    unpark(vm, target);
    st->b = 1;
  } else {
    // A chain of its own.
    target->started = true;
    target->main = origin->main;
    target->run = Value();
    st->values[4] = run;
    th->top = nullptr;
    th->depth = 0;
    th->handled = th->outer_handled = Value();
  }
  st->values[0] = Value::object(target);  // the switch went on to a live greenlet
  st->c = 1;
  Value trace = origin->main->tracefunc;
  if (!trace.is_null()) {
    // greenlet.settrace: the callback runs in the target before it goes on.
    Value event = Value::object(vm.intern(st->values[3].is_null() ? "switch" : "throw"));
    Value pair = vm.make_tuple({Value::object(origin), Value::object(target)});
    return vm.request_call(trace, {event, pair}, trace_done, st);
  }
  return arrive(vm, st);
}

// The target takes over: a parked switch() gets the values (or the
// exception); a new greenlet calls its run (or dies of the exception).
Status arrive(Vm& vm, OpaqueObject* st) {
  Thread* th = vm.thread;
  GreenletObject* target = G(st->values[0]);
  auto* args = static_cast<TupleObject*>(st->values[1].obj());
  Value kwargs = st->values[2];
  Value exc = st->values[3];
  if (st->b) {
    if (!exc.is_null())
      th->exc = exc;
    else
      target->transfer = pack(vm, args, kwargs);
    return Status::Ok;
  }
  if (!exc.is_null()) {
    // Thrown into before it ran: it ends at once, the exception goes to its parent.
    Frame* cf = vm.heap.new_frame(1);
    cf->cont = greenlet_finished;
    cf->cont_state = target;
    cf->back = th->top;
    th->top = cf;
    th->exc = exc;
    return Status::Ok;
  }
  std::vector<Value> call_args(args->items.begin(), args->items.end());
  TupleObject* kwnames = nullptr;
  if (kwargs.is_object() && kwargs.obj()->kind == Kind::Dict && static_cast<DictObject*>(kwargs.obj())->used) {
    kwnames = vm.new_tuple(0);
    for (auto& e : static_cast<DictObject*>(kwargs.obj())->entries) {
      if (e.key.is_null()) continue;
      kwnames->items.push_back(e.key);
      call_args.push_back(e.value);
    }
  }
  return vm.request_call(st->values[4], std::move(call_args), greenlet_finished, target, kwnames);
}

// The settrace callback returned: arrive (an error it raised is thrown into the target).
Status trace_done(Vm& vm, Object* state, Status incoming, Value, Value*) {
  auto* st = static_cast<OpaqueObject*>(state);
  if (incoming != Status::Ok) {
    st->values[3] = vm.thread->exc;
    vm.thread->exc = Value();
    current(vm)->main->tracefunc = Value();  // a failing callback is removed
  }
  return request_switch(vm, st);  // c = 1: perform_switch only arrives
}

// --- Methods -------------------------------------------------------------------

Status check_self(Vm& vm, Value self, const char* what) {
  if (!is_greenlet(vm, self))
    return vm.raise(vm.t.TypeError_, std::string("descriptor '") + what + "' requires a 'greenlet.greenlet' object but received a '" +
                                         vm.type_name(self) + "'");
  return Status::Ok;
}

Status g_switch(Vm& vm, Value self, Args args, Value* out) {
  if (check_self(vm, self, "switch") != Status::Ok) return Status::Error;
  current(vm);
  TupleObject* pos = vm.new_tuple(0);
  pos->items.assign(args.v, args.v + args.n);
  Value kwargs;
  if (args.nkw()) {
    DictObject* d = vm.new_dict();
    for (int k = 0; k < args.nkw(); ++k) vm.dict_set(d, args.kwnames->items[k], args.v[args.n + k]);
    kwargs = Value::object(d);
  }
  return request_switch(vm, new_transfer(vm, G(self), pos, kwargs, Value(), false));
}

// throw(): after the exception class made its instance.
Status throw_constructed(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return Status::Error;
  auto* st = static_cast<OpaqueObject*>(state);
  if (!value.is_object() || value.obj()->kind != Kind::Exception)
    return vm.raise(vm.t.TypeError_, std::string("calling the exception class returned ") + vm.type_name(value) +
                                         ", not an exception");
  st->values[3] = value;
  return request_switch(vm, st);
}

Status g_throw(Vm& vm, Value self, Args args, Value* out) {
  if (check_self(vm, self, "throw") != Status::Ok) return Status::Error;
  current(vm);
  Value a[3];
  if (!vm.parse_args("throw", args, 0, {"typ", "val", "tb"}, a)) return Status::Error;
  Value typ = a[0].is_null() ? Value::object(types(vm).exit) : a[0];
  Value val = a[1].is_null() ? vm.None : a[1];
  if (!a[2].is_null() && a[2] != vm.None)
    return vm.raise(vm.t.TypeError_, "throw() third argument must be a traceback object");
  OpaqueObject* st = new_transfer(vm, G(self), vm.new_tuple(0), Value(), Value(), false);
  if (typ.is_object() && typ.obj()->kind == Kind::Type &&
      vm.is_subtype(static_cast<TypeObject*>(typ.obj()), vm.t.base_exception)) {
    auto* cls = static_cast<TypeObject*>(typ.obj());
    if (val.is_object() && val.obj()->kind == Kind::Exception && vm.is_subtype(val.obj()->type, cls)) {
      st->values[3] = val;
      return request_switch(vm, st);
    }
    std::vector<Value> cargs;
    if (val.is_object() && val.obj()->kind == Kind::Tuple)
      cargs.assign(static_cast<TupleObject*>(val.obj())->items.begin(), static_cast<TupleObject*>(val.obj())->items.end());
    else if (val != vm.None)
      cargs.push_back(val);
    return vm.request_call(typ, std::move(cargs), throw_constructed, st);
  }
  if (typ.is_object() && typ.obj()->kind == Kind::Exception) {
    if (val != vm.None) return vm.raise(vm.t.TypeError_, "instance exception may not have a separate value");
    st->values[3] = typ;
    return request_switch(vm, st);
  }
  return vm.raise(vm.t.TypeError_, std::string("exceptions must be classes, or instances, not ") + vm.type_name(typ));
}

Status set_run(Vm& vm, GreenletObject* g, Value run) {
  if (g->started) return vm.raise(vm.t.AttributeError_, "run cannot be set after the start of the greenlet");
  g->run = run;
  return Status::Ok;
}

Status set_parent(Vm& vm, GreenletObject* g, Value p) {
  if (!is_greenlet(vm, p))
    return vm.raise(vm.t.TypeError_, std::string("GreenletChecker: Expected any type of greenlet, not ") + vm.type_name(p));
  if (g->is_main) return vm.raise(vm.t.AttributeError_, "cannot set the parent of a main greenlet");
  GreenletObject* np = G(p);
  for (GreenletObject* q = np; q; q = q->parent)
    if (q == g) return vm.raise(vm.t.ValueError_, "cyclic parent chain");
  if (g->started && lineage_main(np) != g->main)
    return vm.raise(vm.t.ValueError_, "parent cannot be on a different thread");
  g->parent = np;
  return Status::Ok;
}

// greenlet(run=None, parent=None) on a new object (also __init__).
Status init_greenlet(Vm& vm, GreenletObject* g, Args args) {
  Value a[2];
  if (!vm.parse_args("greenlet", args, 0, {"run", "parent"}, a)) return Status::Error;
  if (!a[0].is_null() && a[0] != vm.None && set_run(vm, g, a[0]) != Status::Ok) return Status::Error;
  if (!a[1].is_null() && a[1] != vm.None && set_parent(vm, g, a[1]) != Status::Ok) return Status::Error;
  return Status::Ok;
}

Status g_repr(Vm& vm, Value self, Args, Value* out) {
  if (check_self(vm, self, "__repr__") != Status::Ok) return Status::Error;
  GreenletObject* g = G(self);
  TypeObject* type = g->type;
  std::string name = type == types(vm).greenlet ? "greenlet.greenlet" : type->name->text.str();
  std::string s = "<" + name + " object at " + hex(vm.serial_id_base + g->serial * 16);
  GreenletObject* m = g->started ? g->main : nullptr;
  std::string otid = m ? hex(static_cast<uint64_t>(m->otid)) : "0x(nil)";
  s += " (otid=" + otid + ")";
  if (g->active() && !thread_alive(vm, g->main)) {
    s += " (thread exited) dead";
  } else if (g->active()) {
    bool is_current = vm.thread && vm.thread->greenlet == g;
    s += is_current ? " current" : " suspended";
    s += " active started";
    if (g->is_main) s += " main";
  } else {
    s += g->started ? " dead" : " pending";
  }
  *out = vm.make_str(s + ">");
  return Status::Ok;
}

// A property whose getter and setter are natives.
Object* add_property(Vm& vm, TypeObject* type, const char* name, NativeFn get, NativeFn set) {
  auto* p = vm.heap.make<WrapperObject>(vm.t.property, Kind::Property, Value::object(vm.new_native(name, get)));
  p->fset = set ? Value::object(vm.new_native(name, set)) : vm.None;
  p->fdel = vm.None;
  p->doc = vm.None;
  vm.dict_set_str(type->dict, vm.intern(name), Value::object(p));
  return p;
}

Status getcurrent_fn(Vm& vm, Value, Args args, Value* out) {
  if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "getcurrent() takes no arguments");
  *out = Value::object(current(vm));
  return Status::Ok;
}

Status settrace_fn(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 1 || args.nkw()) return vm.raise(vm.t.TypeError_, "settrace() takes exactly one argument");
  GreenletObject* m = current(vm)->main;
  *out = m->tracefunc.is_null() ? vm.None : m->tracefunc;
  m->tracefunc = args[0] == vm.None ? Value() : args[0];
  return Status::Ok;
}

Status gettrace_fn(Vm& vm, Value, Args args, Value* out) {
  if (args.n || args.nkw()) return vm.raise(vm.t.TypeError_, "gettrace() takes no arguments");
  GreenletObject* m = current(vm)->main;
  *out = m->tracefunc.is_null() ? vm.None : m->tracefunc;
  return Status::Ok;
}

}  // namespace

void init_greenlet_module(Vm& vm, ModuleObject* mod) {
  if (!vm.greenlet_state) {
    auto state = std::make_shared<GreenletTypes>();
    GreenletTypes& T = *state;
    vm.greenlet_state = state;
    T.greenlet = vm.new_type("greenlet", vm.t.object, Layout::Builtin, Kind::Instance);
    T.error = vm.new_type("error", vm.t.exception, Layout::Exception, Kind::Exception);
    T.exit = vm.new_type("GreenletExit", vm.t.base_exception, Layout::Exception, Kind::Exception);
    for (TypeObject* x : {T.greenlet, T.error, T.exit}) {
      x->module_name = "greenlet";
      vm.extra_roots.push_back(Value::object(x));
    }
    TypeObject* type = T.greenlet;
    type->constructor = [](Vm& vm, Value, Args args, Value* out) {
      GreenletObject* parent = current(vm);  // a thread's main greenlet is numbered before its first child
      GreenletObject* g = new_greenlet(vm, types(vm).greenlet);
      g->parent = parent;
      *out = Value::object(g);
      return init_greenlet(vm, g, args);
    };
    vm.add_method(type, "__init__", [](Vm& vm, Value self, Args args, Value* out) {
      if (check_self(vm, self, "__init__") != Status::Ok) return Status::Error;
      *out = vm.None;
      return init_greenlet(vm, G(self), args);
    });
    vm.add_method(type, "switch", g_switch);
    vm.add_method(type, "throw", g_throw);
    vm.add_method(type, "__repr__", g_repr);
    vm.add_method(type, "__bool__", [](Vm& vm, Value self, Args, Value* out) {
      if (check_self(vm, self, "__bool__") != Status::Ok) return Status::Error;
      *out = vm.make_bool(is_active(vm, G(self)));
      return Status::Ok;
    });
    add_property(
        vm, type, "dead",
        [](Vm& vm, Value, Args args, Value* out) {
          if (check_self(vm, args[0], "dead") != Status::Ok) return Status::Error;
          *out = vm.make_bool(G(args[0])->started && !is_active(vm, G(args[0])));
          return Status::Ok;
        },
        nullptr);
    add_property(
        vm, type, "parent",
        [](Vm& vm, Value, Args args, Value* out) {
          if (check_self(vm, args[0], "parent") != Status::Ok) return Status::Error;
          GreenletObject* p = G(args[0])->parent;
          *out = p ? Value::object(p) : vm.None;
          return Status::Ok;
        },
        [](Vm& vm, Value, Args args, Value* out) {
          if (check_self(vm, args[0], "parent") != Status::Ok) return Status::Error;
          *out = vm.None;
          return set_parent(vm, G(args[0]), args[1]);
        });
    T.run_property = add_property(
        vm, type, "run",
        [](Vm& vm, Value, Args args, Value* out) {
          if (check_self(vm, args[0], "run") != Status::Ok) return Status::Error;
          GreenletObject* g = G(args[0]);
          if (g->run.is_null()) return vm.raise(vm.t.AttributeError_, "run");
          *out = g->run;
          return Status::Ok;
        },
        [](Vm& vm, Value, Args args, Value* out) {
          if (check_self(vm, args[0], "run") != Status::Ok) return Status::Error;
          *out = vm.None;
          return set_run(vm, G(args[0]), args[1]);
        });
    auto* gc = vm.heap.make<WrapperObject>(vm.t.staticmethod, Kind::StaticMethod,
                                           Value::object(vm.new_native("getcurrent", getcurrent_fn)));
    vm.add_attr(type->dict, "getcurrent", Value::object(gc));
    for (auto [name, fn] : {std::pair<const char*, NativeFn>{"settrace", settrace_fn}, {"gettrace", gettrace_fn}}) {
      auto* sm = vm.heap.make<WrapperObject>(vm.t.staticmethod, Kind::StaticMethod, Value::object(vm.new_native(name, fn)));
      vm.add_attr(type->dict, name, Value::object(sm));
    }
    vm.add_attr(type->dict, "error", Value::object(T.error));
    vm.add_attr(type->dict, "GreenletExit", Value::object(T.exit));
  }
  GreenletTypes& T = types(vm);
  vm.add_attr(mod->dict, "greenlet", Value::object(T.greenlet));
  vm.add_attr(mod->dict, "error", Value::object(T.error));
  vm.add_attr(mod->dict, "GreenletExit", Value::object(T.exit));
  vm.add_attr(mod->dict, "getcurrent", Value::object(vm.new_native("getcurrent", getcurrent_fn)));
  vm.add_attr(mod->dict, "settrace", Value::object(vm.new_native("settrace", settrace_fn)));
  vm.add_attr(mod->dict, "gettrace", Value::object(vm.new_native("gettrace", gettrace_fn)));
  vm.add_attr(mod->dict, "__version__", vm.make_str("3.1.1"));
}

}  // namespace interleave::vm
