// dict's hash table (CPython's compact layout: dense entries in insertion
// order, a sparse index probed with perturbation) and set's open-addressing
// table (setobject.c's linear probes then perturbation), so iteration order
// matches CPython's.
#include "vm/numbers.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

bool keys_equal(Vm& vm, Value a, Value b, bool* error) {
  if (a == b) return true;
  if (a.is_object() && b.is_object() && a.obj()->kind == Kind::Str && b.obj()->kind == Kind::Str)
    return static_cast<StrObject*>(a.obj())->text == static_cast<StrObject*>(b.obj())->text;
  if (a.is_small() && b.is_small()) return false;
  int r = vm.eq(a, b);
  if (r < 0) {
    *error = true;
    return false;
  }
  return r == 1;
}

// A small dict has no index: at most kSmallDictMax entries (counting
// deleted ones), all with keys of type str exactly, found by scanning the
// entries. Comparing them runs no Python code, so the scan's order is not
// observable (a str subclass may hash as it likes: its keys get an index),
// and the entries stay exactly as they would with CPython's table: one of 8
// slots holds 5 entries, the 6th insertion compacts the entries and grows
// it to 16 slots, which hold 10; the 11th compacts again and grows it to 32
// slots, where the index starts. Instance dicts are mostly small: no index
// saves an allocation per object, and a 6-10 attribute object stays small.
constexpr size_t kSmallDict = 5;
constexpr size_t kSmallDictMax = 10;

// A lookup's key comparisons under a replay run (Vm::ProbeMark): a
// comparison that records a Python call (a key's __eq__) marks where the
// probe stood, and a lookup that finished on recorded outcomes its result.
struct Comparer {
  Vm& vm;
  Vm::ReplayRun* run;
  // The lookup's mark, filled in only under a replay run (most lookups
  // run under one, and a mark is rarely needed: it is made when it is).
  const Object* table;
  uint64_t key;
  int64_t hash;
  uint32_t start;
  Comparer(Vm& v, const Object* t, Value k, int64_t h)
      : vm(v), run(v.replay), table(t), key(k.bits()), hash(h), start(run ? run->next : 0) {}
  Vm::ProbeMark mark() const {
    Vm::ProbeMark m;
    m.table = table;
    m.key = key;
    m.hash = hash;
    m.start = start;
    return m;
  }
  // The mark a run before this one left for this lookup.
  const Vm::ProbeMark* saved() const {
    return run && run->state ? vm.probe_saved(mark()) : nullptr;
  }
  // Compares the table's key [startkey] with [key]; [layout], [i], [j],
  // [perturb] and [free] are where the probe stands.
  bool equal(Value startkey, Value k, bool* error, uint64_t layout, uint64_t i, uint64_t j, uint64_t perturb,
             uint64_t free) {
    const bool marking = run && !run->need;
    const uint32_t at = marking ? run->next : 0;
    bool same = keys_equal(vm, startkey, k, error);
    if (*error && marking && run->need) {
      Vm::ProbeMark m = mark();
      m.at = at;
      m.layout = layout;
      m.compared = startkey;
      m.i = i;
      m.j = j;
      m.perturb = perturb;
      m.free = free;
      vm.probe_note(m);
    }
    return same;
  }
  // The lookup returns [result] (its slot, the key found): remembered when
  // it took recorded outcomes, so that a rerun does not probe again.
  void done(int64_t result, uint64_t slot, uint64_t layout, Value found) {
    if (!run || run->need || run->next <= start) return;
    Vm::ProbeMark m = mark();
    m.done = true;
    m.end = run->next;
    m.layout = layout;
    m.compared = found;
    m.result = result;
    m.slot = slot;
    vm.probe_note(m);
  }
};

