// collections.deque: a ring buffer of Values (DequeObject in object.h) with
// CPython 3.11's API, error messages and "mutated during iteration" checks.
//
// Every operation that moves items bumps DequeObject::state (the same
// operations that bump it in CPython: not reverse(), not item assignment);
// iterators and the comparing methods (count, index, remove, in, ==) check
// it after each step, so a Python __eq__ that mutates the deque raises
// instead of reading freed slots. Values are compared through Vm::eq, the
// path list.count / list.index / `in` on a list take.
//
// The interpreter knows the kind (Kind::Deque): len(), truth, `in`,
// subscripts, comparisons, +, *, repr and iteration reach the functions at
// the end of this file directly (ops.cpp), and FOR_ITER steps a deque
// iterator inline as it does a list iterator.
#include <algorithm>

#include "vm/arg_checks.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

constexpr int64_t kMinCapacity = 8;

DequeObject* as_deque(Value v) { return static_cast<DequeObject*>(v.obj()); }

// Copies the items into a ring of [cap] slots (a power of two >= size).
void relayout(Vm& vm, DequeObject* d, size_t cap) {
  std::vector<Value> ring(cap);
  for (int64_t i = 0; i < d->size; ++i) ring[i] = d->at(i);
  if (cap > d->ring.size()) vm.heap.account((cap - d->ring.size()) * sizeof(Value));
  d->ring.swap(ring);
  d->head = 0;
}

void grow(Vm& vm, DequeObject* d) {
  relayout(vm, d, d->ring.empty() ? kMinCapacity : d->ring.size() * 2);
}

// After a removal: a ring a quarter full gives half of it back.
void maybe_shrink(Vm& vm, DequeObject* d) {
  size_t cap = d->ring.size();
  if (cap > 64 && static_cast<size_t>(d->size) * 4 <= cap) relayout(vm, d, cap / 2);
}

Value pop_front(Vm& vm, DequeObject* d) {
  Value v = d->at(0);
  d->head = (d->head + 1) & static_cast<int64_t>(d->ring.size() - 1);
  --d->size;
  maybe_shrink(vm, d);
  return v;
}

Value pop_back(Vm& vm, DequeObject* d) {
  Value v = d->at(d->size - 1);
  --d->size;
  maybe_shrink(vm, d);
  return v;
}

// append / appendleft: a bounded deque drops an item from the other end.
void push_back(Vm& vm, DequeObject* d, Value v) {
  ++d->state;
  if (d->maxlen == 0) return;
  if (d->size == d->maxlen) pop_front(vm, d);
  if (d->size == static_cast<int64_t>(d->ring.size())) grow(vm, d);
  d->at(d->size) = v;
  ++d->size;
}

void push_front(Vm& vm, DequeObject* d, Value v) {
  ++d->state;
  if (d->maxlen == 0) return;
  if (d->size == d->maxlen) pop_back(vm, d);
  if (d->size == static_cast<int64_t>(d->ring.size())) grow(vm, d);
  d->head = (d->head - 1) & static_cast<int64_t>(d->ring.size() - 1);
  d->at(0) = v;
  ++d->size;
}

void clear(DequeObject* d) {
  if (d->size == 0) return;
  ++d->state;
  d->size = 0;
  d->head = 0;
  std::vector<Value>().swap(d->ring);
}

std::vector<Value> items_of(DequeObject* d) {
  std::vector<Value> v;
  v.reserve(d->size);
  for (int64_t i = 0; i < d->size; ++i) v.push_back(d->at(i));
  return v;
}

// Moves the items right by [n] (left when negative), as rotate(n) does.
void rotate(DequeObject* d, int64_t n) {
  if (d->size <= 1) return;
  ++d->state;
  n %= d->size;
  if (n < 0) n += d->size;
  if (n == 0) return;
  // Items leave one end and enter the other: move the shorter stretch.
  if (d->size == static_cast<int64_t>(d->ring.size())) {
    d->head = (d->head - n) & static_cast<int64_t>(d->ring.size() - 1);
    return;
  }
  if (n <= d->size / 2) {
    for (int64_t k = 0; k < n; ++k) {
      Value v = d->at(d->size - 1);
      d->head = (d->head - 1) & static_cast<int64_t>(d->ring.size() - 1);
      d->at(0) = v;
    }
  } else {
    for (int64_t k = 0; k < d->size - n; ++k) {
      Value v = d->at(0);
      d->head = (d->head + 1) & static_cast<int64_t>(d->ring.size() - 1);
      d->at(d->size - 1) = v;
    }
  }
}

