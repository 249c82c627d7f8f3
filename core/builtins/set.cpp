// set and frozenset: the operators, the comparisons and the methods (the
// table itself is in dict.cpp, the constructors in consumers.cpp).
//
// Every operation that may run Python code (a key's __hash__ or __eq__) is
// a *job*: one or more walks over keys, each key a step of Vm::for_each,
// so each step runs under a replay run of its own and a Python dunder is a
// frame the scheduler can preempt (or that may block on a lock), however
// many keys there are. The walks follow setobject.c: which operand is
// walked, which is probed, and whether a key's hash is the one stored in
// its set (no second __hash__ call) or asked for, so a printing __hash__ or
// __eq__ shows the calls CPython makes, in its order.
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

SetObject* Sx(Value v) { return static_cast<SetObject*>(v.obj()); }

bool is_any_set(Value v) {
  return v.is_object() && (v.obj()->kind == Kind::Set || v.obj()->kind == Kind::FrozenSet);
}

// set or frozenset itself, not a subclass (PyAnySet_CheckExact).
bool is_exact_set(Vm& vm, Value v) {
  return v.is_object() && (v.obj()->type == vm.t.set || v.obj()->type == vm.t.frozenset);
}

bool is_exact_dict(Vm& vm, Value v) { return v.is_object() && v.obj()->type == vm.t.dict; }

// A new empty set of [like]'s base kind (make_new_set_basetype).
SetObject* new_like(Vm& vm, Value like) { return vm.new_set(like.obj()->kind == Kind::FrozenSet); }

SetObject* copy_of(Vm& vm, Value so) {
  SetObject* r = new_like(vm, so);
  vm.set_merge(r, Sx(so));
  return r;
}

void clear_set(SetObject* s) {
  s->table.assign(8, SetObject::Entry{0, Value(), false});
  s->used = s->fill = 0;
}

// What a step does with its key k.
enum class Act : uint8_t {
  Add,           // target.add(k)
  AddIfIn,       // target.add(k) when k is in probe
  AddIfOut,      // target.add(k) when k is not in probe
  AddIfNotKey,   // target.add(k) when k is not a key of the dict probe
  Discard,       // target.discard(k)
  Toggle,        // target.discard(k), or target.add(k) when it was absent
  AllIn,         // stop with [stop_result] at the first k not in probe
  NoneIn,        // stop with [stop_result] at the first k in probe
  // The same with any container as the probe (`k in probe`: a dict view,
  // or a set whose membership is asked again): k is not hashed first.
  AddIfInAny,
  AllInAny,
  NoneInAny,
};

// The slots of a job's values (values[0] is Vm::for_each's).
enum Slot : size_t {
  kIter,
  kTarget,  // the set a walk changes (the result being built)
  kProbe,   // the set (or dict) a walk looks keys up in
  kSelf,    // the method's set
  kArgs,    // the method's arguments (a tuple)
  kAcc,     // the result so far of a method with *others
  kSaved,   // a set a sub-operation works on
  kSlots
};

struct SetJob;
using Then = Status (*)(Vm& vm, SetJob* job, Value* out);

struct SetJob : OpaqueObject {
  Act act = Act::Add;
  bool hashed = false;          // the walk's keys come with their stored hashes
  std::vector<int64_t> hashes;  // ...these, in the walk's order
  size_t next = 0;              // the key the next step takes
  Then then = nullptr;          // what follows the walk
  Then after = nullptr;         // what follows a sub-operation of two walks
  Act second_act = Act::Add;    // ...and its second walk's act (walk_built)
  Value stop_result;            // AllIn / NoneIn
  Value done_result;
  int64_t arg = 0;              // the argument a method with *others is at
  const struct Each* each = nullptr;  // a method with *others
  explicit SetJob(TypeObject* t) : OpaqueObject(t) { values.resize(kSlots); }
  void trace(Tracer& tr) override {
    OpaqueObject::trace(tr);
    tr.visit(stop_result);
    tr.visit(done_result);
  }
  size_t footprint() const override { return OpaqueObject::footprint() + hashes.capacity() * 8; }
};

SetJob* new_job(Vm& vm) { return vm.heap.make<SetJob>(vm.t.opaque); }

