// sorted() and list.sort() as a resumable state machine: computing a key
// with a Python function, or comparing with a Python __lt__, returns
// Status::Call and the sort resumes in sort_cont with the answer. So a
// thread can be preempted inside a user key or __lt__ called by sorted,
// and the collector keeps running meanwhile.
//
// The algorithm is a stable bottom-up merge sort (CPython's timsort gives
// the same result for a consistent order; the sequence of comparisons
// differs, which only shows if a __lt__ prints).
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

// State (an OpaqueObject):
//   values = [list, key, items..., keys..., idx..., tmp...]  (idx/tmp as small ints)
//   a = n, b = phase (0 keys, 1 merging), c = reverse
// The merge loop's variables live in a SortCursor.
struct SortState : OpaqueObject {
  int64_t n = 0;
  int phase = 0;
  bool reverse = false;
  bool in_place = false;
  int64_t p = 0;  // key phase: next item
  // merge phase
  int64_t width = 1, lo = 0, mid = 0, hi = 0, i = 0, j = 0, k = 0;
  explicit SortState(TypeObject* t) : OpaqueObject(t) {}
  Value& item(int64_t x) { return values[2 + x]; }
  Value& key(int64_t x) { return values[2 + n + x]; }
  int64_t& idx(int64_t x) { return ints[x]; }
  int64_t& tmp(int64_t x) { return ints[n + x]; }
  std::vector<int64_t> ints;
};

Status sort_run(Vm& vm, SortState* st, Value* out);

Status finish(Vm& vm, SortState* st, Value* out) {
  ValueVector sorted(static_cast<size_t>(st->n));
  for (int64_t x = 0; x < st->n; ++x) sorted[x] = st->item(st->idx(x));
  auto* list = static_cast<ListObject*>(st->values[0].obj());
  list->items = std::move(sorted);
  *out = st->in_place ? vm.None : st->values[0];
  return Status::Ok;
}

// Takes the answer of "is key[j] < key[i]?" and advances the merge.
void merge_take(SortState* st, bool right_first) {
  if (right_first)
    st->tmp(st->k++) = st->idx(st->j++);
  else
    st->tmp(st->k++) = st->idx(st->i++);
}

Status sort_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  auto* st = static_cast<SortState*>(state);
  if (incoming != Status::Ok) return incoming;
  if (st->phase == 0) {
    st->key(st->p++) = value;
  } else {
    int t;
    Status s = truth_of(vm, value, &t);
    if (s == Status::Call) vm.chain_cont(sort_cont, st);  // back here with a bool
    if (s != Status::Ok) return s;
    merge_take(st, t == 1);
  }
  return sort_run(vm, st, out);
}

// less(key[b], key[a]) honouring reverse; Call when Python decides.
Status compare_keys(Vm& vm, SortState* st, int64_t a, int64_t b, bool* result) {
  Value x = st->key(b), y = st->key(a);
  if (st->reverse) std::swap(x, y);
  if (x.is_small() && y.is_small()) {
    *result = x.small_value() < y.small_value();
    return Status::Ok;
  }
  Value r;
  Status s = op_compare(vm, x, y, CompareOp::Lt, &r);
  if (s == Status::Call) {
    vm.chain_cont(sort_cont, st);
    return s;
  }
  if (s != Status::Ok) return s;
  int t = vm.truthy(r);
  if (t < 0) return Status::Error;
  *result = t == 1;
  return Status::Ok;
}

Status sort_run(Vm& vm, SortState* st, Value* out) {
  // Phase 0: keys.
  if (st->phase == 0) {
    Value key = st->values[1];
    while (st->p < st->n) {
      if (key.is_null() || key == vm.None) {
        st->key(st->p) = st->item(st->p);
        ++st->p;
        continue;
      }
      Request& req = vm.thread->request;
      (void)req;
      Status s = vm.request_call(key, {st->item(st->p)}, sort_cont, st);
      return s;
    }
    st->phase = 1;
    st->width = 1;
    st->lo = 0;
    st->k = -1;  // no merge in progress
  }
  // Phase 1: bottom-up merge passes.
  while (st->width < st->n) {
    while (st->lo < st->n) {
      if (st->k < 0) {  // start merging [lo, mid) and [mid, hi)
        st->mid = std::min(st->lo + st->width, st->n);
        st->hi = std::min(st->lo + 2 * st->width, st->n);
        st->i = st->lo;
        st->j = st->mid;
        st->k = st->lo;
      }
      while (st->i < st->mid && st->j < st->hi) {
        bool right_first;
        Status s = compare_keys(vm, st, st->idx(st->i), st->idx(st->j), &right_first);
        if (s != Status::Ok) return s;
        merge_take(st, right_first);
      }
      while (st->i < st->mid) st->tmp(st->k++) = st->idx(st->i++);
      while (st->j < st->hi) st->tmp(st->k++) = st->idx(st->j++);
      st->lo += 2 * st->width;
      st->k = -1;
    }
    for (int64_t x = 0; x < st->n; ++x) std::swap(st->idx(x), st->tmp(x));
    st->width *= 2;
    st->lo = 0;
  }
  return finish(vm, st, out);
}

}  // namespace

// Sorts [list] (in place: returns None; else returns the list).
Status sort_list(Vm& vm, ListObject* list, Value key, bool reverse, bool in_place, Value* out) {
  auto* st = vm.heap.make<SortState>(vm.t.opaque);
  st->n = static_cast<int64_t>(list->items.size());
  st->reverse = reverse;
  st->in_place = in_place;
  st->values.reserve(2 + 2 * list->items.size());
  st->values.push_back(Value::object(list));
  st->values.push_back(key);
  for (Value v : list->items) st->values.push_back(v);
  st->values.resize(2 + 2 * list->items.size());
  st->ints.resize(2 * list->items.size());
  for (int64_t x = 0; x < st->n; ++x) st->idx(x) = x;
  vm.heap.account(st->values.capacity() * 8 + st->ints.capacity() * 8);
  return sort_run(vm, st, out);
}

}  // namespace interleave::vm