// Removes item [i] (0 <= i < size), shifting the shorter side.
void erase_at(Vm& vm, DequeObject* d, int64_t i) {
  ++d->state;
  if (i < d->size / 2) {
    for (int64_t k = i; k > 0; --k) d->at(k) = d->at(k - 1);
    d->head = (d->head + 1) & static_cast<int64_t>(d->ring.size() - 1);
  } else {
    for (int64_t k = i; k < d->size - 1; ++k) d->at(k) = d->at(k + 1);
  }
  --d->size;
  maybe_shrink(vm, d);
}

// Inserts [v] before item [i] (0 <= i <= size); the deque is not full.
void insert_at(Vm& vm, DequeObject* d, int64_t i, Value v) {
  ++d->state;
  if (d->size == static_cast<int64_t>(d->ring.size())) grow(vm, d);
  if (i < d->size / 2) {
    d->head = (d->head - 1) & static_cast<int64_t>(d->ring.size() - 1);
    for (int64_t k = 0; k < i; ++k) d->at(k) = d->at(k + 1);
  } else {
    for (int64_t k = d->size; k > i; --k) d->at(k) = d->at(k - 1);
  }
  d->at(i) = v;
  ++d->size;
}

DequeObject* new_deque(Vm& vm, TypeObject* type, int64_t maxlen) {
  auto* d = vm.heap.make<DequeObject>(type);
  d->maxlen = maxlen;
  return d;
}

DequeObject* copy_of(Vm& vm, DequeObject* src) {
  DequeObject* d = new_deque(vm, vm.t.deque, src->maxlen);
  if (src->size) {
    size_t cap = kMinCapacity;
    while (cap < static_cast<size_t>(src->size)) cap *= 2;
    d->ring.resize(cap);
    for (int64_t i = 0; i < src->size; ++i) d->ring[i] = src->at(i);
    d->size = src->size;
    vm.heap.account(cap * sizeof(Value));
  }
  return d;
}

Status raise_mutated(Vm& vm, TypeObject* type = nullptr) {
  return vm.raise(type ? type : vm.t.RuntimeError_, "deque mutated during iteration");
}

// The type's name without its module, as CPython's _PyType_Name gives it.
std::string short_type_name(const TypeObject* type) {
  const std::string& n = type->name->text;
  size_t dot = n.rfind('.');
  return dot == std::string::npos ? n : n.substr(dot + 1);
}

// --- argument checks with CPython's messages --------------------------------

bool no_keywords(Vm& vm, Args args, const char* name) {
  if (!args.nkw()) return true;
  vm.raise(vm.t.TypeError_, std::string("deque.") + name + "() takes no keyword arguments");
  return false;
}

bool no_args(Vm& vm, Args args, const char* name) {
  if (!no_keywords(vm, args, name)) return false;
  if (args.n == 0) return true;
  vm.raise(vm.t.TypeError_, std::string("deque.") + name + "() takes no arguments (" + std::to_string(args.n) + " given)");
  return false;
}

bool one_arg(Vm& vm, Args args, const char* name) {
  if (!no_keywords(vm, args, name)) return false;
  if (args.n == 1) return true;
  vm.raise(vm.t.TypeError_, std::string("deque.") + name + "() takes exactly one argument (" + std::to_string(args.n) +
                                " given)");
  return false;
}

// maxlen: None or a non-negative int.
bool parse_maxlen(Vm& vm, Value v, int64_t* out) {
  if (v.is_null() || v == vm.None) {
    *out = -1;
    return true;
  }
  if (!vm.is_int(v)) {
    vm.raise(vm.t.TypeError_, "an integer is required");
    return false;
  }
  *out = vm.int_of(v);
  if (*out < 0) {
    vm.raise(vm.t.ValueError_, "maxlen must be non-negative");
    return false;
  }
  return true;
}

// deque(iterable=(), maxlen=None) and deque.__init__: the two arguments.
bool parse_init_args(Vm& vm, Args args, Value* iterable, int64_t* maxlen) {
  Value a[2];
  int total = args.n + args.nkw();
  if (total > 2) {
    vm.raise(vm.t.TypeError_, "deque() takes at most 2 arguments (" + std::to_string(total) + " given)");
    return false;
  }
  for (int i = 0; i < args.n; ++i) a[i] = args[i];
  for (int k = 0; k < args.nkw(); ++k) {
    const std::string& kw = vm.as_str(args.kwnames->items[k])->text;
    int slot = kw == "iterable" ? 0 : kw == "maxlen" ? 1 : -1;
    if (slot < 0) {
      vm.raise(vm.t.TypeError_, "'" + kw + "' is an invalid keyword argument for deque()");
      return false;
    }
    if (slot < args.n) {
      vm.raise(vm.t.TypeError_, "argument for deque() given by name ('" + kw + "') and position (" +
                                    std::to_string(slot + 1) + ")");
      return false;
    }
    a[slot] = args.v[args.n + k];
  }
  *iterable = a[0];
  return parse_maxlen(vm, a[1], maxlen);
}

