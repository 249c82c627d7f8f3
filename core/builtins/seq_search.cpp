// Item-by-item work on lists, tuples and deques as resumable state
// machines: `x in seq`, index(), count(), remove(), and the comparison of
// two sequences. When an item's Python __eq__ (or the __bool__ of what it
// returned, or a final __lt__) must run, the walk returns Status::Call and
// continues in its continuation with the answer: the dunder is an ordinary
// frame the scheduler can preempt and that may block on a lock, and the
// walk sees everything it did. That is what a deque's "mutated during
// iteration" check needs, and what CPython's loops do: a list is re-read at
// every step (an __eq__ that shrinks it shortens the walk), a deque's
// change is an error.
//
// Items whose equality needs no Python code are compared on the spot, so
// `x in [1, 2, 3]` allocates nothing.
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

void deque_erase_at(Vm& vm, DequeObject* d, int64_t i);  // deque.cpp

namespace {

int64_t seq_size(Object* o) {
  switch (o->kind) {
    case Kind::List: return static_cast<int64_t>(static_cast<ListObject*>(o)->items.size());
    case Kind::Tuple: return static_cast<int64_t>(static_cast<TupleObject*>(o)->items.size());
    default: return static_cast<DequeObject*>(o)->size;
  }
}

Value seq_at(Object* o, int64_t i) {
  switch (o->kind) {
    case Kind::List: return static_cast<ListObject*>(o)->items[static_cast<size_t>(i)];
    case Kind::Tuple: return static_cast<TupleObject*>(o)->items[static_cast<size_t>(i)];
    default: return static_cast<DequeObject*>(o)->at(i);
  }
}

// a == b when it needs no Python code and no allocation: 1 or 0, or -2
// (the full protocol decides).
int quick_eq(Vm& vm, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small() && b.is_small()) return 0;
  if (!a.is_object() || !b.is_object()) return -2;
  Object* x = a.obj();
  Object* y = b.obj();
  if (x->kind == Kind::Str && y->kind == Kind::Str)
    return static_cast<StrObject*>(x)->text == static_cast<StrObject*>(y)->text;
  return -2;
}

// a == b through the rich comparison (a Vm::ReplayOp: a Python call made
// synchronously inside it, such as an item's __eq__ within a nested tuple,
// runs as a frame and the comparison runs again).
Status eq_op3(Vm& vm, Value a, Value b, Value, Value* out) { return op_compare(vm, a, b, CompareOp::Eq, out); }
Status compare_op3(Vm& vm, Value a, Value b, Value op, Value* out) {
  return op_compare(vm, a, b, static_cast<CompareOp>(op.small_value()), out);
}

// --- searching -------------------------------------------------------------------

// values = [seq, item]
struct ScanState : OpaqueObject {
  SeqScan mode = SeqScan::Contains;
  int64_t i = 0, stop = 0, count = 0;
  uint64_t deque_state = 0;  // a deque's state when the walk began
  explicit ScanState(TypeObject* t) : OpaqueObject(t) {}
};

// The "not found" error; the item's repr may be Python (a Vm::ReplayOp).
Status not_found_op3(Vm& vm, Value item, Value seq, Value mode, Value* out) {
  Kind kind = seq.obj()->kind;
  auto m = static_cast<SeqScan>(mode.small_value());
  if (kind == Kind::Tuple) return vm.raise(vm.t.ValueError_, "tuple.index(x): x not in tuple");
  if (kind == Kind::List && m == SeqScan::Remove) return vm.raise(vm.t.ValueError_, "list.remove(x): x not in list");
  std::string r;
  if (!vm.repr_append(r, item)) return Status::Error;
  return vm.raise(vm.t.ValueError_, r + (kind == Kind::List ? " is not in list" : " is not in deque"));
}

enum class Step { Next, Done };

// Takes the answer for item st->i: Done with the result in *out (or an
// error), or Next.
Step scan_take(Vm& vm, ScanState* st, bool eq, Status* status, Value* out) {
  Object* seq = st->values[0].obj();
  bool deque = seq->kind == Kind::Deque;
  bool mutated = deque && static_cast<DequeObject*>(seq)->state != st->deque_state;
  *status = Status::Ok;
  switch (st->mode) {
    case SeqScan::Contains:
    case SeqScan::Index:
      if (eq) {
        *out = st->mode == SeqScan::Contains ? vm.True : vm.make_int(st->i);
        return Step::Done;
      }
      break;
    case SeqScan::Count:
      st->count += eq;
      break;
    case SeqScan::Remove:
      if (mutated) {
        *status = vm.raise(vm.t.IndexError_, "deque mutated during iteration");
        return Step::Done;
      }
      if (eq) {
        if (deque) {
          deque_erase_at(vm, static_cast<DequeObject*>(seq), st->i);
        } else {
          auto& items = static_cast<ListObject*>(seq)->items;
          if (st->i < static_cast<int64_t>(items.size())) items.erase(items.begin() + st->i);
        }
        *out = vm.None;
        return Step::Done;
      }
      break;
  }
  if (mutated) {
    *status = vm.raise(vm.t.RuntimeError_, "deque mutated during iteration");
    return Step::Done;
  }
  ++st->i;
  return Step::Next;
}