SetObject* slot_set(SetJob* job, Slot s) { return Sx(job->values[s]); }

Status step(Vm& vm, OpaqueObject* o, Value key, Value* out, bool* stop) {
  auto* job = static_cast<SetJob*>(o);
  Status s = Status::Ok;
  if (job->act >= Act::AddIfInAny) {
    int c = vm.contains(job->values[kProbe], key);
    if (c < 0) return Status::Error;
    if (job->act == Act::AddIfInAny) {
      if (c == 1 && vm.set_add(slot_set(job, kTarget), key) < 0) return Status::Error;
    } else if ((c == 1) != (job->act == Act::AllInAny)) {
      *out = job->stop_result;
      *stop = true;
    }
    ++job->next;
    return s;
  }
  int64_t h;
  if (job->hashed) {
    h = job->hashes[job->next];
  } else if (!vm.hash(key, &h)) {
    return Status::Error;
  }
  auto add = [&] { return vm.set_add_hashed(slot_set(job, kTarget), key, h) < 0 ? Status::Error : Status::Ok; };
  switch (job->act) {
    case Act::Add:
      s = add();
      break;
    case Act::AddIfIn:
    case Act::AddIfOut: {
      int c = vm.set_contains_hashed(slot_set(job, kProbe), key, h);
      if (c < 0) return Status::Error;
      if ((c == 1) == (job->act == Act::AddIfIn)) s = add();
      break;
    }
    case Act::AddIfNotKey: {
      bool err = false;
      Value v = vm.dict_get_hashed(static_cast<DictObject*>(job->values[kProbe].obj()), key, h, &err);
      if (err) return Status::Error;
      if (v.is_null()) s = add();
      break;
    }
    case Act::Discard:
      if (vm.set_discard_hashed(slot_set(job, kTarget), key, h) < 0) return Status::Error;
      break;
    case Act::Toggle: {
      int r = vm.set_discard_hashed(slot_set(job, kTarget), key, h);
      if (r < 0) return Status::Error;
      if (r == 0) s = add();
      break;
    }
    case Act::AllIn:
    case Act::NoneIn: {
      int c = vm.set_contains_hashed(slot_set(job, kProbe), key, h);
      if (c < 0) return Status::Error;
      if ((c == 1) != (job->act == Act::AllIn)) {
        *out = job->stop_result;
        *stop = true;
      }
      break;
    }
    default:
      break;
  }
  if (s == Status::Ok) ++job->next;
  return s;
}

Status walk_done(Vm& vm, OpaqueObject* o, Value* out) {
  auto* job = static_cast<SetJob*>(o);
  return job->then(vm, job, out);
}

// Walks [source] with [act], then [then]. A set's keys (unless not
// [set_table]: isdisjoint takes only an exact set's table) and, when
// [dict_hashes], a plain dict's are taken from a snapshot with their stored
// hashes; any other iterable's items are hashed as they come.
Status walk(Vm& vm, SetJob* job, Value source, Act act, Then then, Value* out, bool dict_hashes = false,
            bool set_table = true) {
  job->act = act;
  job->then = then;
  job->next = 0;
  job->hashes.clear();
  job->hashed = false;
  job->values[kIter] = Value();
  Value items = source;
  const bool table = set_table && is_any_set(source);
  if (table || (dict_hashes && is_exact_dict(vm, source))) {
    TupleObject* keys = vm.new_tuple(0);
    if (table) {
      for (auto& e : Sx(source)->table) {
        if (e.key.is_null()) continue;
        keys->items.push_back(e.key);
        job->hashes.push_back(e.hash);
      }
    } else {
      for (auto& e : static_cast<DictObject*>(source.obj())->entries) {
        if (e.key.is_null()) continue;
        keys->items.push_back(e.key);
        job->hashes.push_back(e.hash);
      }
    }
    job->hashed = true;
    vm.heap.account(keys->items.size() * (sizeof(Value) + sizeof(int64_t)));
    items = Value::object(keys);
  }
  return vm.for_each(items, job, step, walk_done, out);
}

// --- the operations, after setobject.c ----------------------------------------------