// --- extend ------------------------------------------------------------------

// for_each state: values = [iterator, deque, result]; a = 1 for extendleft.
Status extend_item(Vm& vm, OpaqueObject* st, Value item, Value*, bool*) {
  DequeObject* d = as_deque(st->values[1]);
  if (st->a) push_front(vm, d, item);
  else push_back(vm, d, item);
  return Status::Ok;
}

Status consume_item(Vm&, OpaqueObject*, Value, Value*, bool*) { return Status::Ok; }

Status extend_done(Vm&, OpaqueObject* st, Value* out) {
  *out = st->values[2];
  return Status::Ok;
}

// The items of a built-in list, tuple or deque, without running Python code.
bool plain_items(Value v, std::vector<Value>* out) {
  if (!v.is_object() || v.obj()->type->is_heap_type) return false;
  switch (v.obj()->kind) {
    case Kind::List: out->assign(static_cast<ListObject*>(v.obj())->items.begin(), static_cast<ListObject*>(v.obj())->items.end()); return true;
    case Kind::Tuple: out->assign(static_cast<TupleObject*>(v.obj())->items.begin(), static_cast<TupleObject*>(v.obj())->items.end()); return true;
    case Kind::Deque: *out = items_of(as_deque(v)); return true;
    default: return false;
  }
}

// Appends (prepends with [left]) every item of [iterable]; *out = [result].
// A generator or a Python __next__ feeding it runs as frames (Vm::for_each).
Status extend(Vm& vm, DequeObject* d, Value iterable, bool left, Value result, Value* out) {
  std::vector<Value> items;
  if (plain_items(iterable, &items)) {
    if (d->maxlen != 0)
      for (Value v : items) left ? push_front(vm, d, v) : push_back(vm, d, v);
    *out = result;
    return Status::Ok;
  }
  OpaqueObject* st = vm.new_opaque();
  st->values = {Value(), Value::object(d), result};
  st->a = left;
  // A deque that can hold nothing still consumes the iterator, untouched.
  return vm.for_each(iterable, st, d->maxlen == 0 ? consume_item : extend_item, extend_done, out);
}

// extend() where no Python frame can be pushed (operators): synchronous.
bool extend_sync(Vm& vm, DequeObject* d, Value iterable) {
  std::vector<Value> items;
  if (!plain_items(iterable, &items) && !vm.collect_items(iterable, &items)) return false;
  if (d->maxlen != 0)
    for (Value v : items) push_back(vm, d, v);
  return true;
}

// d *= n
Status repeat_in_place(Vm& vm, DequeObject* d, int64_t n) {
  if (n <= 0) {
    clear(d);
    return Status::Ok;
  }
  if (n == 1 || d->size == 0) return Status::Ok;
  int64_t size = d->size;
  int64_t total;
  if (__builtin_mul_overflow(size, n, &total)) total = INT64_MAX;
  int64_t keep = d->maxlen >= 0 ? std::min(total, d->maxlen) : total;
  if (d->maxlen < 0 && n > (int64_t{1} << 28) / size) return vm.raise(vm.t.MemoryError_, "");
  if (!fits_heap(vm, static_cast<uint64_t>(keep) * sizeof(Value))) return Status::Error;
  // The result is the last [keep] items of the full repetition.
  std::vector<Value> src = items_of(d);
  int64_t first = static_cast<int64_t>((static_cast<__int128>(size) * n - keep) % size);
  std::vector<Value> items;
  items.reserve(keep);
  for (int64_t k = 0; k < keep; ++k) items.push_back(src[(first + k) % size]);
  size_t cap = kMinCapacity;
  while (cap < items.size()) cap *= 2;
  vm.heap.account(cap * sizeof(Value));
  d->ring.assign(cap, Value());
  std::copy(items.begin(), items.end(), d->ring.begin());
  d->head = 0;
  d->size = keep;
  ++d->state;
  return Status::Ok;
}

// --- copy ----------------------------------------------------------------------

// A subclass is copied by calling it: type(d)(d) or type(d)(d, maxlen).
std::vector<Value> subclass_copy_args(Vm& vm, Value self) {
  DequeObject* d = as_deque(self);
  if (d->maxlen < 0) return {self};
  return {self, vm.make_int(d->maxlen)};
}

Status check_copy(Vm& vm, TypeObject* type, Value result) {
  if (result.is_object() && result.obj()->kind == Kind::Deque) return Status::Ok;
  return vm.raise(vm.t.TypeError_, type->name->text + "() must return a deque, not " + vm.type_name(result));
}

