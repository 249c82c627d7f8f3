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

// Index slot of [key] in [d], or of the empty slot where it would go.
// Returns the entry number or -1; *slot receives the index position
// (SIZE_MAX for a small dict).
int32_t dict_lookup(Vm& vm, DictObject* d, Value key, int64_t hash, size_t* slot, bool* error) {
  if (d->index.empty()) {
    *slot = SIZE_MAX;
    for (size_t ix = 0; ix < d->entries.size(); ++ix) {
      auto& e = d->entries[ix];
      if (e.hash == hash && !e.key.is_null() && keys_equal(vm, e.key, key, error)) return static_cast<int32_t>(ix);
      if (*error) return -1;
    }
    return -1;
  }
  size_t mask = d->index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  size_t first_free = SIZE_MAX;
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
      if (e.hash == hash && keys_equal(vm, e.key, key, error)) {
        *slot = i;
        return ix;
      }
      if (*error) return -1;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
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

void dict_rebuild(DictObject* d, size_t min_size) {
  // Compact the entries (unless none was deleted), then re-index.
  dict_compact(d, 0);
  size_t size = 8;
  while (size * 2 < min_size * 3) size <<= 1;
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
  if (d->of_type) ++type_epoch;
  if (ix >= 0) {
    d->entries[ix].value = value;
    return true;
  }
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
    size_t mask = d->index.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(h);
    slot = static_cast<size_t>(h) & mask;
    while (d->index[slot] != -1) {
      perturb >>= 5;
      slot = (slot * 5 + perturb + 1) & mask;
    }
  }
  d->index[slot] = static_cast<int32_t>(d->entries.size());
  if (d->entries.capacity() == 0) d->entries.reserve(kSmallDict);
  d->entries.push_back({h, key, value});
  d->hash_bits |= hash_bit(h);
  ++d->used;
  ++d->keys_version;
  // Keep the index at most 2/3 full (counting deleted entries).
  if (d->entries.size() * 3 >= d->index.size() * 2) dict_rebuild(d, static_cast<size_t>(d->used) * 3);
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
  size_t slot;
  bool err = false;
  int32_t ix = dict_lookup(*this, d, key, h, &slot, &err);
  if (err) return -1;
  if (ix < 0) return 0;
  if (d->of_type) ++type_epoch;
  if (slot != SIZE_MAX) d->index[slot] = -2;
  d->entries[ix].key = Value();
  d->entries[ix].value = Value();
  --d->used;
  ++d->keys_version;
  if (d->entries.size() > 16 && static_cast<size_t>(d->used) * 4 < d->entries.size())
    dict_rebuild(d, static_cast<size_t>(d->used) * 3);
  return 1;
}

bool Vm::dict_clone(DictObject* d, DictObject* src) {
  if (!d->entries.empty() || static_cast<size_t>(src->used) != src->entries.size() || d->of_type) return false;
  d->entries = src->entries;
  d->index = src->index;
  d->hash_bits = src->hash_bits;
  d->used = src->used;
  ++d->keys_version;
  heap.account(d->entries.size() * sizeof(DictObject::Entry) + d->index.size() * 4);
  return true;
}

bool Vm::dict_update_from(DictObject* d, Value src, bool merge_strict) {
  if (src.is_object() && src.obj()->kind == Kind::Dict) {
    auto* s = static_cast<DictObject*>(src.obj());
    if (dict_clone(d, s)) return true;
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
int64_t set_lookup(Vm& vm, SetObject* s, Value key, int64_t hash, size_t* insert, bool* error) {
restart:
  size_t mask = s->table.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  size_t freeslot = SIZE_MAX;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = 0; j <= probes; ++j) {
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
      bool same = keys_equal(vm, startkey, key, error);
      if (*error) return -1;
      if (s->table.data() != table || s->table.size() != mask + 1 || s->table[i + j].key != startkey) goto restart;
      if (same) return static_cast<int64_t>(i + j);
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
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