// Index slot of [key] in [d], or of the empty slot where it would go.
// Returns the entry number or -1; *slot receives the index position
// (SIZE_MAX for a small dict). A comparison that ran Python code may have
// changed the dict: when its index was rebuilt, or the entry compared holds
// another key now, the lookup starts again (as CPython's).
int32_t dict_probe(Vm& vm, DictObject* d, Value key, int64_t hash, size_t* slot, bool* error, Comparer& cmp,
                   const Vm::ProbeMark* k) {
restart:
  if (d->index.empty()) {
    *slot = SIZE_MAX;
    size_t ix = 0;
    if (k) {
      if (k->layout == 0 && k->i < d->entries.size() && d->entries[k->i].key == k->compared) {
        ix = k->i;
        vm.probe_skip(k->at);
      } else {
        vm.probe_restart();
      }
      k = nullptr;
    }
    for (; ix < d->entries.size(); ++ix) {
      auto& e = d->entries[ix];
      if (e.hash != hash || e.key.is_null()) continue;
      Value startkey = e.key;
      bool same = cmp.equal(startkey, key, error, 0, ix, 0, 0, 0);
      if (*error) return -1;
      if (!d->index.empty() || ix >= d->entries.size() || d->entries[ix].key != startkey) goto restart;
      if (same) return static_cast<int32_t>(ix);
    }
    return -1;
  }
  size_t mask = d->index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  size_t first_free = SIZE_MAX;
  const uint64_t layout = reinterpret_cast<uintptr_t>(d->index.data());
  if (k) {
    if (k->layout == layout && k->i <= mask && d->index[k->i] == static_cast<int32_t>(k->j) &&
        d->entries[k->j].key == k->compared) {
      i = k->i;
      perturb = k->perturb;
      first_free = k->free;
      vm.probe_skip(k->at);
    } else {
      vm.probe_restart();
    }
    k = nullptr;
  }
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == -1) {
      *slot = first_free != SIZE_MAX ? first_free : i;
      return -1;
    }
    if (ix == -2) {
      if (first_free == SIZE_MAX) first_free = i;
    } else {
      auto& e = d->entries[ix];
      if (e.hash == hash) {
        Value startkey = e.key;
        bool same = cmp.equal(startkey, key, error, layout, i, static_cast<uint64_t>(ix), perturb, first_free);
        if (*error) return -1;
        if (reinterpret_cast<uintptr_t>(d->index.data()) != layout || d->entries[ix].key != startkey) goto restart;
        if (same) {
          *slot = i;
          return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int32_t dict_lookup(Vm& vm, DictObject* d, Value key, int64_t hash, size_t* slot, bool* error) {
  Comparer cmp(vm, d, key, hash);
  const Vm::ProbeMark* k = cmp.saved();
  if (k && k->done) {
    // Its result stands while no key came or went.
    if (k->layout == d->keys_version) {
      *slot = k->slot;
      vm.probe_skip(k->end);
      return static_cast<int32_t>(k->result);
    }
    vm.probe_restart();
    k = nullptr;
  }
  int32_t r = dict_probe(vm, d, key, hash, slot, error, cmp, k);
  if (!*error) cmp.done(r, *slot, d->keys_version, r >= 0 ? d->entries[r].key : Value());
  return r;
}

// An index of [size] slots for the entries as they are (deleted ones keep
// their place).
inline uint32_t hash_bit(int64_t hash) { return uint32_t{1} << (static_cast<uint64_t>(hash) & 31); }

void dict_index(DictObject* d, size_t size) {
  d->index.assign(size, -1);
  size_t mask = size - 1;
  for (size_t n = 0; n < d->entries.size(); ++n) {
    if (d->entries[n].key.is_null()) continue;
    uint64_t perturb = static_cast<uint64_t>(d->entries[n].hash);
    size_t i = static_cast<size_t>(d->entries[n].hash) & mask;
    while (d->index[i] != -1) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = static_cast<int32_t>(n);
  }
}

// Drops the deleted entries (a resize of CPython's table does).
void dict_compact(DictObject* d, size_t capacity) {
  if (static_cast<size_t>(d->used) == d->entries.size()) return;
  decltype(d->entries) live;
  live.reserve(capacity > static_cast<size_t>(d->used) ? capacity : d->used);
  for (auto& e : d->entries)
    if (!e.key.is_null()) live.push_back(e);
  d->entries.swap(live);
}

// The first empty or deleted slot of [h]'s probe (CPython's find_empty_slot).
size_t dict_empty_slot(const DictObject* d, int64_t h) {
  size_t mask = d->index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(h);
  size_t i = static_cast<size_t>(h) & mask;
  while (d->index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// CPython's dictresize: the entries compacted (unless none was deleted)
// and indexed in the smallest power of two >= max(8, [min_size]) slots.
void dict_resize(DictObject* d, size_t min_size) {
  dict_compact(d, 0);
  size_t size = 8;
  while (size < min_size) size <<= 1;
  dict_index(d, size);
  d->hash_bits = 0;
  for (auto& e : d->entries) d->hash_bits |= hash_bit(e.hash);
  ++d->keys_version;
}

}  // namespace

Value Vm::dict_get(DictObject* d, Value key, bool* error) {
  int64_t h;
  if (!hash(key, &h)) {
    if (error) *error = true;
    return Value();
  }
  return dict_get_hashed(d, key, h, error);
}

Value Vm::dict_get_hashed(DictObject* d, Value key, int64_t h, bool* error) {
  if (!(d->hash_bits & hash_bit(h))) return Value();
  size_t slot;
  bool err = false;
  int32_t ix = dict_lookup(*this, d, key, h, &slot, &err);
  if (err) {
    if (error) *error = true;
    return Value();
  }
  return ix >= 0 ? d->entries[ix].value : Value();
}

int32_t Vm::dict_find_str(DictObject* d, const StrObject* key) const {
  if (d->used == 0) return -1;
  int64_t h = key->hash;
  if (h == -1) {
    const_cast<StrObject*>(key)->hash = h = hash_bytes(key->text);
  }
  if (!(d->hash_bits & hash_bit(h))) return -1;
  if (d->index.empty()) {  // a small dict: scan it
    for (size_t ix = 0; ix < d->entries.size(); ++ix) {
      const auto& e = d->entries[ix];
      if (e.key.bits() == reinterpret_cast<uint64_t>(key) ||
          (e.hash == h && !e.key.is_null() && static_cast<StrObject*>(e.key.obj())->text == key->text))
        return static_cast<int32_t>(ix);
    }
    return -1;
  }
  size_t mask = d->index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(h);
  size_t i = static_cast<size_t>(h) & mask;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == -1) return -1;
    if (ix >= 0) {
      const auto& e = d->entries[ix];
      if (e.key.bits() == reinterpret_cast<uint64_t>(key)) return ix;
      if (e.hash == h && e.key.is_object() && e.key.obj()->kind == Kind::Str &&
          static_cast<StrObject*>(e.key.obj())->text == key->text)
        return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value Vm::dict_get_str(DictObject* d, const StrObject* key) const {
  int32_t i = dict_find_str(d, key);
  return i >= 0 ? d->entries[i].value : Value();
}

bool Vm::dict_set(DictObject* d, Value key, Value value) {
  int64_t h;
  if (!hash(key, &h)) return false;
  return dict_set_hashed(d, key, h, value);
}

bool Vm::dict_set_hashed(DictObject* d, Value key, int64_t h, Value value) {
  size_t slot;
  bool err = false;
  int32_t ix = dict_lookup(*this, d, key, h, &slot, &err);
  if (err) return false;
  if (ix >= 0) {
    if (d->of_type) ++type_epoch;
    d->entries[ix].value = value;
    return true;
  }
  return dict_insert(d, key, h, value, slot);
}

bool Vm::dict_insert_new(DictObject* d, Value key, int64_t h, Value value) {
  return dict_insert(d, key, h, value, d->index.empty() ? SIZE_MAX : dict_empty_slot(d, h));
}

bool Vm::dict_insert(DictObject* d, Value key, int64_t h, Value value, size_t slot) {
  if (d->of_type) ++type_epoch;
  if (d->index.empty()) {
    const bool str_key = key.is_object() && key.obj()->type == t.str;
    const size_t n0 = d->entries.size();
    // The 6th insertion: CPython's table of 8 grows to 16 slots (8 when
    // all but two entries were deleted) and compacts.
    if (n0 == kSmallDict) dict_compact(d, 8);
    const size_t n = d->entries.size();
    if (str_key && n < kSmallDictMax) {
      if (d->entries.capacity() == 0) d->entries.reserve(kSmallDict);
      else if (n == d->entries.capacity()) d->entries.reserve(n < 8 ? 8 : kSmallDictMax);
      d->entries.push_back({h, key, value});
      d->hash_bits |= hash_bit(h);
      ++d->used;
      ++d->keys_version;
      heap.account(sizeof(DictObject::Entry));
      return true;
    }
    // A key that is not a str, or the 11th insertion (CPython's table of 16
    // grows for 3 * used, and compacts): index the entries as CPython's
    // table is then, and insert below.
    size_t slots = n < kSmallDict ? 8 : 16;
    if (n0 == kSmallDict || n0 == kSmallDictMax) {  // just resized: for 3 * used
      dict_compact(d, 0);
      slots = 8;
      while (slots < static_cast<size_t>(d->used) * 3) slots <<= 1;
    }
    dict_index(d, slots);
    slot = dict_empty_slot(d, h);
  } else if (d->entries.size() >= d->index.size() * 2 / 3) {
    // CPython's insertion_resize: when the entries (deleted ones too) fill
    // the table's usable two thirds, it is compacted and indexed for
    // GROWTH_RATE, 3 * used, before the key goes in. Deleting never
    // shrinks it. (Where a key lands decides which keys a colliding one is
    // compared with: a Python __eq__ runs exactly as often as in CPython.)
    dict_resize(d, static_cast<size_t>(d->used) * 3);
    slot = dict_empty_slot(d, h);
  }
  d->index[slot] = static_cast<int32_t>(d->entries.size());
  if (d->entries.capacity() == 0) d->entries.reserve(kSmallDict);
  d->entries.push_back({h, key, value});
  d->hash_bits |= hash_bit(h);
  ++d->used;
  ++d->keys_version;
  heap.account(sizeof(DictObject::Entry));
  return true;
}

void Vm::dict_set_str(DictObject* d, StrObject* key, Value value) {
  int32_t i = dict_find_str(d, key);
  if (i >= 0) {
    if (d->of_type) ++type_epoch;
    d->entries[i].value = value;
    return;
  }
  dict_set(d, Value::object(key), value);
}

int Vm::dict_del(DictObject* d, Value key) {
  int64_t h;
  if (!hash(key, &h)) return -1;
  return dict_pop_hashed(d, key, h, nullptr);
}

int Vm::dict_pop_hashed(DictObject* d, Value key, int64_t h, Value* value) {
  size_t slot;
  bool err = false;
  int32_t ix = dict_lookup(*this, d, key, h, &slot, &err);
  if (err) return -1;
  if (ix < 0) return 0;
  if (value) *value = d->entries[ix].value;
  if (d->of_type) ++type_epoch;
  if (slot != SIZE_MAX) d->index[slot] = -2;
  d->entries[ix].key = Value();
  d->entries[ix].value = Value();
  --d->used;
  ++d->keys_version;
  return 1;
}

int Vm::dict_setdefault_hashed(DictObject* d, Value key, int64_t h, Value dflt, Value* out) {
  if (d->hash_bits & hash_bit(h)) {
    size_t slot;
    bool err = false;
    int32_t ix = dict_lookup(*this, d, key, h, &slot, &err);
    if (err) return -1;
    if (ix >= 0) {
      *out = d->entries[ix].value;
      return 0;
    }
  }
  // Not there: inserted without comparing again (CPython's insertion goes to
  // the first free slot of the probe).
  if (!dict_insert_new(d, key, h, dflt)) return -1;
  *out = dflt;
  return 1;
}

bool Vm::dict_popitem(DictObject* d, Value* key, Value* value) {
  size_t n = d->entries.size();
  while (n > 0 && d->entries[n - 1].key.is_null()) --n;
  if (n == 0) return false;
  const size_t ix = n - 1;
  DictObject::Entry e = d->entries[ix];
  if (!d->index.empty()) {
    // The slot that holds entry ix, found by its hash (lookdict_index: no
    // comparisons).
    size_t mask = d->index.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(e.hash);
    size_t i = static_cast<size_t>(e.hash) & mask;
    while (d->index[i] != static_cast<int32_t>(ix)) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = -2;
  }
  if (d->of_type) ++type_epoch;
  // CPython ends its entries where the popped one was, but does not give
  // the slot back to the table's usable two thirds: kept as a deleted entry
  // here, it counts toward the next resize all the same (the one place that
  // differs: copy() clones a table with up to a third of deleted entries,
  // and counts these).
  d->entries[ix].key = Value();
  d->entries[ix].value = Value();
  --d->used;
  ++d->keys_version;
  *key = e.key;
  *value = e.value;
  return true;
}

bool Vm::dict_clone(DictObject* d, DictObject* src, bool with_deleted) {
  if (!d->entries.empty() || d->of_type) return false;
  if (!with_deleted) {
    // dict_merge into an empty dict clones a clean table that is not
    // oversized ("just allocated"); otherwise the keys go in one by one.
    if (static_cast<size_t>(src->used) != src->entries.size()) return false;
    const size_t size = src->index.size();
    if (size > 8 && static_cast<int64_t>(size / 3) >= src->used) return false;
  }
  d->entries = src->entries;
  d->index = src->index;
  d->hash_bits = src->hash_bits;
  d->used = src->used;
  ++d->keys_version;
  heap.account(d->entries.size() * sizeof(DictObject::Entry) + d->index.size() * 4);
  return true;
}

void Vm::dict_presize(DictObject* d, int64_t incoming) {
  // The table's size (a small dict stands for CPython's 8 or 16 slots).
  const size_t size = !d->index.empty() ? d->index.size() : d->entries.size() <= kSmallDict ? 8 : 16;
  if (static_cast<int64_t>(size * 2 / 3) >= incoming) return;
  // estimate_log2_keysize: room for 3/2 of the keys.
  dict_resize(d, static_cast<size_t>((3 * (d->used + incoming) + 1) / 2));
}

DictObject* Vm::dict_copy(DictObject* src) {
  DictObject* d = new_dict();
  if (src->used == 0) return d;
  // PyDict_Copy: the table as it is, deleted entries and all, unless a third
  // of it or more is deleted entries; then a merge into a new dict.
  if (src->used >= static_cast<int64_t>(src->entries.size() * 2 / 3)) {
    dict_clone(d, src, true);
    return d;
  }
  return dict_update_from(d, Value::object(src), false) ? d : nullptr;
}

bool Vm::dict_update_from(DictObject* d, Value src, bool merge_strict) {
  if (src.is_object() && src.obj()->kind == Kind::Dict) {
    auto* s = static_cast<DictObject*>(src.obj());
    if (dict_clone(d, s)) return true;
    // dict_merge's one big resize up front.
    dict_presize(d, s->used);
    auto entries = s->entries;
    // The hashes stored with the keys are used, as CPython's dict_merge.
    for (auto& e : entries) {
      if (e.key.is_null()) continue;
      if (merge_strict) {
        bool err = false;
        Value existing = dict_get_hashed(d, e.key, e.hash, &err);
        if (err) return false;
        if (!existing.is_null()) {
          std::string k;
          str_append(k, e.key);
          raise(t.TypeError_, "got multiple values for keyword argument '" + k + "'");
          return false;
        }
      }
      if (!dict_set_hashed(d, e.key, e.hash, e.value)) return false;
    }
    return true;
  }
  Value keys = get_attr_opt(src, n.keys);
  if (!keys.is_null()) {
    Value ks = call_sync(keys, {});
    if (ks.is_null()) return false;
    std::vector<Value> items;
    if (!collect_items(ks, &items)) return false;
    for (Value k : items) {
      Value v = get_item(src, k);
      if (v.is_null() || !dict_set(d, k, v)) return false;
    }
    return true;
  }
  if (!thread->exc.is_null()) return false;
  std::vector<Value> pairs;
  if (!collect_items(src, &pairs)) {
    if (get_iter_fails(src)) {
      thread->exc = Value();
      raise(t.TypeError_, std::string("'") + type_name(src) + "' object is not a mapping");
    }
    return false;
  }
  for (size_t i = 0; i < pairs.size(); ++i) {
    std::vector<Value> kv;
    if (!collect_items(pairs[i], &kv)) return false;
    if (kv.size() != 2) {
      raise(t.ValueError_, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                               std::to_string(kv.size()) + "; 2 is required");
      return false;
    }
    if (!dict_set(d, kv[0], kv[1])) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// set
// ---------------------------------------------------------------------------

namespace {

constexpr size_t kLinearProbes = 9;
constexpr uint64_t kPerturbShift = 5;

// Finds [key] (returns its index) or the slot to insert it (*insert).
// An entry's key is compared with the table's key first, as CPython does
// (its __eq__ is the one that runs). A comparison that ran Python code may
// have changed the set: then the lookup starts again (setobject.c's
// set_lookkey restarts the same way).
int64_t set_probe(Vm& vm, SetObject* s, Value key, int64_t hash, size_t* insert, bool* error, Comparer& cmp,
                  const Vm::ProbeMark* k) {
restart:
  size_t mask = s->table.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  size_t freeslot = SIZE_MAX;
  size_t j0 = 0;
  if (k) {
    if (k->layout == reinterpret_cast<uintptr_t>(s->table.data()) && k->i + k->j <= mask &&
        s->table[k->i + k->j].key == k->compared) {
      i = k->i;
      j0 = k->j;
      perturb = k->perturb;
      freeslot = k->free;
      vm.probe_skip(k->at);
    } else {
      vm.probe_restart();
    }
    k = nullptr;
  }
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = j0; j <= probes; ++j) {
      const SetObject::Entry& e = s->table[i + j];
      if (e.key.is_null() && !e.dummy) {
        *insert = freeslot != SIZE_MAX ? freeslot : i + j;
        return -1;
      }
      if (e.dummy) {
        if (freeslot == SIZE_MAX) freeslot = i + j;
        continue;
      }
      if (e.hash != hash) continue;
      Value startkey = e.key;
      const SetObject::Entry* table = s->table.data();
      bool same = cmp.equal(startkey, key, error, reinterpret_cast<uintptr_t>(table), i, j, perturb, freeslot);
      if (*error) return -1;
      if (s->table.data() != table || s->table.size() != mask + 1 || s->table[i + j].key != startkey) goto restart;
      if (same) return static_cast<int64_t>(i + j);
    }
    j0 = 0;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// What a finished lookup's result depends on: the table's storage and how
// many keys and dummies it holds (with the slot itself, checked below).
uint64_t set_layout(const SetObject* s) {
  return reinterpret_cast<uintptr_t>(s->table.data()) ^ (static_cast<uint64_t>(s->used) << 40) ^
         (static_cast<uint64_t>(s->fill) << 20);
}

int64_t set_lookup(Vm& vm, SetObject* s, Value key, int64_t hash, size_t* insert, bool* error) {
  Comparer cmp(vm, s, key, hash);
  const Vm::ProbeMark* k = cmp.saved();
  if (k && k->done) {
    const size_t at = k->result >= 0 ? static_cast<size_t>(k->result) : k->slot;
    if (k->layout == set_layout(s) && at < s->table.size() && s->table[at].key == k->compared) {
      *insert = k->slot;
      vm.probe_skip(k->end);
      return k->result;
    }
    vm.probe_restart();
    k = nullptr;
  }
  int64_t r = set_probe(vm, s, key, hash, insert, error, cmp, k);
  if (!*error) cmp.done(r, r >= 0 ? 0 : *insert, set_layout(s), r >= 0 ? s->table[r].key : Value());
  return r;
}

// Returns the new table's size in bytes (for the collector's accounting).
size_t set_resize(SetObject* s, int64_t minused) {
  size_t newsize = 8;
  while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
  std::vector<SetObject::Entry> old;
  old.swap(s->table);
  s->table.assign(newsize, SetObject::Entry{0, Value(), false});
  s->fill = s->used;
  size_t mask = newsize - 1;
  for (auto& e : old) {
    if (e.key.is_null()) continue;
    uint64_t perturb = static_cast<uint64_t>(e.hash);
    size_t i = static_cast<size_t>(e.hash) & mask;
    for (;;) {
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      bool placed = false;
      for (size_t j = 0; j <= probes; ++j) {
        if (s->table[i + j].key.is_null()) {
          s->table[i + j] = e;
          placed = true;
          break;
        }
      }
      if (placed) break;
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  return newsize * sizeof(SetObject::Entry);
}

}  // namespace

int Vm::set_add(SetObject* s, Value key) {
  int64_t h;
  if (!hash(key, &h)) return -1;
  return set_add_hashed(s, key, h);
}

int Vm::set_add_hashed(SetObject* s, Value key, int64_t h) {
  size_t slot;
  bool err = false;
  int64_t ix = set_lookup(*this, s, key, h, &slot, &err);
  if (err) return -1;
  if (ix >= 0) return 0;
  bool was_dummy = s->table[slot].dummy;
  s->table[slot] = SetObject::Entry{h, key, false};
  ++s->used;
  if (!was_dummy) {
    ++s->fill;
    if (static_cast<size_t>(s->fill) * 5 >= (s->table.size() - 1) * 3)
      heap.account(set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4));
  }
  return 1;
}

// Before [incoming] keys are added one by one (set_merge, and
// set_update_internal from a dict): the table grows once, up front.
void Vm::set_presize(SetObject* so, int64_t incoming) {
  int64_t mask = static_cast<int64_t>(so->table.size()) - 1;
  if ((so->fill + incoming) * 5 >= mask * 3) heap.account(set_resize(so, (so->used + incoming) * 2));
}

// setobject.c's set_merge: how CPython copies one set into another, which
// decides the iteration order of set(a_set), a | b and {1, 2, 3} literals.
int Vm::set_merge(SetObject* so, SetObject* other) {
  if (other->used == 0) return 0;
  int64_t so_mask = static_cast<int64_t>(so->table.size()) - 1;
  if ((so->fill + other->used) * 5 >= so_mask * 3) heap.account(set_resize(so, (so->used + other->used) * 2));
  so_mask = static_cast<int64_t>(so->table.size()) - 1;
  int64_t other_mask = static_cast<int64_t>(other->table.size()) - 1;
  if (so->fill == 0 && so_mask == other_mask && other->fill == other->used) {
    for (size_t i = 0; i < other->table.size(); ++i) so->table[i] = other->table[i];
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    size_t mask = so->table.size() - 1;
    for (auto& e : other->table) {
      if (e.key.is_null()) continue;
      uint64_t perturb = static_cast<uint64_t>(e.hash);
      size_t i = static_cast<size_t>(e.hash) & mask;
      for (;;) {
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        bool placed = false;
        for (size_t j = 0; j <= probes; ++j) {
          if (so->table[i + j].key.is_null()) {
            so->table[i + j] = SetObject::Entry{e.hash, e.key, false};
            placed = true;
            break;
          }
        }
        if (placed) break;
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
      }
      ++so->fill;
      ++so->used;
    }
    return 0;
  }
  for (auto& e : std::vector<SetObject::Entry>(other->table)) {
    if (!e.key.is_null() && set_add_hashed(so, e.key, e.hash) < 0) return -1;
  }
  return 0;
}

int Vm::set_contains(SetObject* s, Value key) {
  int64_t h;
  if (!hash(key, &h)) return -1;  // `[] in some_set` is a TypeError in CPython too
  return set_contains_hashed(s, key, h);
}

int Vm::set_contains_hashed(SetObject* s, Value key, int64_t h) {
  size_t slot;
  bool err = false;
  int64_t ix = set_lookup(*this, s, key, h, &slot, &err);
  if (err) return -1;
  return ix >= 0;
}

int Vm::set_discard(SetObject* s, Value key) {
  int64_t h;
  if (!hash(key, &h)) return -1;
  return set_discard_hashed(s, key, h);
}

int Vm::set_discard_hashed(SetObject* s, Value key, int64_t h) {
  size_t slot;
  bool err = false;
  int64_t ix = set_lookup(*this, s, key, h, &slot, &err);
  if (err) return -1;
  if (ix < 0) return 0;
  s->table[ix] = SetObject::Entry{-1, Value(), true};
  --s->used;
  return 1;
}

}  // namespace interleave::vm