Status copy_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  if (check_copy(vm, static_cast<TypeObject*>(state), value) != Status::Ok) return Status::Error;
  *out = value;
  return Status::Ok;
}

Status deque_copy(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args, "copy")) return Status::Error;
  TypeObject* type = self.obj()->type;
  if (type == vm.t.deque) {
    *out = Value::object(copy_of(vm, as_deque(self)));
    return Status::Ok;
  }
  return vm.request_call(Value::object(type), subclass_copy_args(vm, self), copy_cont, type);
}

// The same, where no frame can be pushed (the + and * operators).
Value copy_sync(Vm& vm, Value self) {
  TypeObject* type = self.obj()->type;
  if (type == vm.t.deque) return Value::object(copy_of(vm, as_deque(self)));
  Value r = vm.call_sync(Value::object(type), subclass_copy_args(vm, self));
  if (r.is_null() || check_copy(vm, type, r) != Status::Ok) return Value();
  return r;
}

// --- searching -------------------------------------------------------------------

int64_t clamp_index(int64_t i, int64_t size) {
  if (i < 0) {
    i += size;
    if (i < 0) i = 0;
  }
  return i;
}

// --- iterators -------------------------------------------------------------------

// IteratorObject slots: source = the deque, index = items already
// produced, limit = the deque's state when the iterator was made.
Status iter_next(Vm& vm, IteratorObject* it, Value* out) {
  DequeObject* d = as_deque(it->source);
  if (d->state != static_cast<uint64_t>(it->limit)) return raise_mutated(vm);
  if (it->index >= d->size) {
    *out = Value();
    return Status::Ok;
  }
  *out = d->at(it->index++);
  return Status::Ok;
}

Status reverse_iter_next(Vm& vm, IteratorObject* it, Value* out) {
  DequeObject* d = as_deque(it->source);
  if (d->state != static_cast<uint64_t>(it->limit)) return raise_mutated(vm);
  if (it->index >= d->size) {
    *out = Value();
    return Status::Ok;
  }
  *out = d->at(d->size - 1 - it->index++);
  return Status::Ok;
}

IteratorObject* make_iterator(Vm& vm, Value self, bool reverse) {
  IteratorObject* it = vm.new_iterator(reverse ? reverse_iter_next : iter_next, self);
  it->type = reverse ? vm.t.deque_reverse_iterator : vm.t.deque_iterator;
  it->limit = static_cast<int64_t>(as_deque(self)->state);
  return it;
}

}  // namespace

// ---------------------------------------------------------------------------
// Entry points for ops.cpp, iterators.cpp and attrs.cpp
// ---------------------------------------------------------------------------

// del d[i] without the index checks, for seq_search.cpp.
void deque_erase_at(Vm& vm, DequeObject* d, int64_t i) { erase_at(vm, d, i); }

// d.append(v), for natives (asyncio's ready queue).
void deque_push_back(Vm& vm, DequeObject* d, Value v) { push_back(vm, d, v); }

Status deque_iter(Vm& vm, Value self, Value* out) {
  *out = Value::object(make_iterator(vm, self, false));
  return Status::Ok;
}

Status deque_reversed(Vm& vm, Value self, Value* out) {
  *out = Value::object(make_iterator(vm, self, true));
  return Status::Ok;
}

// d[i]: an int index (negative counts from the end); slices are a TypeError.
static bool item_index(Vm& vm, Value self, Value key, int64_t* i) {
  if (!vm.is_int(key)) {
    vm.raise(vm.t.TypeError_, std::string("sequence index must be integer, not '") + vm.type_name(key) + "'");
    return false;
  }
  int64_t size = as_deque(self)->size;
  *i = vm.int_of(key);
  if (*i < 0) *i += size;
  if (*i < 0 || *i >= size) {
    vm.raise(vm.t.IndexError_, "deque index out of range");
    return false;
  }
  return true;
}

Status deque_getitem(Vm& vm, Value self, Value key, Value* out) {
  int64_t i;
  if (!item_index(vm, self, key, &i)) return Status::Error;
  *out = as_deque(self)->at(i);
  return Status::Ok;
}

Status deque_setitem(Vm& vm, Value self, Value key, Value value) {
  int64_t i;
  if (!item_index(vm, self, key, &i)) return Status::Error;
  as_deque(self)->at(i) = value;
  return Status::Ok;
}

Status deque_delitem(Vm& vm, Value self, Value key) {
  int64_t i;
  if (!item_index(vm, self, key, &i)) return Status::Error;
  erase_at(vm, as_deque(self), i);
  return Status::Ok;
}