Status scan_finish(Vm& vm, ScanState* st, Value* out) {
  switch (st->mode) {
    case SeqScan::Contains:
      *out = vm.False;
      return Status::Ok;
    case SeqScan::Count:
      *out = vm.make_int(st->count);
      return Status::Ok;
    default:
      return vm.call_op(not_found_op3, st->values[1], st->values[0], Value::small(static_cast<int64_t>(st->mode)),
                        out);
  }
}

Status scan_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out);

// Walks on from st->i.
Status scan_run(Vm& vm, ScanState* st, Value* out) {
  Object* seq = st->values[0].obj();
  Value item = st->values[1];
  while (st->i < std::min(st->stop, seq_size(seq))) {
    Value v = seq_at(seq, st->i);
    int e = quick_eq(vm, v, item);
    if (e < 0) {
      Value r;
      Status s = vm.call_op(eq_op3, v, item, Value(), &r);
      if (s == Status::Ok) s = truth_of(vm, r, &e);
      if (s == Status::Call) vm.chain_cont(scan_cont, st);  // back with the answer
      if (s != Status::Ok) return s;
    }
    Status s;
    if (scan_take(vm, st, e == 1, &s, out) == Step::Done) return s;
  }
  return scan_finish(vm, st, out);
}

// The item's __eq__ answered (or the __bool__ of its answer).
Status scan_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* st = static_cast<ScanState*>(state);
  int e;
  Status s = truth_of(vm, value, &e);
  if (s == Status::Call) vm.chain_cont(scan_cont, st);  // back here with a bool
  if (s != Status::Ok) return s;
  if (scan_take(vm, st, e == 1, &s, out) == Step::Done) return s;
  return scan_run(vm, st, out);
}

// --- comparing -------------------------------------------------------------------

// values = [a, b]
struct CompareState : OpaqueObject {
  CompareOp op = CompareOp::Eq;
  int64_t i = 0;
  uint64_t state_a = 0, state_b = 0;  // deques' states when the walk began
  explicit CompareState(TypeObject* t) : OpaqueObject(t) {}
};

Status compare_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out);

// A value's truth as a bool.
Status bool_cont(Vm& vm, Object*, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  int t;
  Status s = truth_of(vm, value, &t);
  if (s == Status::Call) vm.chain_cont(bool_cont, nullptr);  // back here with a bool
  if (s != Status::Ok) return s;
  *out = vm.make_bool(t);
  return Status::Ok;
}

// The walk ended at st->i, where both sequences have an item and the two
// differ, or where one (or both) has none.
Status compare_end(Vm& vm, CompareState* st, Value* out) {
  Object* a = st->values[0].obj();
  Object* b = st->values[1].obj();
  int64_t la = seq_size(a), lb = seq_size(b);
  bool ha = st->i < la, hb = st->i < lb;
  if (!ha || !hb) {
    // No more items: the lengths decide (for deques: which one ran out).
    if (a->kind == Kind::Deque) {
      la = ha;
      lb = hb;
    }
    bool r;
    switch (st->op) {
      case CompareOp::Lt: r = la < lb; break;
      case CompareOp::Le: r = la <= lb; break;
      case CompareOp::Eq: r = la == lb; break;
      case CompareOp::Ne: r = la != lb; break;
      case CompareOp::Gt: r = la > lb; break;
      default: r = la >= lb; break;
    }
    *out = vm.make_bool(r);
    return Status::Ok;
  }
  if ((st->op == CompareOp::Eq || st->op == CompareOp::Ne) && a->kind != Kind::Deque) {
    *out = vm.make_bool(st->op == CompareOp::Ne);
    return Status::Ok;
  }
  // The first differing pair, compared again with the operator (a deque's
  // even for == and !=). For lists and tuples its result, whatever object a
  // Python __lt__ returned, is the comparison's; a deque's is its truth.
  Status s = vm.call_op(compare_op3, seq_at(a, st->i), seq_at(b, st->i),
                        Value::small(static_cast<int64_t>(st->op)), out);
  if (a->kind != Kind::Deque || s == Status::Error) return s;
  if (s == Status::Call) {
    vm.chain_cont(bool_cont, nullptr);
    return s;
  }
  return bool_cont(vm, nullptr, s, *out, out);
}