// The result is the target set.
Status give_target(Vm& vm, SetJob* job, Value* out) {
  *out = job->values[kTarget];
  return Status::Ok;
}

Status give_done_result(Vm& vm, SetJob* job, Value* out) {
  *out = job->done_result;
  return Status::Ok;
}

// set_update_internal: [other]'s keys into [target].
Status update_into(Vm& vm, SetJob* job, SetObject* target, Value other, Then then, Value* out) {
  job->values[kTarget] = Value::object(target);
  if (is_any_set(other) && target->fill == 0) {  // set_merge into an empty table: no comparisons
    vm.set_merge(target, Sx(other));
    return then(vm, job, out);
  }
  if (is_any_set(other)) vm.set_presize(target, Sx(other)->used);
  else if (is_exact_dict(vm, other)) vm.set_presize(target, static_cast<DictObject*>(other.obj())->used);
  return walk(vm, job, other, Act::Add, then, out, /*dict_hashes=*/true);
}

// set_intersection(so, other) into a new target.
Status intersection(Vm& vm, SetJob* job, Value so, Value other, Then then, Value* out) {
  if (so == other) {
    job->values[kTarget] = Value::object(copy_of(vm, so));
    return then(vm, job, out);
  }
  job->values[kTarget] = Value::object(new_like(vm, so));
  // The smaller of two sets is walked; any other iterable item by item.
  if (is_any_set(other) && Sx(other)->used > Sx(so)->used) std::swap(so, other);
  job->values[kProbe] = so;
  return walk(vm, job, other, Act::AddIfIn, then, out);
}

// The second walk of a sub-operation: the set the first one built (in
// kTarget) is walked with [second_act] into kSaved, then `after`.
Status walk_built(Vm& vm, SetJob* job, Value* out) {
  Value built = job->values[kTarget];
  job->values[kTarget] = job->values[kSaved];
  return walk(vm, job, built, job->second_act, job->after, out);
}

// set_difference_update_internal: [other]'s keys out of so.

Status difference_update(Vm& vm, SetJob* job, Value so, Value other, Then then, Value* out) {
  job->values[kSaved] = so;
  job->values[kTarget] = so;
  if (so == other) {
    clear_set(Sx(so));
    return then(vm, job, out);
  }
  if (is_any_set(other) && (Sx(other)->used >> 3) > Sx(so)->used) {
    // other is more than 8 times bigger: only the keys the two share are
    // looked up in so.
    job->after = then;
    job->second_act = Act::Discard;
    return intersection(vm, job, so, other, walk_built, out);
  }
  return walk(vm, job, other, Act::Discard, then, out);
}

// set_difference(so, other) into a new target.
Status difference(Vm& vm, SetJob* job, Value so, Value other, Then then, Value* out) {
  int64_t other_size = -1;
  if (is_any_set(other)) other_size = Sx(other)->used;
  else if (is_exact_dict(vm, other)) other_size = static_cast<DictObject*>(other.obj())->used;
  // set_copy_and_difference: a plain iterable, or one much smaller than so.
  if (other_size < 0 || (Sx(so)->used >> 2) > other_size)
    return difference_update(vm, job, Value::object(copy_of(vm, so)), other, then, out);
  job->values[kTarget] = Value::object(new_like(vm, so));
  job->values[kProbe] = other;
  return walk(vm, job, so, is_any_set(other) ? Act::AddIfOut : Act::AddIfNotKey, then, out);
}

// set_symmetric_difference_update(so, other): a plain iterable is made a
// set first, whose keys then toggle so's.
Status symmetric_update(Vm& vm, SetJob* job, Value so, Value other, Then then, Value* out) {
  job->values[kSaved] = so;
  job->values[kTarget] = so;
  if (so == other) {
    clear_set(Sx(so));
    return then(vm, job, out);
  }
  if (is_exact_dict(vm, other) || is_any_set(other))
    return walk(vm, job, other, Act::Toggle, then, out, /*dict_hashes=*/true);
  job->after = then;
  job->second_act = Act::Toggle;
  return update_into(vm, job, new_like(vm, so), other, walk_built, out);
}