// +, * and their in-place forms with a deque operand. Status::Call means
// "no built-in meaning" (the caller tries the other operand's dunders).
Status deque_binary(Vm& vm, Value a, Value b, int op, bool inplace, Value* out) {
  bool da = a.is_object() && a.obj()->kind == Kind::Deque;
  bool db = b.is_object() && b.obj()->kind == Kind::Deque;
  bool b_user = b.is_object() && b.obj()->type->is_heap_type;
  auto bop = static_cast<BinaryOp>(op);
  if (bop == BinaryOp::Add && da) {
    if (inplace) {
      if (!extend_sync(vm, as_deque(a), b)) return Status::Error;
      *out = a;
      return Status::Ok;
    }
    if (!db) {
      if (b_user) return Status::Call;
      return vm.raise(vm.t.TypeError_, std::string("can only concatenate deque (not \"") + vm.type_name(b) +
                                           "\") to deque");
    }
    std::vector<Value> items = items_of(as_deque(b));  // before the copy runs any Python code
    Value r = copy_sync(vm, a);
    if (r.is_null()) return Status::Error;
    DequeObject* d = as_deque(r);
    if (d->maxlen != 0)
      for (Value v : items) push_back(vm, d, v);
    *out = r;
    return Status::Ok;
  }
  if (bop == BinaryOp::Mul && (da || db)) {
    Value seq = da ? a : b;
    Value count = da ? b : a;
    if (!vm.is_int(count)) {
      if (count.is_object() && count.obj()->type->is_heap_type) return Status::Call;
      // list * deque: the list's own message names the deque.
      if (!da && count.is_object()) {
        Kind k = count.obj()->kind;
        if (k == Kind::List || k == Kind::Tuple || k == Kind::Str || k == Kind::Bytes) return Status::Call;
      }
      return vm.raise(vm.t.TypeError_, std::string("can't multiply sequence by non-int of type '") +
                                           vm.type_name(count) + "'");
    }
    int64_t n = vm.int_of(count);
    if (inplace && da) {
      if (repeat_in_place(vm, as_deque(a), n) != Status::Ok) return Status::Error;
      *out = a;
      return Status::Ok;
    }
    Value r = copy_sync(vm, seq);
    if (r.is_null()) return Status::Error;
    if (repeat_in_place(vm, as_deque(r), n) != Status::Ok) return Status::Error;
    *out = r;
    return Status::Ok;
  }
  return Status::Call;
}

// repr(d): deque([1, 2]) or deque([1], maxlen=3); a deque inside itself is [...].
bool deque_repr_append(Vm& vm, std::string& out, Value self) {
  Object* o = self.obj();
  if (o->marked) {  // being printed (the GC flag is free outside collections)
    out += "[...]";
    return true;
  }
  DequeObject* d = as_deque(self);
  std::vector<Value> items = items_of(d);  // item reprs may change the deque
  o->marked = true;
  out += short_type_name(o->type) + "([";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    if (!vm.repr_append(out, items[i])) {
      o->marked = false;
      return false;
    }
  }
  o->marked = false;
  out += ']';
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ')';
  return true;
}

// d.maxlen (read-only), and a subclass instance's __dict__.
Value deque_special_attr(Vm& vm, Value self, const std::string& name) {
  DequeObject* d = as_deque(self);
  if (name == "maxlen") return d->maxlen < 0 ? vm.None : vm.make_int(d->maxlen);
  if (name == "__dict__" && d->type->is_heap_type) {
    if (!d->attrs) d->attrs = vm.new_dict();
    return Value::object(d->attrs);
  }
  return Value();
}

bool deque_set_special_attr(Vm& vm, Value self, const std::string& name, Status* st) {
  if (name != "maxlen") return false;
  *st = vm.raise(vm.t.AttributeError_, "attribute 'maxlen' of 'collections.deque' objects is not writable");
  return true;
}

// ---------------------------------------------------------------------------
// The type and its methods
// ---------------------------------------------------------------------------

