// Replayed natives: how C++ code that needs a Python call answered in the
// middle of its work (a dict key's __eq__, a list item's __repr__, a
// file-like object's write) gets it without a nested interpreter loop.
//
// A native (or an operation the interpreter runs: d[k], x in xs, f"{xs}")
// runs under a *replay run* (Vm::replay). When it asks for a Python call
// synchronously (call_sync, finish_sync_request) and the run has no
// recorded outcome for it, the call is recorded and the native is made to
// fail (or, for calls whose result only lands in the output, given a
// stand-in result and allowed to go on). The native's own result is then
// thrown away: the recorded calls are made as ordinary requests -- Python
// frames on the thread's chain, which the scheduler can preempt, which may
// block on a lock or sleep, and which the collector sees -- and when they
// have returned the native runs again from its start with their outcomes,
// which its synchronous calls now receive in order.
//
// This relies on what the natives already are: deterministic given the
// outcomes of their calls, and without side effects before the calls they
// depend on. A native whose calls change what it does next (a list with a
// Python __eq__ that mutates the list) takes a different path on the
// rerun; outcomes are only used while the callee matches. After
// kMaxReplays reruns the native runs once more, with the recorded outcomes
// and then the old nested loop for the calls it still makes.
#include <algorithm>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

constexpr uint32_t kMaxReplays = 32;
// Reruns that resume a lookup's probe: each costs the native's work up to
// the lookup, not the probe (a set of 10,000 objects with one hash is 10^8
// comparisons in CPython too).
constexpr uint32_t kMaxProbeReplays = 1u << 20;

struct ReplayEntry {
  Request req;  // the call as the native asked for it (with its own continuation)
  Value result;  // the outcome: a value, or
  Value exc;     // the exception it raised
};

}  // namespace

struct ReplayState : OpaqueObject {
  // What is run again: a native with its arguments, or an operation.
  NativeFn native = nullptr;
  Vm::ReplayOp op = nullptr;
  Value self;
  std::vector<Value> args;  // positional, then keyword values
  int npos = 0;
  TupleObject* kwnames = nullptr;
  Value a, b, c;
  std::vector<ReplayEntry> entries;
  size_t pending = 0;  // entries before it have their outcome (they are made in order)
  uint32_t reruns = 0, probe_reruns = 0;
  // Lookups' marks (Vm::ProbeMark), by start; fresh when the last run's
  // call was recorded by a lookup's comparison.
  std::vector<Vm::ProbeMark> marks;
  bool mark_fresh = false;

  explicit ReplayState(TypeObject* t) : OpaqueObject(t) {}
  void trace(Tracer& tr) override {
    tr.visit(self);
    for (Value v : args) tr.visit(v);
    tr.visit(kwnames);
    tr.visit(a);
    tr.visit(b);
    tr.visit(c);
    for (auto& m : marks) tr.visit(m.compared);
    for (auto& e : entries) {
      tr.visit(e.req.callable);
      for (Value v : e.req.args) tr.visit(v);
      tr.visit(e.req.kwnames);
      tr.visit(e.req.locals);
      tr.visit(e.req.gen);
      tr.visit(e.req.send);
      tr.visit(e.req.state);
      tr.visit(e.result);
      tr.visit(e.exc);
    }
  }
  size_t footprint() const override { return sizeof(*this) + (args.capacity() + entries.size() * 16) * 8; }
};

namespace {

// The function a callable runs (a bound method's), to tell whether a rerun
// makes the call it made before: a bound method or an argument may be a
// fresh object each time, so only the function and the argument count are
// compared.
Value callee_of(Value callable) {
  if (callable.is_object() && callable.obj()->kind == Kind::BoundMethod)
    return static_cast<BoundMethodObject*>(callable.obj())->func;
  return callable;
}

bool same_call(const Request& e, const Request& r) {
  if (e.kind != r.kind) return false;
  if (r.kind == Request::Kind::Resume) return e.gen == r.gen && e.is_throw == r.is_throw;
  return callee_of(e.callable) == callee_of(r.callable) && e.args.size() == r.args.size() &&
         e.kwnames == r.kwnames && e.locals == r.locals;
}

Status replay_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out);

// Drops the recorded calls from [n] on, and the marks that need them.
void truncate(ReplayState* st, size_t n) {
  st->entries.resize(n);
  if (st->pending > n) st->pending = n;
  while (!st->marks.empty()) {
    const Vm::ProbeMark& m = st->marks.back();
    if ((m.done ? m.end : m.at + 1) <= n) break;
    st->marks.pop_back();
  }
}

Vm::ProbeMark* find_mark(ReplayState* st, uint32_t start) {
  auto it = std::lower_bound(st->marks.begin(), st->marks.end(), start,
                             [](const Vm::ProbeMark& m, uint32_t s) { return m.start < s; });
  return it != st->marks.end() && it->start == start ? &*it : nullptr;
}