Status compare_run(Vm& vm, CompareState* st, Value* out) {
  Object* a = st->values[0].obj();
  Object* b = st->values[1].obj();
  bool deque = a->kind == Kind::Deque;
  for (;; ++st->i) {
    if (deque && (static_cast<DequeObject*>(a)->state != st->state_a ||
                  static_cast<DequeObject*>(b)->state != st->state_b))
      return vm.raise(vm.t.RuntimeError_, "deque mutated during iteration");
    if (st->i >= seq_size(a) || st->i >= seq_size(b)) break;
    Value x = seq_at(a, st->i), y = seq_at(b, st->i);
    int e = quick_eq(vm, x, y);
    if (e < 0) {
      Value r;
      Status s = vm.call_op(eq_op3, x, y, Value(), &r);
      if (s == Status::Ok) s = truth_of(vm, r, &e);
      if (s == Status::Call) vm.chain_cont(compare_cont, st);  // back with the answer
      if (s != Status::Ok) return s;
    }
    if (!e) break;
  }
  return compare_end(vm, st, out);
}

// The pair's __eq__ answered (or the __bool__ of its answer).
Status compare_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* st = static_cast<CompareState*>(state);
  int e;
  Status s = truth_of(vm, value, &e);
  if (s == Status::Call) vm.chain_cont(compare_cont, st);  // back here with a bool
  if (s != Status::Ok) return s;
  if (!e) return compare_end(vm, st, out);
  ++st->i;
  return compare_run(vm, st, out);
}

}  // namespace

Status seq_scan(Vm& vm, Value seq, Value item, SeqScan mode, int64_t start, int64_t stop, Value* out) {
  Object* o = seq.obj();
  // Items whose equality is known on the spot are walked without a state
  // (no Python code runs, so nothing can change under the walk).
  int64_t i = start, count = 0;
  for (; i < std::min(stop, seq_size(o)); ++i) {
    int e = quick_eq(vm, seq_at(o, i), item);
    if (e < 0) break;
    if (e == 0) continue;
    switch (mode) {
      case SeqScan::Contains: *out = vm.True; return Status::Ok;
      case SeqScan::Index: *out = vm.make_int(i); return Status::Ok;
      case SeqScan::Count: ++count; continue;
      case SeqScan::Remove:
        if (o->kind == Kind::Deque) {
          deque_erase_at(vm, static_cast<DequeObject*>(o), i);
        } else {
          auto& items = static_cast<ListObject*>(o)->items;
          items.erase(items.begin() + i);
        }
        *out = vm.None;
        return Status::Ok;
    }
  }
  if (i >= std::min(stop, seq_size(o)) && (mode == SeqScan::Contains || mode == SeqScan::Count)) {
    *out = mode == SeqScan::Contains ? vm.False : vm.make_int(count);
    return Status::Ok;
  }
  auto* st = vm.heap.make<ScanState>(vm.t.opaque);
  st->values = {seq, item};
  st->mode = mode;
  st->i = i;
  st->stop = stop;
  st->count = count;
  if (o->kind == Kind::Deque) st->deque_state = static_cast<DequeObject*>(o)->state;
  return scan_run(vm, st, out);
}

bool is_seq_pair(Value a, Value b) {
  if (!a.is_object() || !b.is_object()) return false;
  Kind k = a.obj()->kind;
  return k == b.obj()->kind && (k == Kind::List || k == Kind::Tuple || k == Kind::Deque);
}

Status seq_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out) {
  Object* x = a.obj();
  Object* y = b.obj();
  // Lists and deques of different lengths are never equal; a deque is
  // equal to itself. (A tuple is walked first, as CPython's is.)
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && x->kind != Kind::Tuple) {
    if ((x == y && x->kind == Kind::Deque) || seq_size(x) != seq_size(y)) {
      *out = vm.make_bool((x == y) == (op == CompareOp::Eq));
      return Status::Ok;
    }
  }
  auto* st = vm.heap.make<CompareState>(vm.t.opaque);
  st->values = {a, b};
  st->op = op;
  if (x->kind == Kind::Deque) {
    st->state_a = static_cast<DequeObject*>(x)->state;
    st->state_b = static_cast<DequeObject*>(y)->state;
  }
  return compare_run(vm, st, out);
}

}  // namespace interleave::vm