namespace {

Status deque_new(Vm& vm, Value, Args args, Value* out) {
  Value iterable;
  int64_t maxlen;
  if (!parse_init_args(vm, args, &iterable, &maxlen)) return Status::Error;
  DequeObject* d = new_deque(vm, vm.t.deque, maxlen);
  if (iterable.is_null()) {
    *out = Value::object(d);
    return Status::Ok;
  }
  return extend(vm, d, iterable, false, Value::object(d), out);
}

Status deque_init(Vm& vm, Value self, Args args, Value* out) {
  Value iterable;
  int64_t maxlen;
  if (!parse_init_args(vm, args, &iterable, &maxlen)) return Status::Error;
  DequeObject* d = as_deque(self);
  d->maxlen = maxlen;
  clear(d);
  if (iterable.is_null()) {
    *out = vm.None;
    return Status::Ok;
  }
  return extend(vm, d, iterable, false, vm.None, out);
}

Status deque_append(Vm& vm, Value self, Args args, Value* out) {
  if ((args.n != 1 || args.kwnames) && !one_arg(vm, args, "append")) return Status::Error;
  push_back(vm, as_deque(self), args[0]);
  *out = vm.None;
  return Status::Ok;
}

Status deque_appendleft(Vm& vm, Value self, Args args, Value* out) {
  if ((args.n != 1 || args.kwnames) && !one_arg(vm, args, "appendleft")) return Status::Error;
  push_front(vm, as_deque(self), args[0]);
  *out = vm.None;
  return Status::Ok;
}

Status deque_pop(Vm& vm, Value self, Args args, Value* out) {
  if ((args.n || args.kwnames) && !no_args(vm, args, "pop")) return Status::Error;
  DequeObject* d = as_deque(self);
  if (d->size == 0) return vm.raise(vm.t.IndexError_, "pop from an empty deque");
  ++d->state;
  *out = pop_back(vm, d);
  return Status::Ok;
}

Status deque_popleft(Vm& vm, Value self, Args args, Value* out) {
  if ((args.n || args.kwnames) && !no_args(vm, args, "popleft")) return Status::Error;
  DequeObject* d = as_deque(self);
  if (d->size == 0) return vm.raise(vm.t.IndexError_, "pop from an empty deque");
  ++d->state;
  *out = pop_front(vm, d);
  return Status::Ok;
}

Status deque_extend(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args, "extend")) return Status::Error;
  return extend(vm, as_deque(self), args[0], false, vm.None, out);
}

Status deque_extendleft(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args, "extendleft")) return Status::Error;
  return extend(vm, as_deque(self), args[0], true, vm.None, out);
}

Status deque_rotate(Vm& vm, Value self, Args args, Value* out) {
  if (!no_keywords(vm, args, "rotate")) return Status::Error;
  if (args.n > 1)
    return vm.raise(vm.t.TypeError_, "deque.rotate expected at most 1 argument, got " + std::to_string(args.n));
  int64_t n = 1;
  if (args.n && !int_arg(vm, args[0], &n)) return Status::Error;
  rotate(as_deque(self), n);
  *out = vm.None;
  return Status::Ok;
}

Status deque_clear(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args, "clear")) return Status::Error;
  clear(as_deque(self));
  *out = vm.None;
  return Status::Ok;
}

Status deque_reverse(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args, "reverse")) return Status::Error;
  DequeObject* d = as_deque(self);
  for (int64_t i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(d->at(i), d->at(j));
  *out = vm.None;
  return Status::Ok;
}

Status deque_count(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args, "count")) return Status::Error;
  return seq_scan(vm, self, args[0], SeqScan::Count, 0, INT64_MAX, out);
}

Status deque_index(Vm& vm, Value self, Args args, Value* out) {
  if (!no_keywords(vm, args, "index")) return Status::Error;
  if (args.n < 1)
    return vm.raise(vm.t.TypeError_, "index() takes at least 1 argument (" + std::to_string(args.n) + " given)");
  if (args.n > 3)
    return vm.raise(vm.t.TypeError_, "index() takes at most 3 arguments (" + std::to_string(args.n) + " given)");
  DequeObject* d = as_deque(self);
  int64_t start = 0, stop = d->size;
  for (int k = 1; k < args.n; ++k) {
    Value ix;
    int r = vm.index_of(args[k], &ix);
    if (r == 0) return vm.raise(vm.t.TypeError_, "slice indices must be integers or have an __index__ method");
    if (r < 0) return Status::Error;
    (k == 1 ? start : stop) = vm.int_of(ix);
  }
  start = clamp_index(start, d->size);
  stop = std::min(clamp_index(stop, d->size), d->size);
  return seq_scan(vm, self, args[0], SeqScan::Index, start, stop, out);
}

Status deque_insert(Vm& vm, Value self, Args args, Value* out) {
  if (!no_keywords(vm, args, "insert")) return Status::Error;
  if (args.n != 2)
    return vm.raise(vm.t.TypeError_, "insert() takes exactly 2 arguments (" + std::to_string(args.n) + " given)");
  int64_t i;
  if (!int_arg(vm, args[0], &i)) return Status::Error;
  DequeObject* d = as_deque(self);
  if (d->size == d->maxlen) return vm.raise(vm.t.IndexError_, "deque already at its maximum size");
  if (i < 0) i = std::max<int64_t>(0, i + d->size);
  if (i > d->size) i = d->size;
  insert_at(vm, d, i, args[1]);
  *out = vm.None;
  return Status::Ok;
}