// set_symmetric_difference(so, other): other's keys in a new set, where
// so's then toggle.
Status symmetric_difference(Vm& vm, SetJob* job, Value so, Value other, Then then, Value* out) {
  job->values[kSaved] = so;
  job->after = then;
  return update_into(vm, job, new_like(vm, so), other,
                     [](Vm& vm, SetJob* job, Value* out) {
                       // so is a set: symmetric_update walks it without touching `after`.
                       return symmetric_update(vm, job, job->values[kTarget], job->values[kSaved], job->after, out);
                     },
                     out);
}

// set_issubset for two sets: the job's stop_result when a key of so is
// missing from other, else its done_result.
Status subset(Vm& vm, SetJob* job, Value so, Value other, Value* out) {
  if (Sx(so)->used > Sx(other)->used) {
    *out = job->stop_result;
    return Status::Ok;
  }
  job->values[kProbe] = other;
  return walk(vm, job, so, Act::AllIn, give_done_result, out);
}

// --- methods taking *others ------------------------------------------------------

using EachFn = Status (*)(Vm& vm, SetJob* job, Value acc, Value other, Then then, Value* out);

// How a method with *others goes: [first] on the method's set and the
// first argument, [rest] on the result so far and each further one (each
// leaves its result in kTarget), then [finish].
struct Each {
  EachFn first, rest;
  Then finish;
};

Status each_arg(Vm& vm, SetJob* job, Value* out);

Status each_done(Vm& vm, SetJob* job, Value* out) {
  job->values[kAcc] = job->values[kTarget];
  return each_arg(vm, job, out);
}

Status each_arg(Vm& vm, SetJob* job, Value* out) {
  auto* args = static_cast<TupleObject*>(job->values[kArgs].obj());
  if (job->arg == static_cast<int64_t>(args->items.size())) return job->each->finish(vm, job, out);
  Value other = args->items[static_cast<size_t>(job->arg)];
  EachFn f = job->arg == 0 ? job->each->first : job->each->rest;
  ++job->arg;
  return f(vm, job, job->values[kAcc], other, each_done, out);
}

Status run_each(Vm& vm, const Each* each, Value self, Value acc, Args args, Value* out) {
  SetJob* job = new_job(vm);
  job->each = each;
  job->values[kSelf] = self;
  job->values[kAcc] = acc;
  TupleObject* t = vm.new_tuple(0);
  t->items.assign(args.v, args.v + args.n);
  job->values[kArgs] = Value::object(t);
  return each_arg(vm, job, out);
}

Status union_step(Vm& vm, SetJob* job, Value acc, Value other, Then then, Value* out) {
  if (other == job->values[kSelf]) {
    job->values[kTarget] = acc;
    return then(vm, job, out);
  }
  return update_into(vm, job, Sx(acc), other, then, out);
}

Status update_step(Vm& vm, SetJob* job, Value acc, Value other, Then then, Value* out) {
  return update_into(vm, job, Sx(acc), other, then, out);
}

Status give_acc(Vm& vm, SetJob* job, Value* out) {
  *out = job->values[kAcc];
  return Status::Ok;
}

// With no arguments, a copy of the set.
Status give_acc_or_copy(Vm& vm, SetJob* job, Value* out) {
  *out = job->arg == 0 ? Value::object(copy_of(vm, job->values[kSelf])) : job->values[kAcc];
  return Status::Ok;
}

Status give_none(Vm& vm, SetJob* job, Value* out) {
  *out = vm.None;
  return Status::Ok;
}

// set_swap_bodies: the set takes the contents of [from].
void take_contents(SetObject* dst, SetObject* from) {
  dst->table = from->table;
  dst->used = from->used;
  dst->fill = from->fill;
}

Status take_acc(Vm& vm, SetJob* job, Value* out) {
  if (job->values[kAcc] != job->values[kSelf]) take_contents(Sx(job->values[kSelf]), Sx(job->values[kAcc]));
  *out = vm.None;
  return Status::Ok;
}

const Each kUnion{union_step, union_step, give_acc};
const Each kIntersection{intersection, intersection, give_acc_or_copy};
const Each kIntersectionUpdate{intersection, intersection, take_acc};
const Each kDifference{difference, difference_update, give_acc_or_copy};
const Each kDifferenceUpdate{difference_update, difference_update, give_none};
const Each kUpdate{update_step, update_step, give_none};