// Makes the first call without an outcome as the thread's request.
Status issue_next(Vm& vm, ReplayState* st) {
  if (st->pending >= st->entries.size()) return Status::Ok;  // unreachable: a call is pending
  vm.thread->request = st->entries[st->pending].req;
  vm.chain_cont(replay_cont, st);
  return Status::Call;
}

Status run_recorded(Vm& vm, ReplayState* st, Value* out) {
  if (st->native) return st->native(vm, st->self, Args{st->args.data(), st->npos, st->kwnames}, out);
  return st->op(vm, st->a, st->b, st->c, out);
}

// A run that needed calls: drop what the native did and make them.
Status make_calls(Vm& vm, ReplayState* st) {
  Request& r = vm.thread->request;
  r.kind = Request::Kind::None;
  r.cont = nullptr;
  r.state = nullptr;
  vm.thread->exc = Value();
  return issue_next(vm, st);
}

// The end of a run: iterators it advanced go back if it is thrown away.
bool run_is_void(Vm& vm, Vm::ReplayRun* run) {
  if (run->saved) {
    if (run->need) {
      for (size_t i = vm.replay_positions_.size(); i-- > run->saved_from;) {
        Vm::IterPosition& p = vm.replay_positions_[i];
        if (p.in_flight) continue;
        p.it->aux = p.aux;
        p.it->aux2 = p.aux2;
        p.it->index = p.index;
        p.it->limit = p.limit;
        p.it->step = p.step;
        p.it->extra = std::move(p.extra);
      }
    }
    vm.replay_positions_.resize(run->saved_from);
  }
  return run->need;
}

Status rerun(Vm& vm, ReplayState* st, Value* out) {
  Vm::ReplayRun run;
  run.state = st;
  // A native that makes many calls (dict() of a generator's pairs) would
  // run again for each: after kMaxReplays it takes the recorded outcomes
  // and makes the rest of its calls in nested loops, as before replays. A
  // lookup's comparison is resumed where it stopped (Vm::ProbeMark): those
  // reruns count only against kMaxProbeReplays.
  if (st->mark_fresh) {
    st->mark_fresh = false;
    run.nested = ++st->probe_reruns > kMaxProbeReplays;
  } else {
    run.nested = ++st->reruns > kMaxReplays;
  }
  run.id = ++vm.replay_runs;
  vm.replay = &run;
  Status s = run_recorded(vm, st, out);
  vm.replay = nullptr;
  if (!run_is_void(vm, &run)) return s;
  return make_calls(vm, st);
}

Status replay_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  auto* st = static_cast<ReplayState*>(state);
  const size_t k = st->pending;
  if (k >= st->entries.size()) return incoming;  // cannot happen
  ReplayEntry& e = st->entries[k];
  ++st->pending;
  if (incoming == Status::Ok) {
    e.result = value;
  } else {
    e.exc = vm.thread->exc;
    vm.thread->exc = Value();
    // The calls recorded after it would not have been made.
    truncate(st, k + 1);
  }
  if (k + 1 < st->entries.size()) return issue_next(vm, st);
  return rerun(vm, st, out);
}

ReplayState* replay_state(Vm& vm, Vm::ReplayRun* run) {
  if (!run->state) run->state = vm.heap.make<ReplayState>(vm.t.opaque);
  return run->state;
}

}  // namespace

void Vm::replay_save(IteratorObject* it) {
  it->replay_mark = replay->id;
  if (!replay->saved) {
    replay->saved = true;
    replay->saved_from = static_cast<uint32_t>(replay_positions_.size());
  }
  replay_positions_.push_back(IterPosition{it, it->aux, it->aux2, it->index, it->limit, it->step, it->extra, false});
}

void Vm::replay_in_flight(IteratorObject* it) {
  for (size_t i = replay_positions_.size(); i-- > replay->saved_from;) {
    if (replay_positions_[i].it == it) {
      replay_positions_[i].in_flight = true;
      return;
    }
  }
}