Status deque_remove(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args, "remove")) return Status::Error;
  return seq_scan(vm, self, args[0], SeqScan::Remove, 0, INT64_MAX, out);
}

Status deque_len_method(Vm& vm, Value self, Args, Value* out) {
  *out = vm.make_int(as_deque(self)->size);
  return Status::Ok;
}

Status deque_iter_method(Vm& vm, Value self, Args, Value* out) { return deque_iter(vm, self, out); }
Status deque_reversed_method(Vm& vm, Value self, Args, Value* out) { return deque_reversed(vm, self, out); }

Status deque_contains_method(Vm& vm, Value self, Args args, Value* out) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "expected 1 argument, got " + std::to_string(args.n));
  return seq_scan(vm, self, args[0], SeqScan::Contains, 0, INT64_MAX, out);
}

Status deque_getitem_method(Vm& vm, Value self, Args args, Value* out) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "expected 1 argument, got " + std::to_string(args.n));
  return deque_getitem(vm, self, args[0], out);
}

Status deque_setitem_method(Vm& vm, Value self, Args args, Value* out) {
  if (args.n != 2) return vm.raise(vm.t.TypeError_, "expected 2 arguments, got " + std::to_string(args.n));
  if (deque_setitem(vm, self, args[0], args[1]) != Status::Ok) return Status::Error;
  *out = vm.None;
  return Status::Ok;
}

Status deque_delitem_method(Vm& vm, Value self, Args args, Value* out) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "expected 1 argument, got " + std::to_string(args.n));
  if (deque_delitem(vm, self, args[0]) != Status::Ok) return Status::Error;
  *out = vm.None;
  return Status::Ok;
}

Status deque_repr_method(Vm& vm, Value self, Args, Value* out) {
  std::string s;
  if (!deque_repr_append(vm, s, self)) return Status::Error;
  *out = vm.make_str(std::move(s));
  return Status::Ok;
}

Status deque_iadd_method(Vm& vm, Value self, Args args, Value* out) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "expected 1 argument, got " + std::to_string(args.n));
  return extend(vm, as_deque(self), args[0], false, self, out);
}

Status length_hint(Vm& vm, Value self, Args, Value* out) {
  auto* it = static_cast<IteratorObject*>(self.obj());
  DequeObject* d = as_deque(it->source);
  int64_t left = d->state == static_cast<uint64_t>(it->limit) ? std::max<int64_t>(0, d->size - it->index) : 0;
  *out = vm.make_int(left);
  return Status::Ok;
}

Status iter_self(Vm&, Value self, Args, Value* out) {
  *out = self;
  return Status::Ok;
}

Status iter_next_method(Vm& vm, Value self, Args, Value* out) {
  Status s = op_next(vm, self, out);
  if (s == Status::Ok && out->is_null()) return vm.raise(vm.t.StopIteration_, "");
  return s;
}

TypeObject* make_type(Vm& vm, const char* module, const char* name, Kind kind) {
  std::string full = std::string(module) + "." + name;
  TypeObject* t = vm.new_type(full.c_str(), vm.t.object, Layout::Builtin, kind);
  t->qualname = vm.intern(name);
  t->module_name = module;
  return t;
}

}  // namespace