// --- arguments ---------------------------------------------------------------------

std::string method_name(Vm& vm, Value self, const char* name) {
  return std::string(self.obj()->kind == Kind::FrozenSet ? "frozenset." : "set.") + name + "()";
}

bool no_keywords(Vm& vm, Value self, const char* name, Args args) {
  if (args.nkw() == 0) return true;
  vm.raise(vm.t.TypeError_, method_name(vm, self, name) + " takes no keyword arguments");
  return false;
}

bool one_arg(Vm& vm, Value self, const char* name, Args args) {
  if (!no_keywords(vm, self, name, args)) return false;
  if (args.n == 1) return true;
  vm.raise(vm.t.TypeError_, method_name(vm, self, name) + " takes exactly one argument (" + std::to_string(args.n) +
                                " given)");
  return false;
}

bool no_args(Vm& vm, Value self, const char* name, Args args) {
  if (!no_keywords(vm, self, name, args)) return false;
  if (args.n == 0) return true;
  vm.raise(vm.t.TypeError_, method_name(vm, self, name) + " takes no arguments (" + std::to_string(args.n) + " given)");
  return false;
}

// issuperset and isdisjoint: whether [other]'s items are in [self].
Status walk_items(Vm& vm, SetJob* job, Value self, Value other, Act act, Value* out, bool set_table = true) {
  job->values[kProbe] = self;
  job->stop_result = vm.False;
  job->done_result = vm.True;
  return walk(vm, job, other, act, give_done_result, out, false, set_table);
}

// --- dict views (dictobject.c's dictviews_* and dictview_richcompare) --------------

DictObject* view_dict(Value view) {
  return static_cast<DictObject*>(static_cast<IteratorObject*>(view.obj())->source.obj());
}

int64_t size_of(Vm& vm, Value v) {
  if (is_any_set(v)) return Sx(v)->used;
  return view_dict(v)->used;
}

// dictviews_to_set: a keys view of a plain dict is made a set from the
// dict itself (its stored hashes); anything else item by item.
Status view_to_set(Vm& vm, SetJob* job, Value v, Then then, Value* out) {
  Value from = v;
  if (v.obj()->type == vm.t.dict_keys && view_dict(v)->type == vm.t.dict) from = Value::object(view_dict(v));
  return update_into(vm, job, vm.new_set(), from, then, out);
}

// all_contained_in(self, other): stop_result at the first item of self
// that `other` does not contain.
Status all_contained(Vm& vm, SetJob* job, Value self, Value other, Value* out) {
  job->values[kProbe] = other;
  return walk(vm, job, self, Act::AllInAny, give_done_result, out);
}

}  // namespace

bool is_set_pair(Value a, Value b) { return is_any_set(a) && is_any_set(b); }

// set(iterable), frozenset(iterable): set_update_internal into [s].
Status set_fill(Vm& vm, SetObject* s, Value iterable, Value* out) {
  return update_into(vm, new_job(vm), s, iterable, give_target, out);
}

bool is_set_view(Vm& vm, Value v) {
  return v.is_object() && (v.obj()->type == vm.t.dict_keys || v.obj()->type == vm.t.dict_items);
}