Value Vm::replay_answer(Value stand_in) {
  ReplayRun* run = replay;
  Request req;
  std::swap(req, thread->request);
  if (run->aborting || (run->need && stand_in.is_null())) {
    // The run is already void, and this call's arguments may come from a
    // stand-in result: it is recorded on the rerun.
    run->aborting = true;
    thread->exc = new_exception(t.RuntimeError_, "interleave: a Python call is made for this operation first");
    return Value();
  }
  // A native callee (a native type's __len__) runs here, in this run: only
  // Python code needs a frame.
  if (req.kind == Request::Kind::Call && !req.cont && !req.locals && req.callable.is_object()) {
    Object* c = req.callable.obj();
    NativeFunctionObject* nf = nullptr;
    Value self;
    size_t skip = 0;
    if (c->kind == Kind::NativeFunction) {
      nf = static_cast<NativeFunctionObject*>(c);
      self = nf->self;
      if (nf->is_method && self.is_null()) {
        int nkw = req.kwnames ? static_cast<int>(req.kwnames->items.size()) : 0;
        if (req.args.size() <= static_cast<size_t>(nkw) ||
            (nf->owner && !is_subtype(type_of(req.args[0]), nf->owner)))
          nf = nullptr;  // call_value words the error: recorded below
        else
          self = req.args[skip++];
      }
    } else if (c->kind == Kind::BoundMethod) {
      auto* bm = static_cast<BoundMethodObject*>(c);
      if (bm->func.is_object() && bm->func.obj()->kind == Kind::NativeFunction) {
        nf = static_cast<NativeFunctionObject*>(bm->func.obj());
        self = bm->self;
      }
    }
    if (nf) {
      int nkw = req.kwnames ? static_cast<int>(req.kwnames->items.size()) : 0;
      int npos = static_cast<int>(req.args.size() - skip) - nkw;
      Value out;
      Status s = nf->fn(*this, self, Args{req.args.data() + skip, npos, req.kwnames}, &out);
      if (s == Status::Ok) return out;
      if (s == Status::Error) return Value();
      if (s == Status::Call) return replay_answer(stand_in);  // the Python call it asked for
      raise(t.RuntimeError_, "interleave: a blocking call inside a synchronous callback is not supported yet");
      return Value();
    }
  }
  if (run->state && run->next < run->state->entries.size()) {
    ReplayEntry& e = run->state->entries[run->next];
    if (run->next < run->state->pending && same_call(e.req, req)) {
      ++run->next;
      if (e.exc.is_null()) return e.result;
      thread->exc = e.exc;
      return Value();
    }
    // The native took another path: what was recorded from here on is stale.
    truncate(run->state, run->next);
  }
  if (run->nested) {
    std::swap(req, thread->request);
    replay = nullptr;
    Value r = finish_sync_request();
    replay = run;
    return r;
  }
  ReplayState* st = replay_state(*this, run);
  ReplayEntry e;
  e.req = std::move(req);
  st->entries.push_back(std::move(e));
  run->next = static_cast<uint32_t>(st->entries.size());
  run->need = true;
  if (!stand_in.is_null()) return stand_in;
  thread->exc = new_exception(t.RuntimeError_, "interleave: a Python call is made for this operation first");
  return Value();
}

namespace {

// The allocation serials of a mark's table and key (a key that is not an
// object has none: its bits are its value).
uint64_t table_serial_of(const Vm::ProbeMark& m) { return m.table ? m.table->serial : 0; }
uint64_t key_serial_of(const Vm::ProbeMark& m) {
  if (m.of != Vm::ProbeMark::Of::Lookup || m.key == 0 || (m.key & 1)) return 0;  // a small int
  return reinterpret_cast<const Object*>(static_cast<uintptr_t>(m.key))->serial;
}

}  // namespace

const Vm::ProbeMark* Vm::probe_saved(const ProbeMark& m) {
  ReplayRun* run = replay;
  if (!run || !run->state || run->state->marks.empty()) return nullptr;
  const ProbeMark* k = find_mark(run->state, run->next);
  if (!k || k->of != m.of || k->table != m.table || k->key != m.key || k->hash != m.hash) return nullptr;
  if (k->table_serial != table_serial_of(m) || k->key_serial != key_serial_of(m)) return nullptr;
  return k;
}

void Vm::probe_restart() {
  // The outcomes recorded from here were of comparisons with the table as
  // it was: the lookup makes its calls again.
  truncate(replay->state, replay->next);
}

void Vm::probe_note(const ProbeMark& mark) {
  ProbeMark m = mark;
  m.table_serial = table_serial_of(m);
  m.key_serial = key_serial_of(m);
  ReplayState* st = replay_state(*this, replay);
  if (ProbeMark* k = find_mark(st, m.start)) {
    *k = m;
  } else {
    // Lookups come in the order of their calls; a later one's marks go.
    while (!st->marks.empty() && st->marks.back().start > m.start) st->marks.pop_back();
    st->marks.push_back(m);
  }
  if (!m.done) st->mark_fresh = true;
}

Value Vm::call_sync_deferred(Value callable, Value arg) {
  if (!replay) return call_sync(callable, {arg});
  request_call(callable, Value(), &arg, 1, nullptr, nullptr);
  return replay_answer(Value::object(intern("")));
}

Status Vm::replay_native_start(NativeFn fn, Value self, Args args, ReplayRun* run, Status s) {
  if (!run_is_void(*this, run)) return s;
  ReplayState* st = replay_state(*this, run);
  st->native = fn;
  st->self = self;
  st->args.assign(args.v, args.v + args.n + args.nkw());
  st->npos = args.n;
  st->kwnames = args.kwnames;
  return make_calls(*this, st);
}

Status Vm::replay_op_start(ReplayOp op, Value a, Value b, Value c, ReplayRun* run, Status s) {
  if (!run_is_void(*this, run)) return s;
  ReplayState* st = replay_state(*this, run);
  st->op = op;
  st->a = a;
  st->b = b;
  st->c = c;
  return make_calls(*this, st);
}

}  // namespace interleave::vm