// The types exist in every Vm (the interpreter checks them); the module
// _collections hands deque to collections.
void init_deque(Vm& vm) {
  // The full name (tp_name) is what messages print: 'collections.deque'.
  TypeObject* D = vm.t.deque = make_type(vm, "collections", "deque", Kind::Deque);
  vm.t.deque_iterator = make_type(vm, "_collections", "_deque_iterator", Kind::Iterator);
  vm.t.deque_reverse_iterator = make_type(vm, "_collections", "_deque_reverse_iterator", Kind::Iterator);
  D->constructor = deque_new;
  vm.add_method(D, "__init__", deque_init);
  vm.add_method(D, "append", deque_append);
  vm.add_method(D, "appendleft", deque_appendleft);
  vm.add_method(D, "pop", deque_pop);
  vm.add_method(D, "popleft", deque_popleft);
  vm.add_method(D, "extend", deque_extend);
  vm.add_method(D, "extendleft", deque_extendleft);
  vm.add_method(D, "rotate", deque_rotate);
  vm.add_method(D, "clear", deque_clear);
  vm.add_method(D, "copy", deque_copy);
  vm.add_method(D, "__copy__", [](Vm& vm, Value self, Args args, Value* out) {
    if (!no_args(vm, args, "__copy__")) return Status::Error;
    return deque_copy(vm, self, args, out);
  });
  vm.add_method(D, "count", deque_count);
  vm.add_method(D, "index", deque_index);
  vm.add_method(D, "insert", deque_insert);
  vm.add_method(D, "remove", deque_remove);
  vm.add_method(D, "reverse", deque_reverse);
  vm.add_method(D, "__len__", deque_len_method);
  vm.add_method(D, "__iter__", deque_iter_method);
  vm.add_method(D, "__reversed__", deque_reversed_method);
  vm.add_method(D, "__contains__", deque_contains_method);
  vm.add_method(D, "__getitem__", deque_getitem_method);
  vm.add_method(D, "__setitem__", deque_setitem_method);
  vm.add_method(D, "__delitem__", deque_delitem_method);
  vm.add_method(D, "__repr__", deque_repr_method);
  vm.add_method(D, "__iadd__", deque_iadd_method);
  vm.add_attr(D->dict, "__hash__", vm.None);
  for (TypeObject* t : {vm.t.deque_iterator, vm.t.deque_reverse_iterator}) {
    vm.add_method(t, "__iter__", iter_self);
    vm.add_method(t, "__next__", iter_next_method);
    vm.add_method(t, "__length_hint__", length_hint);
  }
}

namespace {

// _count_elements(mapping, iterable): Counter.update's loop, as CPython's C
// helper. When the mapping's get and __setitem__ are dict's, each element
// is hashed once and looked up and stored with that hash; otherwise
// mapping.get(elem, 0) + 1 is stored with mapping[elem] = .... Each element
// is a step of Vm::for_each (a Python __hash__, __eq__ or __add__ a frame).
// values = [iterator, mapping]; b: the dict fast path.
Status count_item(Vm& vm, OpaqueObject* st, Value elem, Value*, bool*) {
  Value mapping = st->values[1];
  Value one = Value::small(1);
  if (st->b) {
    auto* d = static_cast<DictObject*>(mapping.obj());
    int64_t h;
    if (!vm.hash(elem, &h)) return Status::Error;
    bool err = false;
    Value old = vm.dict_get_hashed(d, elem, h, &err);
    if (err) return Status::Error;
    Value nv = old.is_null() ? one : vm.binary_op(old, one, BinaryOp::Add);
    if (nv.is_null()) return Status::Error;
    return vm.dict_set_hashed(d, elem, h, nv) ? Status::Ok : Status::Error;
  }
  Value get = vm.get_attr(mapping, vm.intern("get"));
  if (get.is_null()) return Status::Error;
  Value old = vm.call_sync(get, {elem, Value::small(0)});
  if (old.is_null()) return Status::Error;
  Value nv = vm.binary_op(old, one, BinaryOp::Add);
  if (nv.is_null()) return Status::Error;
  return vm.set_item(mapping, elem, nv);
}

Status count_elements(Vm& vm, Value, Args args, Value* out) {
  if (args.n != 2 || args.nkw())
    return vm.raise(vm.t.TypeError_, "_count_elements expected 2 arguments, got " + std::to_string(args.n));
  Value mapping = args[0];
  TypeObject* type = vm.type_of(mapping);
  OpaqueObject* st = vm.new_opaque();
  st->values = {Value(), mapping};
  auto dicts = [&](const char* name) {
    StrObject* n = vm.intern(name);
    return vm.lookup_type(type, n) == vm.lookup_type(vm.t.dict, n);
  };
  st->b = mapping.is_object() && mapping.obj()->kind == Kind::Dict && dicts("get") && dicts("__setitem__");
  return vm.for_each(args[1], st, count_item, [](Vm& vm, OpaqueObject*, Value* out) {
    *out = vm.None;
    return Status::Ok;
  }, out);
}

}  // namespace

void init_collections_native_module(Vm& vm, ModuleObject* m) {
  vm.add_attr(m->dict, "deque", Value::object(vm.t.deque));
  vm.add_attr(m->dict, "_count_elements", Value::object(vm.new_native("_count_elements", count_elements)));
  // _caller_module(): the __name__ of the module whose code called into
  // collections (namedtuple's __module__, as sys._getframe(1) gives CPython).
  vm.add_attr(m->dict, "_caller_module", Value::object(vm.new_native("_caller_module", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_str("__main__");
    for (Frame* f = vm.thread->top; f; f = f->back) {
      if (!f->code || !f->globals || f->code->filename->text == "<frozen collections>") continue;
      Value name = vm.dict_get_str(f->globals, vm.n.__name__);
      if (!name.is_null()) *out = name;
      break;
    }
    return Status::Ok;
  })));
}

}  // namespace interleave::vm