// & | - ^ with a keys or items view on either side: a new set.
Status view_binary(Vm& vm, Value a, Value b, BinaryOp op, Value* out) {
  SetJob* job = new_job(vm);
  job->values[kSelf] = a;
  job->values[kSaved] = b;
  if (op == BinaryOp::And) {  // _PyDictView_Intersect
    Value self = a, other = b;
    if (!is_set_view(vm, self)) std::swap(self, other);
    if (other.is_object() && other.obj()->type == vm.t.set && size_of(vm, self) <= Sx(other)->used)
      return intersection(vm, job, other, self, give_target, out);
    if (is_set_view(vm, other) && size_of(vm, other) > size_of(vm, self)) std::swap(self, other);
    job->values[kTarget] = Value::object(vm.new_set());
    job->values[kProbe] = self;
    return walk(vm, job, other, Act::AddIfInAny, give_target, out);
  }
  Then then;
  switch (op) {
    case BinaryOp::Or:
      then = [](Vm& vm, SetJob* job, Value* out) {
        return update_into(vm, job, slot_set(job, kTarget), job->values[kSaved], give_target, out);
      };
      break;
    case BinaryOp::Sub:
      then = [](Vm& vm, SetJob* job, Value* out) {
        return difference_update(vm, job, job->values[kTarget], job->values[kSaved], give_target, out);
      };
      break;
    default:
      then = [](Vm& vm, SetJob* job, Value* out) {
        return symmetric_update(vm, job, job->values[kTarget], job->values[kSaved], give_target, out);
      };
      break;
  }
  if (!is_set_view(vm, a)) return update_into(vm, job, vm.new_set(), a, then, out);
  return view_to_set(vm, job, a, then, out);
}

// dictview_richcompare, [a] a keys or items view and [b] a set or one.
Status view_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out) {
  int64_t la = size_of(vm, a), lb = size_of(vm, b);
  SetJob* job = new_job(vm);
  bool ne = op == CompareOp::Ne;
  job->stop_result = vm.make_bool(ne);
  job->done_result = vm.make_bool(!ne);
  bool go;
  bool reverse = false;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: go = la == lb; break;
    case CompareOp::Lt: go = la < lb; break;
    case CompareOp::Le: go = la <= lb; break;
    case CompareOp::Gt: go = la > lb, reverse = true; break;
    default: go = la >= lb, reverse = true; break;
  }
  if (!go) {
    *out = job->stop_result;
    return Status::Ok;
  }
  return reverse ? all_contained(vm, job, b, a, out) : all_contained(vm, job, a, b, out);
}

// | & - ^ and their in-place forms on two sets (a set's in place; a
// frozenset's make a new one, as CPython's fall back to the operator).
Status set_binary(Vm& vm, Value a, Value b, BinaryOp op, bool inplace, Value* out) {
  SetJob* job = new_job(vm);
  inplace = inplace && a.obj()->kind == Kind::Set;
  job->values[kSelf] = a;
  switch (op) {
    case BinaryOp::Or:
      if (inplace) return update_into(vm, job, Sx(a), b, give_target, out);
      job->values[kTarget] = Value::object(copy_of(vm, a));
      if (a == b) return give_target(vm, job, out);
      return update_into(vm, job, slot_set(job, kTarget), b, give_target, out);
    case BinaryOp::And:
      return intersection(vm, job, a, b,
                          inplace ? [](Vm& vm, SetJob* job, Value* out) {
                            take_contents(Sx(job->values[kSelf]), slot_set(job, kTarget));
                            *out = job->values[kSelf];
                            return Status::Ok;
                          } : give_target,
                          out);
    case BinaryOp::Sub:
      if (inplace) return difference_update(vm, job, a, b, give_target, out);
      return difference(vm, job, a, b, give_target, out);
    default:  // Xor
      if (inplace) return symmetric_update(vm, job, a, b, give_target, out);
      return symmetric_difference(vm, job, a, b, give_target, out);
  }
}

// set_richcompare for two sets: a bool.
Status set_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out) {
  SetObject* x = Sx(a);
  SetObject* y = Sx(b);
  SetJob* job = new_job(vm);
  bool ne = op == CompareOp::Ne;
  job->stop_result = vm.make_bool(ne);
  job->done_result = vm.make_bool(!ne);
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (x->used != y->used ||
          (a.obj()->type == vm.t.frozenset && b.obj()->type == vm.t.frozenset && x->hash != -1 && y->hash != -1 &&
           x->hash != y->hash)) {
        *out = job->stop_result;
        return Status::Ok;
      }
      return subset(vm, job, a, b, out);
    case CompareOp::Le:
      return subset(vm, job, a, b, out);
    case CompareOp::Ge:
      return subset(vm, job, b, a, out);
    case CompareOp::Lt:
      if (x->used >= y->used) {
        *out = vm.False;
        return Status::Ok;
      }
      return subset(vm, job, a, b, out);
    default:  // Gt
      if (x->used <= y->used) {
        *out = vm.False;
        return Status::Ok;
      }
      return subset(vm, job, b, a, out);
  }
}

void init_set_methods(Vm& vm) {
  for (TypeObject* T : {vm.t.set, vm.t.frozenset}) {
    vm.add_method(T, "union", [](Vm& vm, Value self, Args args, Value* out) {
      if (!no_keywords(vm, self, "union", args)) return Status::Error;
      return run_each(vm, &kUnion, self, Value::object(copy_of(vm, self)), args, out);
    });
    vm.add_method(T, "intersection", [](Vm& vm, Value self, Args args, Value* out) {
      if (!no_keywords(vm, self, "intersection", args)) return Status::Error;
      return run_each(vm, &kIntersection, self, self, args, out);
    });
    vm.add_method(T, "difference", [](Vm& vm, Value self, Args args, Value* out) {
      if (!no_keywords(vm, self, "difference", args)) return Status::Error;
      return run_each(vm, &kDifference, self, self, args, out);
    });
    vm.add_method(T, "symmetric_difference", [](Vm& vm, Value self, Args args, Value* out) {
      if (!one_arg(vm, self, "symmetric_difference", args)) return Status::Error;
      return symmetric_difference(vm, new_job(vm), self, args[0], give_target, out);
    });
    vm.add_method(T, "issubset", [](Vm& vm, Value self, Args args, Value* out) {
      if (!one_arg(vm, self, "issubset", args)) return Status::Error;
      SetJob* job = new_job(vm);
      job->stop_result = vm.False;
      job->done_result = vm.True;
      job->values[kSelf] = self;
      if (is_any_set(args[0])) return subset(vm, job, self, args[0], out);
      return update_into(vm, job, vm.new_set(), args[0],
                         [](Vm& vm, SetJob* job, Value* out) {
                           return subset(vm, job, job->values[kSelf], job->values[kTarget], out);
                         },
                         out);
    });
    vm.add_method(T, "issuperset", [](Vm& vm, Value self, Args args, Value* out) {
      if (!one_arg(vm, self, "issuperset", args)) return Status::Error;
      SetJob* job = new_job(vm);
      job->stop_result = vm.False;
      job->done_result = vm.True;
      if (is_any_set(args[0])) return subset(vm, job, args[0], self, out);
      return walk_items(vm, job, self, args[0], Act::AllIn, out);
    });
    vm.add_method(T, "isdisjoint", [](Vm& vm, Value self, Args args, Value* out) {
      if (!one_arg(vm, self, "isdisjoint", args)) return Status::Error;
      Value so = self, other = args[0];
      if (so == other) {
        *out = vm.make_bool(Sx(so)->used == 0);
        return Status::Ok;
      }
      // Only an exact set or frozenset is walked by its table (the smaller
      // one); a subclass is iterated (its __iter__) and its keys hashed.
      if (!is_exact_set(vm, other)) return walk_items(vm, new_job(vm), so, other, Act::NoneIn, out, false);
      if (Sx(other)->used > Sx(so)->used) std::swap(so, other);
      return walk_items(vm, new_job(vm), so, other, Act::NoneIn, out);
    });
    vm.add_method(T, "copy", [](Vm& vm, Value self, Args args, Value* out) {
      if (!no_args(vm, self, "copy", args)) return Status::Error;
      *out = Value::object(copy_of(vm, self));
      return Status::Ok;
    });
  }
  for (TypeObject* V : {vm.t.dict_keys, vm.t.dict_items}) {
    vm.add_method(V, "isdisjoint", [](Vm& vm, Value self, Args args, Value* out) {
      if (args.nkw() > 0 || args.n != 1)
        return vm.raise(vm.t.TypeError_, self.obj()->type->name->text + ".isdisjoint() takes exactly one argument (" +
                                             std::to_string(args.n) + " given)");
      Value so = self, other = args[0];
      if (so == other) {
        *out = vm.make_bool(size_of(vm, so) == 0);
        return Status::Ok;
      }
      // The shorter is walked when the other is a set or a view (a
      // sequence's `in` may be slow).
      if ((is_any_set(other) || is_set_view(vm, other)) && size_of(vm, other) > size_of(vm, so)) std::swap(so, other);
      SetJob* job = new_job(vm);
      job->stop_result = vm.False;
      job->done_result = vm.True;
      job->values[kProbe] = so;
      // Iterated whatever it is (a set subclass's __iter__ runs), each key
      // looked up with `in`.
      return walk(vm, job, other, Act::NoneInAny, give_done_result, out, false, false);
    });
  }
  TypeObject* T = vm.t.set;
  // set_init: a subclass's __init__ calling super().__init__(items).
  vm.add_method(T, "__init__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.nkw() > 0) return vm.raise(vm.t.TypeError_, "set() takes no keyword arguments");
    if (args.n > 1)
      return vm.raise(vm.t.TypeError_, self.obj()->type->name->text + " expected at most 1 argument, got " +
                                           std::to_string(args.n));
    clear_set(Sx(self));
    return run_each(vm, &kUpdate, self, self, args, out);
  });
  vm.add_method(T, "add", [](Vm& vm, Value self, Args args, Value* out) {
    if (!one_arg(vm, self, "add", args)) return Status::Error;
    if (vm.set_add(Sx(self), args[0]) < 0) return Status::Error;
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "discard", [](Vm& vm, Value self, Args args, Value* out) {
    if (!one_arg(vm, self, "discard", args)) return Status::Error;
    if (vm.set_discard(Sx(self), args[0]) < 0) return Status::Error;
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "remove", [](Vm& vm, Value self, Args args, Value* out) {
    if (!one_arg(vm, self, "remove", args)) return Status::Error;
    int r = vm.set_discard(Sx(self), args[0]);
    if (r < 0) return Status::Error;
    if (r == 0) {
      Value k = args[0];
      return vm.raise_value(vm.new_exception_args(vm.t.KeyError_, &k, 1));
    }
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "pop", [](Vm& vm, Value self, Args args, Value* out) {
    if (!no_args(vm, self, "pop", args)) return Status::Error;
    SetObject* s = Sx(self);
    if (s->used == 0) return vm.raise(vm.t.KeyError_, "pop from an empty set");
    // From the finger on, wrapping around: successive pops walk the table
    // instead of taking its first entry each time (a worklist that adds as
    // it pops comes out in CPython's order). Neither a resize nor clear()
    // moves the finger.
    const size_t mask = s->table.size() - 1;
    size_t i = static_cast<size_t>(s->finger) & mask;
    while (s->table[i].key.is_null()) i = i == mask ? 0 : i + 1;
    *out = s->table[i].key;
    s->table[i] = SetObject::Entry{-1, Value(), true};
    --s->used;
    s->finger = static_cast<int64_t>(i) + 1;
    return Status::Ok;
  });
  vm.add_method(T, "clear", [](Vm& vm, Value self, Args args, Value* out) {
    if (!no_args(vm, self, "clear", args)) return Status::Error;
    clear_set(Sx(self));
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(T, "update", [](Vm& vm, Value self, Args args, Value* out) {
    if (!no_keywords(vm, self, "update", args)) return Status::Error;
    return run_each(vm, &kUpdate, self, self, args, out);
  });
  vm.add_method(T, "intersection_update", [](Vm& vm, Value self, Args args, Value* out) {
    if (!no_keywords(vm, self, "intersection_update", args)) return Status::Error;
    return run_each(vm, &kIntersectionUpdate, self, self, args, out);
  });
  vm.add_method(T, "difference_update", [](Vm& vm, Value self, Args args, Value* out) {
    if (!no_keywords(vm, self, "difference_update", args)) return Status::Error;
    return run_each(vm, &kDifferenceUpdate, self, self, args, out);
  });
  vm.add_method(T, "symmetric_difference_update", [](Vm& vm, Value self, Args args, Value* out) {
    if (!one_arg(vm, self, "symmetric_difference_update", args)) return Status::Error;
    return symmetric_update(vm, new_job(vm), self, args[0],
                            [](Vm& vm, SetJob*, Value* out) {
                              *out = vm.None;
                              return Status::Ok;
                            },
                            out);
  });
}

}  // namespace interleave::vm
