// The language's operations on any value: attribute access, operators,
// comparison, subscripts, iteration, truth, repr/str, hashing.
//
// Contents
//   1. Type queries
//   2. repr / str
//   3. hash / equality / comparison
//   4. Arithmetic
//   5. Attributes
//   6. Subscripts, containment, len, truth
//   7. Iteration
#include "vm/ops.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "text/codecs.h"
#include "text/hash.h"
#include "vm/numbers.h"
#include "vm/types.h"

namespace interleave::vm {

// ---------------------------------------------------------------------------
// 1. Type queries
// ---------------------------------------------------------------------------

const char* Vm::type_name(Value v) const { return type_of(v)->name->text.c_str(); }

bool Vm::is_int(Value v) const {
  return v.is_small() || (v.is_object() && (v.obj()->kind == Kind::Int || v.obj()->kind == Kind::Bool));
}

int64_t Vm::int_of(Value v) const {
  return v.is_small() ? v.small_value() : static_cast<IntObject*>(v.obj())->value;
}

bool Vm::is_number(Value v) const { return is_int(v) || (v.is_object() && v.obj()->kind == Kind::Float); }

double Vm::float_of(Value v) const {
  if (v.is_object() && v.obj()->kind == Kind::Float) return static_cast<FloatObject*>(v.obj())->value;
  return static_cast<double>(int_of(v));
}

bool Vm::is_subtype(const TypeObject* a, const TypeObject* base) const {
  for (TypeObject* m : a->mro)
    if (m == base) return true;
  return false;
}

Value Vm::lookup_type_uncached(const TypeObject* type, const StrObject* name) const {
  for (TypeObject* m : type->mro) {
    int32_t i = dict_find_str(m->dict, name);
    if (i >= 0) return m->dict->entries[i].value;
  }
  return Value();
}

Value Vm::lookup_type(const TypeObject* type, const StrObject* name) const {
  if (!name->interned) return lookup_type_uncached(type, name);
  uint64_t h = (type->serial ^ (reinterpret_cast<uintptr_t>(name) >> 4)) * 0x9E3779B97F4A7C15ULL;
  TypeCacheEntry& e = type_cache_[h >> (64 - 12)];
  static_assert(kTypeCacheSize == 4096, "the hash above takes 12 bits");
  if (e.type_serial == type->serial && e.name == name && e.epoch == type_epoch) return e.value;
  Value v = lookup_type_uncached(type, name);
  e.type_serial = type->serial;
  e.name = name;
  e.epoch = type_epoch;
  e.value = v;
  return v;
}

// A user-defined dunder of [v]'s class, or null. Built-in classes answer
// their protocols natively, so only classes from `class` statements are asked.
static Value user_dunder(Vm& vm, Value v, StrObject* name) {
  if (!v.is_object()) return Value();
  TypeObject* type = v.obj()->type;
  if (!type->is_heap_type) return Value();
  for (TypeObject* m : type->mro) {
    if (!m->is_heap_type) break;
    int32_t i = vm.dict_find_str(m->dict, name);
    if (i >= 0) return m->dict->entries[i].value;
  }
  return Value();
}

// collections.deque (builtins/deque.cpp).
bool deque_repr_append(Vm& vm, std::string& out, Value d);
Status deque_binary(Vm& vm, Value a, Value b, int op, bool inplace, Value* out);
Status deque_getitem(Vm& vm, Value d, Value key, Value* out);
Status deque_setitem(Vm& vm, Value d, Value key, Value value);
Status deque_delitem(Vm& vm, Value d, Value key);

// ---------------------------------------------------------------------------
// 2. repr / str
// ---------------------------------------------------------------------------

static void repr_str(std::string& out, const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  out += q;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
}

std::string Vm::ascii_of(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    uint32_t cp = 0;
    int len = (c >= 0xf0) ? 4 : (c >= 0xe0) ? 3 : 2;
    cp = c & (0xff >> (len + 1));
    for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3f);
    i += len;
    char b[16];
    if (cp <= 0xff)
      std::snprintf(b, sizeof b, "\\x%02x", cp);
    else if (cp <= 0xffff)
      std::snprintf(b, sizeof b, "\\u%04x", cp);
    else
      std::snprintf(b, sizeof b, "\\U%08x", cp);
    out += b;
  }
  return out;
}

static std::string hex_id(const Vm& vm, const Object* o) {
  char b[32];
  std::snprintf(b, sizeof b, "0x%llx", static_cast<unsigned long long>(vm.serial_id_base + o->serial * 16));
  return b;
}

static std::string type_display_name(const TypeObject* type) {
  if (type->module_name.empty() || type->module_name == "builtins") return type->qualname->text;
  return type->module_name + "." + type->qualname->text;
}

bool Vm::repr_append(std::string& out, Value v, bool use_dunder) {
  if (v.is_small()) {
    out += std::to_string(v.small_value());
    return true;
  }
  Object* o = v.obj();
  if (use_dunder && o->type->is_heap_type) {
    Value m = user_dunder(*this, v, n.__repr__);
    if (!m.is_null()) {
      Value r = call_sync_deferred(m, v);
      if (r.is_null()) return false;
      if (!is_str(r)) {
        raise(t.TypeError_, std::string("__repr__ returned non-string (type ") + type_name(r) + ")");
        return false;
      }
      out += as_str(r)->text;
      return true;
    }
  }
  switch (o->kind) {
    case Kind::None: out += "None"; return true;
    case Kind::Bool: out += static_cast<IntObject*>(o)->value ? "True" : "False"; return true;
    case Kind::Int: out += std::to_string(static_cast<IntObject*>(o)->value); return true;
    case Kind::Float: out += float_repr(static_cast<FloatObject*>(o)->value); return true;
    case Kind::Str: repr_str(out, static_cast<StrObject*>(o)->text); return true;
    case Kind::Bytes: {
      out += 'b';
      const std::string& d = static_cast<BytesObject*>(o)->data;
      bool has_single = d.find('\'') != std::string::npos, has_double = d.find('"') != std::string::npos;
      char q = (has_single && !has_double) ? '"' : '\'';
      out += q;
      for (unsigned char c : d) {
        char b[8];
        if (c == static_cast<unsigned char>(q) || c == '\\') {
          out += '\\';
          out += static_cast<char>(c);
        } else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c >= 0x7f) {
          std::snprintf(b, sizeof b, "\\x%02x", c);
          out += b;
        } else out += static_cast<char>(c);
      }
      out += q;
      return true;
    }
    case Kind::List: {
      auto* l = static_cast<ListObject*>(o);
      if (o->marked) {  // reused as the "being printed" flag outside collections
        out += "[...]";
        return true;
      }
      o->marked = true;
      out += '[';
      for (size_t i = 0; i < l->items.size(); ++i) {
        if (i) out += ", ";
        if (!repr_append(out, l->items[i])) {
          o->marked = false;
          return false;
        }
      }
      out += ']';
      o->marked = false;
      return true;
    }
    case Kind::Tuple: {
      auto* tp = static_cast<TupleObject*>(o);
      out += '(';
      for (size_t i = 0; i < tp->items.size(); ++i) {
        if (i) out += ", ";
        if (!repr_append(out, tp->items[i])) return false;
      }
      if (tp->items.size() == 1) out += ',';
      out += ')';
      return true;
    }
    case Kind::Dict: {
      auto* d = static_cast<DictObject*>(o);
      if (o->marked) {
        out += "{...}";
        return true;
      }
      bool is_dd = !d->default_factory.is_null() && o->type != t.dict;
      bool plain = o->type == t.dict || o->type->is_heap_type;
      std::string prefix;
      if (!plain) {
        prefix = o->type->name->text + "(";
        if (is_dd) {
          std::string f;
          if (d->default_factory == None) f = "None";
          else if (!repr_append(f, d->default_factory)) return false;
          prefix += f + ", ";
        }
        if (o->type->name->text == "Counter" || o->type->name->text == "OrderedDict") {
          if (d->used == 0) {
            out += o->type->name->text + "()";
            return true;
          }
        }
      }
      out += prefix;
      o->marked = true;
      out += '{';
      bool first = true;
      for (auto& e : d->entries) {
        if (e.key.is_null()) continue;
        if (!first) out += ", ";
        first = false;
        if (!repr_append(out, e.key) || (out += ": ", !repr_append(out, e.value))) {
          o->marked = false;
          return false;
        }
      }
      out += '}';
      o->marked = false;
      if (!plain) out += ')';
      return true;
    }
    case Kind::Set:
    case Kind::FrozenSet: {
      auto* s = static_cast<SetObject*>(o);
      bool frozen = o->kind == Kind::FrozenSet;
      if (s->used == 0) {
        out += frozen ? "frozenset()" : "set()";
        return true;
      }
      if (frozen) out += "frozenset(";
      out += '{';
      bool first = true;
      for (auto& e : s->table) {
        if (e.key.is_null()) continue;
        if (!first) out += ", ";
        first = false;
        if (!repr_append(out, e.key)) return false;
      }
      out += '}';
      if (frozen) out += ')';
      return true;
    }
    case Kind::Range: {
      auto* r = static_cast<RangeObject*>(o);
      out += "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
      if (r->step != 1) out += ", " + std::to_string(r->step);
      out += ')';
      return true;
    }
    case Kind::Slice: {
      auto* s = static_cast<SliceObject*>(o);
      out += "slice(";
      if (!repr_append(out, s->start)) return false;
      out += ", ";
      if (!repr_append(out, s->stop)) return false;
      out += ", ";
      if (!repr_append(out, s->step)) return false;
      out += ')';
      return true;
    }
    case Kind::Function:
      out += "<function " + static_cast<FunctionObject*>(o)->qualname->text + " at " + hex_id(*this, o) + ">";
      return true;
    case Kind::NativeFunction: {
      auto* nf = static_cast<NativeFunctionObject*>(o);
      if (nf->is_method && nf->owner)
        out += std::string("<method '") + nf->name + "' of '" + nf->owner->name->text + "' objects>";
      else if (!nf->self.is_null() && !(nf->self.is_object() && nf->self.obj()->kind == Kind::Module))
        out += std::string("<built-in method ") + nf->name + " of " + type_name(nf->self) + " object at " +
               (nf->self.is_object() ? hex_id(*this, nf->self.obj()) : std::string("0x0")) + ">";
      else
        out += std::string("<built-in function ") + nf->name + ">";
      return true;
    }
    case Kind::BoundMethod: {
      auto* bm = static_cast<BoundMethodObject*>(o);
      std::string fname = bm->func.obj()->kind == Kind::Function
                              ? static_cast<FunctionObject*>(bm->func.obj())->qualname->text
                              : std::string(static_cast<NativeFunctionObject*>(bm->func.obj())->name);
      out += "<bound method " + fname + " of ";
      if (!repr_append(out, bm->self)) return false;
      out += ">";
      return true;
    }
    case Kind::Type:
      out += "<class '" + type_display_name(static_cast<TypeObject*>(o)) + "'>";
      return true;
    case Kind::Module:
      out += "<module '" + static_cast<ModuleObject*>(o)->name->text + "' (built-in)>";
      return true;
    case Kind::Generator:
    case Kind::AsyncGen: {
      auto* g = static_cast<GeneratorObject*>(o);
      out += std::string(o->kind == Kind::AsyncGen ? "<async_generator object "
                         : g->is_coroutine       ? "<coroutine object "
                                                 : "<generator object ") +
             g->func->qualname->text + " at " + hex_id(*this, o) + ">";
      return true;
    }
    case Kind::Exception: {
      auto* e = static_cast<ExceptionObject*>(o);
      out += o->type->name->text + "(";
      if (e->args) {
        for (size_t i = 0; i < e->args->items.size(); ++i) {
          if (i) out += ", ";
          if (!repr_append(out, e->args->items[i])) return false;
        }
      }
      out += ")";
      return true;
    }
    case Kind::NotImplemented: out += "NotImplemented"; return true;
    case Kind::Ellipsis: out += "Ellipsis"; return true;
    case Kind::Cell: out += "<cell at " + hex_id(*this, o) + ">"; return true;
    case Kind::Code: out += "<code object " + static_cast<CodeObject*>(o)->name->text + ">"; return true;
    case Kind::Frame: {
      auto* fo = static_cast<FrameObject*>(o);
      out += "<frame at " + hex_id(*this, o) + ", file '" + fo->code->filename->text + "', line " +
             std::to_string(frame_lineno(fo)) + ", code " + fo->code->name->text + ">";
      return true;
    }
    case Kind::Traceback: out += "<traceback object at " + hex_id(*this, o) + ">"; return true;
    case Kind::Property:
      if (o->type == t.member_descriptor) {  // __slots__: (name, owner, index) is its getter's receiver
        TupleObject* data = member_info(o);
        out += "<member '" + as_str(data->items[0])->text.str() + "' of '" +
               static_cast<TypeObject*>(data->items[1].obj())->name->text.str() + "' objects>";
        return true;
      }
      out += "<property object at " + hex_id(*this, o) + ">";
      return true;
    case Kind::Deque: return deque_repr_append(*this, out, v);
    case Kind::Opaque:
    case Kind::Iterator: {
      Value m = lookup_type(o->type, n.__repr__);
      if (!m.is_null() && m.is_object() && m.obj()->kind == Kind::NativeFunction) {
        Value r = call_sync_deferred(m, v);
        if (r.is_null()) return false;
        out += as_str(r)->text;
        return true;
      }
      out += "<" + type_display_name(o->type) + " object at " + hex_id(*this, o) + ">";
      return true;
    }
    case Kind::Instance: {
      // A native type built on instances (greenlet) may have a native __repr__.
      Value m = lookup_type(o->type, n.__repr__);
      if (m.is_object() && m.obj()->kind == Kind::NativeFunction &&
          static_cast<NativeFunctionObject*>(m.obj())->owner != t.object) {
        Value r;
        if (static_cast<NativeFunctionObject*>(m.obj())->fn(*this, v, Args{nullptr, 0, nullptr}, &r) != Status::Ok)
          return false;
        out += as_str(r)->text;
        return true;
      }
      out += "<" + type_display_name(o->type) + " object at " + hex_id(*this, o) + ">";
      return true;
    }
    default:
      out += "<" + type_display_name(o->type) + " object at " + hex_id(*this, o) + ">";
      return true;
  }
}

bool Vm::str_append(std::string& out, Value v) {
  if (v.is_object()) {
    Object* o = v.obj();
    if (o->kind == Kind::Str) {
      out += static_cast<StrObject*>(o)->text;
      return true;
    }
    if (o->type->is_heap_type) {
      Value m = user_dunder(*this, v, n.__str__);
      if (!m.is_null()) {
        Value r = call_sync_deferred(m, v);
        if (r.is_null()) return false;
        if (!is_str(r)) {
          raise(t.TypeError_, std::string("__str__ returned non-string (type ") + type_name(r) + ")");
          return false;
        }
        out += as_str(r)->text;
        return true;
      }
      // object.__str__ is repr(); BaseException has a __str__ of its own.
      if (o->kind != Kind::Exception && !user_dunder(*this, v, n.__repr__).is_null()) return repr_append(out, v);
    }
    if (o->kind == Kind::Exception) {
      auto* e = static_cast<ExceptionObject*>(o);
      if (e->eg_excs) {  // BaseExceptionGroup: "message (N sub-exceptions)"
        if (!str_append(out, e->eg_message)) return false;
        size_t k = e->eg_excs->items.size();
        out += " (" + std::to_string(k) + (k == 1 ? " sub-exception)" : " sub-exceptions)");
        return true;
      }
      size_t na = e->args ? e->args->items.size() : 0;
      if (na == 0) return true;
      if (na == 1) {
        if (is_subtype(o->type, t.KeyError_)) return repr_append(out, e->args->items[0]);
        return str_append(out, e->args->items[0]);
      }
      if (na == 5 && (is_subtype(o->type, t.UnicodeDecodeError_) || is_subtype(o->type, t.UnicodeEncodeError_))) {
        // UnicodeDecodeError(encoding, object, start, end, reason): CPython
        // words it from the fields ("can't decode byte 0xff in position 0").
        const auto& a = e->args->items;
        bool decoding = is_subtype(o->type, t.UnicodeDecodeError_);
        Value obj = a[1];
        bool obj_ok = decoding ? (obj.is_object() && obj.obj()->kind == Kind::Bytes) : is_str(obj);
        if (is_str(a[0]) && obj_ok && is_int(a[2]) && is_int(a[3]) && is_str(a[4]) && int_of(a[2]) >= 0 &&
            int_of(a[3]) >= 0) {
          std::string_view data = decoding ? std::string_view(static_cast<BytesObject*>(obj.obj())->data)
                                           : std::string_view(as_str(obj)->text);
          out += text::unicode_error_message(decoding, as_str(a[0])->text, data,
                                             static_cast<size_t>(int_of(a[2])),
                                             static_cast<size_t>(int_of(a[3])), as_str(a[4])->text);
          return true;
        }
      }
      if (na >= 2 && na <= 5 && is_subtype(o->type, t.OSError_)) {
        // "[Errno 11] Resource temporarily unavailable", with ": 'file'" when there is a filename.
        out += "[Errno ";
        if (!str_append(out, e->args->items[0])) return false;
        out += "] ";
        if (!str_append(out, e->args->items[1])) return false;
        if (na > 2 && e->args->items[2] != None) {
          out += ": ";
          if (!repr_append(out, e->args->items[2])) return false;
        }
        return true;
      }
      return repr_append(out, Value::object(e->args));
    }
  }
  return repr_append(out, v);
}

Value Vm::repr(Value v) {
  std::string s;
  if (!repr_append(s, v)) return Value();
  return make_str(std::move(s));
}

Value Vm::str(Value v) {
  if (is_str(v)) return v;
  std::string s;
  if (!str_append(s, v)) return Value();
  return make_str(std::move(s));
}

// str()/repr() of a user object through a continuation, so a __str__ can be
// preempted like any other Python code.
static Status check_str_result(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  if (!vm.is_str(value)) {
    return vm.raise(vm.t.TypeError_, std::string(state ? "__repr__" : "__str__") + " returned non-string (type " +
                                         vm.type_name(value) + ")");
  }
  *out = value;
  return Status::Ok;
}

Status op_str(Vm& vm, Value v, Value* out) {
  if (vm.is_str(v)) {
    *out = v;
    return Status::Ok;
  }
  Value m = user_dunder(vm, v, vm.n.__str__);
  if (!m.is_null()) return vm.request_call(m, {v}, check_str_result, nullptr);
  // object.__str__ is repr(); BaseException has a __str__ of its own.
  if (user_dunder(vm, v, vm.n.__repr__).is_null() || !v.is_object() || v.obj()->kind == Kind::Exception) {
    *out = vm.str(v);
    return out->is_null() ? Status::Error : Status::Ok;
  }
  return op_repr(vm, v, out);
}

Status op_repr(Vm& vm, Value v, Value* out) {
  Value m = user_dunder(vm, v, vm.n.__repr__);
  if (!m.is_null()) return vm.request_call(m, {v}, check_str_result, vm.t.none);
  *out = vm.repr(v);
  return out->is_null() ? Status::Error : Status::Ok;
}

// ---------------------------------------------------------------------------
// 3. hash / equality / comparison
// ---------------------------------------------------------------------------

bool Vm::hash(Value v, int64_t* out) {
  if (v.is_small()) {
    *out = hash_int(v.small_value());
    return true;
  }
  Object* o = v.obj();
  if (o->type->is_heap_type && o->kind != Kind::Instance) {
    // A subclass of str or int with its own __hash__ (or __hash__ = None).
    Value m = user_dunder(*this, v, n.__hash__);
    if (!m.is_null()) return user_hash(v, m, out);
  }
  return builtin_hash(*this, v, out);
}

bool Vm::user_hash(Value v, Value m, int64_t* out) {
  if (m == None) {
    raise(t.TypeError_, std::string("unhashable type: '") + type_name(v) + "'");
    return false;
  }
  Value r = call_sync(m, {v});
  if (r.is_null()) return false;
  if (!is_int(r)) {
    raise(t.TypeError_, "__hash__ method should return an integer");
    return false;
  }
  *out = hash_int(int_of(r));
  return true;
}

// tuplehash (xxHash's round over the items' hashes). The result is kept
// in the tuple only when no item's hash ran Python code: CPython 3.11 asks
// the items again every time, which a printing __hash__ shows.
struct TupleHash {
  static constexpr uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL, p5 = 2870177450012600261ULL;
  uint64_t acc = p5;
  size_t n = 0;
  bool keep = true;
  void add(Value item, int64_t h) {
    acc += static_cast<uint64_t>(h) * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
    ++n;
    if (item.is_object() && (item.obj()->type->is_heap_type ||
                             (item.obj()->kind == Kind::Tuple && static_cast<TupleObject*>(item.obj())->hash == -1)))
      keep = false;
  }
  int64_t finish(TupleObject* tp) {
    acc += n ^ (p5 ^ 3527539UL);
    int64_t r = static_cast<int64_t>(acc);
    if (r == -1) r = 1546275796;
    if (keep) tp->hash = r;
    return r;
  }
};

bool builtin_hash(Vm& vm, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = hash_int(v.small_value());
    return true;
  }
  Object* o = v.obj();
  switch (o->kind) {
    case Kind::Str: {
      auto* s = static_cast<StrObject*>(o);
      if (s->hash == -1) s->hash = hash_bytes(s->text);
      *out = s->hash;
      return true;
    }
    case Kind::Int:
    case Kind::Bool:
      *out = hash_int(static_cast<IntObject*>(o)->value);
      return true;
    case Kind::Float: {
      double d = static_cast<FloatObject*>(o)->value;
      *out = hash_float(d);
      return true;
    }
    case Kind::Tuple: {
      auto* tp = static_cast<TupleObject*>(o);
      if (tp->hash != -1) {
        *out = tp->hash;
        return true;
      }
      // Under a replay run, items whose __hash__ is Python code are asked
      // one per rerun: the hash goes on from the item it stopped at, and a
      // finished one is taken as it was (Vm::ProbeMark).
      TupleHash th;
      size_t first = 0;
      Vm::ReplayRun* const run = vm.replay;
      const uint32_t start = run ? run->next : 0;
      auto mark = [&] {
        Vm::ProbeMark m;
        m.of = Vm::ProbeMark::Of::TupleHash;
        m.table = tp;
        m.start = start;
        return m;
      };
      if (run && run->state) {
        if (const Vm::ProbeMark* k = vm.probe_saved(mark())) {
          if (k->done) {
            vm.probe_skip(k->end);
            *out = k->result;
            return true;
          }
          first = k->i;
          th.n = k->i;
          th.acc = k->perturb;
          th.keep = k->j != 0;
          vm.probe_skip(k->at);
        }
      }
      for (size_t i = first; i < tp->items.size(); ++i) {
        Value item = tp->items[i];
        const bool marking = run && !run->need;
        const uint32_t at = marking ? run->next : 0;
        int64_t h;
        if (!vm.hash(item, &h)) {
          if (marking && run->need) {
            Vm::ProbeMark m = mark();
            m.at = at;
            m.i = i;
            m.perturb = th.acc;
            m.j = th.keep;
            vm.probe_note(m);
          }
          return false;
        }
        th.add(item, h);
      }
      *out = th.finish(tp);
      if (run && !run->need && run->next > start) {
        Vm::ProbeMark m = mark();
        m.done = true;
        m.end = run->next;
        m.result = *out;
        vm.probe_note(m);
      }
      return true;
    }
    case Kind::Bytes:
      *out = text::hash_bytes(static_cast<BytesObject*>(o)->data);
      return true;
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::Deque:
      vm.raise(vm.t.TypeError_, std::string("unhashable type: '") + vm.type_name(v) + "'");
      return false;
    case Kind::FrozenSet: {
      auto* s = static_cast<SetObject*>(o);
      uint64_t h = 0;
      for (auto& e : s->table) {
        if (e.key.is_null()) continue;
        uint64_t x = static_cast<uint64_t>(e.hash);
        h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
      }
      h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237UL;
      h ^= (h >> 11) ^ (h >> 25);
      h = h * 69069U + 907133923UL;
      int64_t r = static_cast<int64_t>(h);
      if (r == -1) r = 590923713;
      *out = r;
      return true;
    }
    default:
      break;
  }
  if (o->type->is_heap_type) {
    // A plain instance: its class's __hash__ (None: unhashable), or identity.
    Value m = user_dunder(vm, v, vm.n.__hash__);
    if (!m.is_null()) return vm.user_hash(v, m, out);
  }
  uint64_t id = vm.serial_id_base + o->serial * 16;
  *out = static_cast<int64_t>((id >> 4) | (id << 60));
  if (*out == -1) *out = -2;
  return true;
}

// hash() of a tuple: each item's hash is a step of Vm::for_each (a Python
// __hash__ a frame of its own, however many items). values = [iterator,
// the tuple]; the TupleHash is kept in the state.
struct TupleHashState : OpaqueObject {
  TupleHash th;
  explicit TupleHashState(TypeObject* t) : OpaqueObject(t) {}
};

static Status tuple_hash_item(Vm& vm, OpaqueObject* st, Value item, Value*, bool*) {
  int64_t h;
  if (!vm.hash(item, &h)) return Status::Error;
  static_cast<TupleHashState*>(st)->th.add(item, h);
  return Status::Ok;
}

static Status tuple_hash_done(Vm& vm, OpaqueObject* st, Value* out) {
  *out = vm.make_int(static_cast<TupleHashState*>(st)->th.finish(static_cast<TupleObject*>(st->values[1].obj())));
  return Status::Ok;
}

Status op_hash(Vm& vm, Value v, Value* out) {
  if (v.is_object() && v.obj()->kind == Kind::Tuple && !v.obj()->type->is_heap_type &&
      static_cast<TupleObject*>(v.obj())->hash == -1) {
    auto* st = vm.heap.make<TupleHashState>(vm.t.opaque);
    st->values = {Value(), v};
    return vm.for_each(v, st, tuple_hash_item, tuple_hash_done, out);
  }
  int64_t h;
  if (!vm.hash(v, &h)) return Status::Error;
  *out = vm.make_int(h);
  return Status::Ok;
}

// A keys or items view compared with a set or a view, on either side
// (a set says NotImplemented to a view: the view's reflected comparison
// answers).
static int view_side(Vm& vm, Value a, Value b) {
  auto setlike = [](Value v) {
    return v.is_object() && (v.obj()->kind == Kind::Set || v.obj()->kind == Kind::FrozenSet);
  };
  bool va = is_set_view(vm, a), vb = is_set_view(vm, b);
  if (va && (vb || setlike(b))) return 1;
  if (vb && setlike(a)) return 2;
  return 0;
}

static Status view_compare_either(Vm& vm, Value a, Value b, CompareOp op, Value* out) {
  if (view_side(vm, a, b) == 1) return view_compare(vm, a, b, op, out);
  static const CompareOp reflected[6] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                         CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
  return view_compare(vm, b, a, reflected[static_cast<int>(op)], out);
}

// Two lists, tuples, deques or sets, where the answer is needed on the spot.
static int compare_now(Vm& vm, Status (*walk)(Vm&, Value, Value, CompareOp, Value*), Value a, Value b,
                       CompareOp op) {
  Value out;
  Value r = vm.finish(walk(vm, a, b, op, &out), out);
  if (r.is_null()) return -1;
  return r == vm.True ? 1 : r == vm.False ? 0 : vm.truthy(r);
}

// Compares two built-in values. Returns 1/0, -1 on error, -2 if the types
// have no built-in ordering (the caller tries dunders or raises).
int builtin_compare(Vm& vm, Value a, Value b, CompareOp op) {
  if (vm.is_int(a) && vm.is_int(b)) {
    int64_t x = vm.int_of(a), y = vm.int_of(b);
    switch (op) {
      case CompareOp::Lt: return x < y;
      case CompareOp::Le: return x <= y;
      case CompareOp::Eq: return x == y;
      case CompareOp::Ne: return x != y;
      case CompareOp::Gt: return x > y;
      default: return x >= y;
    }
  }
  if (vm.is_number(a) && vm.is_number(b)) {
    double x = vm.float_of(a), y = vm.float_of(b);
    switch (op) {
      case CompareOp::Lt: return x < y;
      case CompareOp::Le: return x <= y;
      case CompareOp::Eq: return x == y;
      case CompareOp::Ne: return x != y;
      case CompareOp::Gt: return x > y;
      default: return x >= y;
    }
  }
  if (!a.is_object() || !b.is_object()) return -2;
  Object* oa = a.obj();
  Object* ob = b.obj();
  if (oa->kind == Kind::Str && ob->kind == Kind::Str) {
    int c = static_cast<StrObject*>(oa)->text.compare(static_cast<StrObject*>(ob)->text);
    switch (op) {
      case CompareOp::Lt: return c < 0;
      case CompareOp::Le: return c <= 0;
      case CompareOp::Eq: return c == 0;
      case CompareOp::Ne: return c != 0;
      case CompareOp::Gt: return c > 0;
      default: return c >= 0;
    }
  }
  if (oa->kind == Kind::Bytes && ob->kind == Kind::Bytes) {
    int c = static_cast<BytesObject*>(oa)->data.compare(static_cast<BytesObject*>(ob)->data);
    switch (op) {
      case CompareOp::Lt: return c < 0;
      case CompareOp::Le: return c <= 0;
      case CompareOp::Eq: return c == 0;
      case CompareOp::Ne: return c != 0;
      case CompareOp::Gt: return c > 0;
      default: return c >= 0;
    }
  }
  if (is_seq_pair(a, b)) return compare_now(vm, seq_compare, a, b, op);
  if (is_dict_pair(a, b) && (op == CompareOp::Eq || op == CompareOp::Ne))
    return compare_now(vm, dict_compare, a, b, op);
  if (is_set_pair(a, b)) return compare_now(vm, set_compare, a, b, op);
  if (view_side(vm, a, b)) return compare_now(vm, view_compare_either, a, b, op);
  if (oa->kind == Kind::Range && ob->kind == Kind::Range && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    auto* x = static_cast<RangeObject*>(oa);
    auto* y = static_cast<RangeObject*>(ob);
    bool same = x->length == y->length &&
                (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
    return op == CompareOp::Eq ? same : !same;
  }
  return -2;
}

int Vm::eq(Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small() && b.is_small()) return 0;
  if (a.is_object() && b.is_object() && a.obj()->kind == Kind::Str && b.obj()->kind == Kind::Str)
    return static_cast<StrObject*>(a.obj())->text == static_cast<StrObject*>(b.obj())->text;
  return compare_bool(a, b, CompareOp::Eq);
}

Value Vm::compare(Value a, Value b, CompareOp op) {
  Value out;
  return finish(op_compare(*this, a, b, op, &out), out);
}

int Vm::compare_bool(Value a, Value b, CompareOp op) {
  Value r = compare(a, b, op);
  if (r.is_null()) return -1;
  if (r == True) return 1;
  if (r == False) return 0;
  return truthy(r);
}

static const CompareOp kReflected[6] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                        CompareOp::Ne, CompareOp::Lt, CompareOp::Le};

static Status compare_fallback(Vm& vm, Value a, Value b, CompareOp op, Value* out) {
  if (op == CompareOp::Eq) {
    *out = vm.make_bool(a == b);
    return Status::Ok;
  }
  if (op == CompareOp::Ne) {
    *out = vm.make_bool(a != b);
    return Status::Ok;
  }
  return vm.raise(vm.t.TypeError_, std::string("'") + compare_op_symbol(op) +
                                       "' not supported between instances of '" + vm.type_name(a) + "' and '" +
                                       vm.type_name(b) + "'");
}

// State of a rich comparison going through Python dunders: a, b, op, stage.
static Status compare_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* s = static_cast<OpaqueObject*>(state);
  Value a = s->values[0], b = s->values[1];
  auto op = static_cast<CompareOp>(s->a);
  if (value != vm.NotImplemented) {
    if (s->c) {  // __ne__ derived from __eq__
      int tr;
      Status ts = truth_of(vm, value, &tr);
      if (ts == Status::Call) vm.chain_cont(compare_cont, s);  // back here with a bool
      if (ts != Status::Ok) return ts;
      *out = vm.make_bool(!tr);
      return Status::Ok;
    }
    *out = value;
    return Status::Ok;
  }
  if (s->b == 0) {
    s->b = 1;
    s->c = 0;
    Value m = user_dunder(vm, b, vm.n.cmp_dunder[static_cast<int>(kReflected[static_cast<int>(op)])]);
    if (!m.is_null() && m != vm.None) return vm.request_call(m, {b, a}, compare_cont, s);
  }
  if (is_seq_pair(a, b)) return seq_compare(vm, a, b, op, out);
  if (is_set_pair(a, b)) return set_compare(vm, a, b, op, out);
  if (is_dict_pair(a, b) && (op == CompareOp::Eq || op == CompareOp::Ne)) return dict_compare(vm, a, b, op, out);
  if (view_side(vm, a, b)) return view_compare_either(vm, a, b, op, out);
  int r = builtin_compare(vm, a, b, op);
  if (r == -1) return Status::Error;
  if (r >= 0) {
    *out = vm.make_bool(r);
    return Status::Ok;
  }
  return compare_fallback(vm, a, b, op, out);
}

Status op_compare(Vm& vm, Value a, Value b, CompareOp op, Value* out) {
  bool ua = a.is_object() && a.obj()->type->is_heap_type;
  bool ub = b.is_object() && b.obj()->type->is_heap_type;
  if (ua || ub) {
    Value m = ua ? user_dunder(vm, a, vm.n.cmp_dunder[static_cast<int>(op)]) : Value();
    bool derived_ne = false;
    if (m.is_null() && ua && op == CompareOp::Ne) {
      m = user_dunder(vm, a, vm.n.__eq__);
      derived_ne = !m.is_null();
    }
    OpaqueObject* s = vm.new_opaque();
    s->values = {a, b};
    s->a = static_cast<int64_t>(op);
    if (!m.is_null() && m != vm.None) {
      s->b = 0;
      s->c = derived_ne;
      return vm.request_call(m, {a, b}, compare_cont, s);
    }
    s->b = 0;
    return compare_cont(vm, s, Status::Ok, vm.NotImplemented, out);
  }
  if (is_seq_pair(a, b)) return seq_compare(vm, a, b, op, out);
  if (is_set_pair(a, b)) return set_compare(vm, a, b, op, out);
  if (is_dict_pair(a, b) && (op == CompareOp::Eq || op == CompareOp::Ne)) return dict_compare(vm, a, b, op, out);
  if (view_side(vm, a, b)) return view_compare_either(vm, a, b, op, out);
  int r = builtin_compare(vm, a, b, op);
  if (r == -1) return Status::Error;
  if (r >= 0) {
    *out = vm.make_bool(r);
    return Status::Ok;
  }
  return compare_fallback(vm, a, b, op, out);
}

// ---------------------------------------------------------------------------
// 4. Arithmetic
// ---------------------------------------------------------------------------

Status Vm::raise_overflow() {
  return raise(t.OverflowError_, "integer overflow: Interleave's int is limited to 64 bits");
}

bool int_binary(Vm& vm, int64_t x, int64_t y, int op, Value* out, bool* error) {
  int64_t r;
  *error = false;
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::Add:
      if (__builtin_add_overflow(x, y, &r)) break;
      *out = vm.make_int(r);
      return true;
    case BinaryOp::Sub:
      if (__builtin_sub_overflow(x, y, &r)) break;
      *out = vm.make_int(r);
      return true;
    case BinaryOp::Mul:
      if (__builtin_mul_overflow(x, y, &r)) break;
      *out = vm.make_int(r);
      return true;
    case BinaryOp::FloorDiv:
      if (y == 0) {
        vm.raise(vm.t.ZeroDivisionError_, "integer division or modulo by zero");
        *error = true;
        return true;
      }
      if (!int_floordiv(x, y, &r)) break;
      *out = vm.make_int(r);
      return true;
    case BinaryOp::Rem:
      if (y == 0) {
        vm.raise(vm.t.ZeroDivisionError_, "integer modulo by zero");
        *error = true;
        return true;
      }
      *out = vm.make_int(int_mod(x, y));
      return true;
    case BinaryOp::TrueDiv:
      if (y == 0) {
        vm.raise(vm.t.ZeroDivisionError_, "division by zero");
        *error = true;
        return true;
      }
      *out = vm.make_float(static_cast<double>(x) / static_cast<double>(y));
      return true;
    case BinaryOp::Pow:
      if (y < 0) {
        if (x == 0) {
          vm.raise(vm.t.ZeroDivisionError_, "0.0 cannot be raised to a negative power");
          *error = true;
          return true;
        }
        *out = vm.make_float(std::pow(static_cast<double>(x), static_cast<double>(y)));
        return true;
      }
      if (!int_pow(x, y, &r)) break;
      *out = vm.make_int(r);
      return true;
    case BinaryOp::LShift:
      if (y < 0) {
        vm.raise(vm.t.ValueError_, "negative shift count");
        *error = true;
        return true;
      }
      if (x == 0) {
        *out = Value::small(0);
        return true;
      }
      if (y >= 63 || ((x << y) >> y) != x) break;
      *out = vm.make_int(x << y);
      return true;
    case BinaryOp::RShift:
      if (y < 0) {
        vm.raise(vm.t.ValueError_, "negative shift count");
        *error = true;
        return true;
      }
      *out = vm.make_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
      return true;
    case BinaryOp::And: *out = vm.make_int(x & y); return true;
    case BinaryOp::Or: *out = vm.make_int(x | y); return true;
    case BinaryOp::Xor: *out = vm.make_int(x ^ y); return true;
    default: return false;
  }
  vm.raise_overflow();
  *error = true;
  return true;
}

bool float_binary(Vm& vm, double x, double y, int op, Value* out, bool* error) {
  *error = false;
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::Add: *out = vm.make_float(x + y); return true;
    case BinaryOp::Sub: *out = vm.make_float(x - y); return true;
    case BinaryOp::Mul: *out = vm.make_float(x * y); return true;
    case BinaryOp::TrueDiv:
      if (y == 0) {
        vm.raise(vm.t.ZeroDivisionError_, "float division by zero");
        *error = true;
        return true;
      }
      *out = vm.make_float(x / y);
      return true;
    case BinaryOp::FloorDiv:
      if (y == 0) {
        vm.raise(vm.t.ZeroDivisionError_, "float floor division by zero");
        *error = true;
        return true;
      }
      *out = vm.make_float(std::floor(x / y) == (x - float_mod(x, y)) / y ? std::floor(x / y)
                                                                           : std::round((x - float_mod(x, y)) / y));
      return true;
    case BinaryOp::Rem:
      if (y == 0) {
        vm.raise(vm.t.ZeroDivisionError_, "float modulo");
        *error = true;
        return true;
      }
      *out = vm.make_float(float_mod(x, y));
      return true;
    case BinaryOp::Pow:
      if (x == 0 && y < 0) {
        vm.raise(vm.t.ZeroDivisionError_, "0.0 cannot be raised to a negative power");
        *error = true;
        return true;
      }
      if (x < 0 && y != std::floor(y)) {
        vm.raise(vm.t.ValueError_, "Interleave has no complex numbers: negative number to a fractional power");
        *error = true;
        return true;
      }
      {
        double r = std::pow(x, y);
        if (std::isinf(r) && !std::isinf(x)) {
          vm.raise(vm.t.OverflowError_, "(34, 'Numerical result out of range')");
          *error = true;
          return true;
        }
        *out = vm.make_float(r);
      }
      return true;
    default: return false;
  }
}

Status Vm::raise_type_error_operands(const char* op, Value a, Value b) {
  std::string sym = std::string(op) == "**" ? "** or pow()" : op;
  return raise(t.TypeError_, "unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" +
                                 type_name(b) + "'");
}

Status str_mod_format(Vm& vm, const std::string& fmt, Value args, Value* out);  // builtins/format.cpp
Status sequence_repeat(Vm& vm, Value seq, int64_t n, Value* out);             // builtins/list.cpp

// a + b for two strs. A long a that is nobody's prefix hands its buffer to
// the result (str_text.h), so `t += x` in a loop appends in place instead of
// copying t each time; a reads the start of the result from then on. Not
// inside a nested run (gc_inhibit): a native below may hold a reference to
// a's text. Interned strings keep their buffers (the intern table points
// into them).
static Value str_concat(Vm& vm, StrObject* a, StrObject* b) {
  constexpr size_t kHandOver = 64;  // shorter strings are copied
  if (a != b && !a->interned && a->type == vm.t.str && !a->text.shared() && vm.gc_inhibit == 0 &&
      a->text.size() >= kHandOver) {
    const std::string& tail = b->text.str();
    auto* r = vm.heap.make<StrObject>(vm.t.str, std::string());
    r->lends = true;
    std::string buf = a->text.take_for(r);
    const size_t before = buf.capacity();
    buf += tail;
    vm.heap.account(tail.size() + (buf.capacity() - before));
    r->text.mutable_str() = std::move(buf);
    if (a->length >= 0 && b->length >= 0) r->length = a->length + b->length;
    return Value::object(r);
  }
  return vm.make_str(a->text + b->text);
}

// Operators on built-in types. Returns Ok/Error, or Call meaning "no
// built-in meaning" (the caller tries dunders then raises TypeError).
Status builtin_binary(Vm& vm, Value a, Value b, int op, bool inplace, Value* out) {
  bool error;
  if (vm.is_int(a) && vm.is_int(b)) {
    if (a.is_object() && b.is_object() && a.obj()->kind == Kind::Bool && b.obj()->kind == Kind::Bool &&
        (op == static_cast<int>(BinaryOp::And) || op == static_cast<int>(BinaryOp::Or) ||
         op == static_cast<int>(BinaryOp::Xor))) {
      int64_t x = vm.int_of(a), y = vm.int_of(b);
      int64_t r = op == static_cast<int>(BinaryOp::And) ? (x & y) : op == static_cast<int>(BinaryOp::Or) ? (x | y) : (x ^ y);
      *out = vm.make_bool(r);
      return Status::Ok;
    }
    if (int_binary(vm, vm.int_of(a), vm.int_of(b), op, out, &error)) return error ? Status::Error : Status::Ok;
    return Status::Call;
  }
  if (vm.is_number(a) && vm.is_number(b)) {
    if (float_binary(vm, vm.float_of(a), vm.float_of(b), op, out, &error)) return error ? Status::Error : Status::Ok;
    return Status::Call;
  }
  if ((a.is_object() && a.obj()->kind == Kind::Deque) || (b.is_object() && b.obj()->kind == Kind::Deque)) {
    Status s = deque_binary(vm, a, b, op, inplace, out);
    if (s != Status::Call) return s;
  }
  if (op == static_cast<int>(BinaryOp::Mul) && b.is_object() && !vm.is_int(a) &&
      !(a.is_object() && a.obj()->type->is_heap_type) && !b.obj()->type->is_heap_type) {
    Kind kb0 = b.obj()->kind;
    Kind ka0 = a.is_object() ? a.obj()->kind : Kind::Int;
    bool a_seq = ka0 == Kind::Str || ka0 == Kind::List || ka0 == Kind::Tuple || ka0 == Kind::Bytes;
    if (!a_seq && (kb0 == Kind::Str || kb0 == Kind::List || kb0 == Kind::Tuple || kb0 == Kind::Bytes))
      return vm.raise(vm.t.TypeError_, std::string("can't multiply sequence by non-int of type '") + vm.type_name(a) + "'");
  }
  if (!a.is_object()) {
    if (is_set_view(vm, b) && (op == static_cast<int>(BinaryOp::Or) || op == static_cast<int>(BinaryOp::And) ||
                               op == static_cast<int>(BinaryOp::Sub) || op == static_cast<int>(BinaryOp::Xor)))
      return view_binary(vm, a, b, static_cast<BinaryOp>(op), out);  // 5 & d.keys(): "not iterable"
    if (op == static_cast<int>(BinaryOp::Mul) && b.is_object()) {
      Kind kb = b.obj()->kind;
      if (kb == Kind::Str || kb == Kind::List || kb == Kind::Tuple || kb == Kind::Bytes)
        return sequence_repeat(vm, b, vm.int_of(a), out);
    }
    return Status::Call;
  }
  Kind ka = a.obj()->kind;
  Kind kb = b.is_object() ? b.obj()->kind : Kind::Int;
  auto bop = static_cast<BinaryOp>(op);
  if (bop == BinaryOp::Add) {
    if (ka == Kind::Str && kb == Kind::Str) {
      *out = str_concat(vm, vm.as_str(a), vm.as_str(b));
      return Status::Ok;
    }
    if (ka == Kind::List && kb == Kind::List) {
      if (inplace) {
        auto& items = static_cast<ListObject*>(a.obj())->items;
        auto copy = static_cast<ListObject*>(b.obj())->items;
        items.insert(items.end(), copy.begin(), copy.end());
        *out = a;
        return Status::Ok;
      }
      ListObject* l = vm.new_list();
      l->items = static_cast<ListObject*>(a.obj())->items;
      auto& bi = static_cast<ListObject*>(b.obj())->items;
      l->items.insert(l->items.end(), bi.begin(), bi.end());
      *out = Value::object(l);
      return Status::Ok;
    }
    if (ka == Kind::List && inplace) {
      std::vector<Value> items;
      if (!vm.collect_items(b, &items)) return Status::Error;
      auto& dst = static_cast<ListObject*>(a.obj())->items;
      dst.insert(dst.end(), items.begin(), items.end());
      *out = a;
      return Status::Ok;
    }
    if (ka == Kind::Tuple && kb == Kind::Tuple) {
      TupleObject* tp = vm.new_tuple(0);
      tp->items = static_cast<TupleObject*>(a.obj())->items;
      auto& bi = static_cast<TupleObject*>(b.obj())->items;
      tp->items.insert(tp->items.end(), bi.begin(), bi.end());
      *out = Value::object(tp);
      return Status::Ok;
    }
    if (ka == Kind::Bytes && kb == Kind::Bytes) {
      *out = Value::object(vm.heap.make<BytesObject>(vm.t.bytes, static_cast<BytesObject*>(a.obj())->data +
                                                                      static_cast<BytesObject*>(b.obj())->data));
      return Status::Ok;
    }
    if ((ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple) && !a.obj()->type->is_heap_type &&
        !(b.is_object() && b.obj()->type->is_heap_type)) {
      const char* what = ka == Kind::Str ? "str" : ka == Kind::List ? "list" : "tuple";
      return vm.raise(vm.t.TypeError_, std::string("can only concatenate ") + what + " (not \"" + vm.type_name(b) +
                                           "\") to " + what);
    }
    if (ka == Kind::Bytes && !a.obj()->type->is_heap_type && !(b.is_object() && b.obj()->type->is_heap_type))
      return vm.raise(vm.t.TypeError_, std::string("can't concat ") + vm.type_name(b) + " to bytes");
  }
  if (bop == BinaryOp::Mul && (ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple || ka == Kind::Bytes)) {
    if (vm.is_int(b)) return sequence_repeat(vm, a, vm.int_of(b), out);
    if (!(b.is_object() && b.obj()->type->is_heap_type))
      return vm.raise(vm.t.TypeError_, std::string("can't multiply sequence by non-int of type '") + vm.type_name(b) + "'");
  }
  if (bop == BinaryOp::Mul && vm.is_int(a) && (kb == Kind::Str || kb == Kind::List || kb == Kind::Tuple))
    return sequence_repeat(vm, b, vm.int_of(a), out);
  if (bop == BinaryOp::Rem && ka == Kind::Str) return str_mod_format(vm, vm.as_str(a)->text, b, out);
  if (bop == BinaryOp::Or || bop == BinaryOp::And || bop == BinaryOp::Sub || bop == BinaryOp::Xor) {
    if (is_set_pair(a, b)) return set_binary(vm, a, b, bop, inplace, out);
    // Any iterable on the other side ("'int' object is not iterable" otherwise).
    if (is_set_view(vm, a) || is_set_view(vm, b)) return view_binary(vm, a, b, bop, out);
  }
  if (bop == BinaryOp::Or && ka == Kind::Dict && kb == Kind::Dict) {
    DictObject* d = inplace ? static_cast<DictObject*>(a.obj()) : vm.dict_copy(static_cast<DictObject*>(a.obj()));
    if (!d || !vm.dict_update_from(d, b, false)) return Status::Error;
    *out = Value::object(d);
    return Status::Ok;
  }
  return Status::Call;
}

// seq * obj / obj * seq when neither side's operation took it: obj's
// __index__ gives the count (CPython's sq_repeat), a Python one as a frame.
static Status repeat_index_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* s = static_cast<OpaqueObject*>(state);
  if (!vm.is_int(value))
    return vm.raise(vm.t.TypeError_, std::string("__index__ returned non-int (type ") + vm.type_name(value) + ")");
  Value a = s->values[0], b = s->values[1];
  (s->b ? b : a) = value;
  return builtin_binary(vm, a, b, static_cast<int>(s->a), s->c != 0, out);
}

bool binary_unhandled(Vm& vm, Status s) {
  return s == Status::Call && vm.thread->request.kind == Request::Kind::None;
}

static Status binary_fail(Vm& vm, Value a, Value b, int op, bool inplace) {
  if (op == static_cast<int>(BinaryOp::Mul)) {
    auto is_seq = [](Value v) {
      if (!v.is_object()) return false;
      Kind k = v.obj()->kind;
      return k == Kind::Str || k == Kind::List || k == Kind::Tuple || k == Kind::Bytes;
    };
    int index_side = is_seq(a) ? 1 : is_seq(b) ? 0 : -1;
    Value other = index_side == 1 ? b : a;
    if (index_side >= 0 && other.is_object() && other.obj()->type->is_heap_type) {
      Value m = vm.lookup_type(other.obj()->type, vm.n.__index__);
      if (!m.is_null()) {
        OpaqueObject* s = vm.new_opaque();
        s->values = {a, b};
        s->a = op;
        s->b = index_side;
        s->c = inplace;
        return vm.request_call(m, {other}, repeat_index_cont, s);
      }
    }
    if (index_side >= 0 && !(other.is_object() && other.obj()->type->is_heap_type) && !vm.is_int(other))
      return vm.raise(vm.t.TypeError_, std::string("can't multiply sequence by non-int of type '") + vm.type_name(other) + "'");
  }
  return vm.raise_type_error_operands(binary_op_symbol(op + (inplace ? kInplace : 0)), a, b);
}

// State of a binary operator going through dunders: a, b, op, stage.
static Status binary_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  auto* s = static_cast<OpaqueObject*>(state);
  Value a = s->values[0], b = s->values[1];
  int op = static_cast<int>(s->a);
  bool inplace = s->c != 0;
  if (value != vm.NotImplemented) {
    *out = value;
    return Status::Ok;
  }
  // stage 0: tried __iop__; 1: tried __op__; 2: tried __rop__.
  while (s->b < 2) {
    ++s->b;
    if (s->b == 1) {
      Value m = user_dunder(vm, a, vm.n.binop_dunder[op]);
      if (!m.is_null()) return vm.request_call(m, {a, b}, binary_cont, s);
      Status bs = builtin_binary(vm, a, b, op, inplace, out);
      if (!binary_unhandled(vm, bs)) return bs;
    } else {
      if (vm.type_of(a) == vm.type_of(b)) break;
      Value m = user_dunder(vm, b, vm.n.binop_rdunder[op]);
      if (!m.is_null()) return vm.request_call(m, {b, a}, binary_cont, s);
    }
  }
  return binary_fail(vm, a, b, op, inplace);
}

// The subclass's __rop__ went first (op_binary) and said NotImplemented:
// then a's own operation, built-in or Python.
static Status reflected_first_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  if (value != vm.NotImplemented) {
    *out = value;
    return Status::Ok;
  }
  auto* s = static_cast<OpaqueObject*>(state);
  Value a = s->values[0], b = s->values[1];
  int op = static_cast<int>(s->a);
  bool inplace = s->c != 0;
  s->b = 2;  // the reflected one is not asked again
  Value m = user_dunder(vm, a, vm.n.binop_dunder[op]);
  if (!m.is_null()) return vm.request_call(m, {a, b}, binary_cont, s);
  Status bs = builtin_binary(vm, a, b, op, inplace, out);
  if (!binary_unhandled(vm, bs)) return bs;
  return binary_fail(vm, a, b, op, inplace);
}

Status op_binary(Vm& vm, Value a, Value b, int opcode_arg, Value* out) {
  bool inplace = opcode_arg >= kInplace;
  int op = inplace ? opcode_arg - kInplace : opcode_arg;
  bool ua = a.is_object() && a.obj()->type->is_heap_type;
  bool ub = b.is_object() && b.obj()->type->is_heap_type;
  if (!ua && !ub) {
    Status s = builtin_binary(vm, a, b, op, inplace, out);
    if (!binary_unhandled(vm, s)) return s;
    return binary_fail(vm, a, b, op, inplace);
  }
  OpaqueObject* s = vm.new_opaque();
  s->values = {a, b};
  s->a = op;
  s->c = inplace;
  s->b = 1;
  if (inplace && ua) {
    Value m = user_dunder(vm, a, vm.n.binop_idunder[op]);
    s->b = 0;
    if (!m.is_null()) return vm.request_call(m, {a, b}, binary_cont, s);
  }
  // b's class is a proper subclass of a's with its own __rop__: that goes
  // first (3 + Money(1) asks Money.__radd__ before int's __add__).
  if (ub && vm.type_of(a) != vm.type_of(b) && vm.is_subtype(vm.type_of(b), vm.type_of(a))) {
    Value rm = user_dunder(vm, b, vm.n.binop_rdunder[op]);
    if (!rm.is_null()) {
      return vm.request_call(rm, {b, a}, reflected_first_cont, s);
    }
  }
  // Try a.__op__ (stage 1).
  Value m = ua ? user_dunder(vm, a, vm.n.binop_dunder[op]) : Value();
  s->b = 1;
  if (!m.is_null()) return vm.request_call(m, {a, b}, binary_cont, s);
  Status bs = builtin_binary(vm, a, b, op, inplace, out);
  if (!binary_unhandled(vm, bs)) return bs;
  return binary_cont(vm, s, Status::Ok, vm.NotImplemented, out);
}

Value Vm::binary_op(Value a, Value b, BinaryOp op) {
  Value out;
  return finish(op_binary(*this, a, b, static_cast<int>(op), &out), out);
}

Status op_unary(Vm& vm, Op op, Value a, Value* out) {
  if (op == Op::UNARY_NOT) {
    int r = vm.truthy(a);
    if (r < 0) return Status::Error;
    *out = vm.make_bool(!r);
    return Status::Ok;
  }
  StrObject* name = op == Op::UNARY_NEGATIVE ? vm.n.__neg__ : op == Op::UNARY_POSITIVE ? vm.n.__pos__ : vm.n.__invert__;
  if (a.is_object() && a.obj()->type->is_heap_type) {
    Value m = user_dunder(vm, a, name);
    if (!m.is_null()) return vm.request_call(m, {a});
  }
  Status s = builtin_unary(vm, op, a, out);
  if (s != Status::Call) return s;
  const char* sym = op == Op::UNARY_NEGATIVE ? "-" : op == Op::UNARY_POSITIVE ? "+" : "~";
  return vm.raise(vm.t.TypeError_, std::string("bad operand type for unary ") + sym + ": '" + vm.type_name(a) + "'");
}

Status builtin_unary(Vm& vm, Op op, Value a, Value* out) {
  if (vm.is_int(a)) {
    int64_t x = vm.int_of(a);
    if (op == Op::UNARY_NEGATIVE) {
      if (x == INT64_MIN) return vm.raise_overflow();
      *out = vm.make_int(-x);
    } else if (op == Op::UNARY_POSITIVE) {
      *out = vm.make_int(x);
    } else {
      *out = vm.make_int(~x);
    }
    return Status::Ok;
  }
  if (a.is_object() && a.obj()->kind == Kind::Float && op != Op::UNARY_INVERT) {
    double d = vm.float_of(a);
    *out = vm.make_float(op == Op::UNARY_NEGATIVE ? -d : d);
    return Status::Ok;
  }
  return Status::Call;  // no built-in meaning
}

Value Vm::unary_op(Value a, Op op) {
  Value out;
  return finish(op_unary(*this, op, a, &out), out);
}

// ---------------------------------------------------------------------------
// 5. Attributes
// ---------------------------------------------------------------------------

Value builtin_special_attr(Vm& vm, Value obj, StrObject* name);  // builtins/attrs.cpp

// A user-defined descriptor's method: [attr] is an object of a Python
// class with __get__ / __set__ / __delete__ (null when it has none).
static Value descriptor_method(Vm& vm, Value attr, StrObject* which) {
  if (!attr.is_object() || !attr.obj()->type->is_heap_type) return Value();
  return vm.lookup_type(attr.obj()->type, which);
}

// A data descriptor (with __set__ or __delete__) and a __get__: it goes
// before the instance dict. Its __get__, or null.
static Value data_descriptor_get(Vm& vm, Value attr) {
  if (!attr.is_object() || !attr.obj()->type->is_heap_type) return Value();
  Value get = descriptor_method(vm, attr, vm.n.__get__);
  if (get.is_null()) return Value();
  if (descriptor_method(vm, attr, vm.n.__set__).is_null() && descriptor_method(vm, attr, vm.n.__delete__).is_null())
    return Value();
  return get;
}

Status type_attr_bind(Vm& vm, Value obj, TypeObject* type, Value attr, Value* out) {
  if (attr.is_object()) {
    Object* a = attr.obj();
    switch (a->kind) {
      case Kind::Function:
        *out = Value::object(vm.heap.make<BoundMethodObject>(vm.t.method, attr, obj));
        return Status::Ok;
      case Kind::NativeFunction:
        if (static_cast<NativeFunctionObject*>(a)->is_method) {
          *out = Value::object(vm.heap.make<BoundMethodObject>(vm.t.method, attr, obj));
          return Status::Ok;
        }
        break;
      case Kind::StaticMethod:
        *out = static_cast<WrapperObject*>(a)->fget;
        return Status::Ok;
      case Kind::ClassMethod:
        *out = Value::object(vm.heap.make<BoundMethodObject>(vm.t.method, static_cast<WrapperObject*>(a)->fget,
                                                             Value::object(type)));
        return Status::Ok;
      case Kind::Property: {
        auto* p = static_cast<WrapperObject*>(a);
        if (p->fget.is_null() || p->fget == vm.None) return vm.raise(vm.t.AttributeError_, "unreadable attribute");
        return vm.request_call(p->fget, {obj});
      }
      default:
        if (a->type->is_heap_type) {
          Value get = descriptor_method(vm, attr, vm.n.__get__);
          if (!get.is_null()) return vm.request_call(get, {attr, obj, Value::object(type)});
        }
        break;
    }
  }
  *out = attr;
  return Status::Ok;
}

static void attach_attribute_suggestion(Vm& vm, Value obj, StrObject* name) {
  std::vector<std::string> names;
  auto add = [&](DictObject* d) {
    if (!d) return;
    for (auto& e : d->entries)
      if (!e.key.is_null() && vm.is_str(e.key)) names.push_back(vm.as_str(e.key)->text);
  };
  if (obj.is_object() && obj.obj()->kind == Kind::Module) {
    add(static_cast<ModuleObject*>(obj.obj())->dict);
  } else {
    if (obj.is_object() && obj.obj()->kind == Kind::Instance) add(static_cast<InstanceObject*>(obj.obj())->dict);
    TypeObject* t = obj.is_object() && obj.obj()->kind == Kind::Type ? static_cast<TypeObject*>(obj.obj()) : vm.type_of(obj);
    for (TypeObject* m : t->mro) add(m->dict);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  static_cast<ExceptionObject*>(vm.thread->exc.obj())->suggestion = Vm::suggest_name(name->text, names);
}

static Status attribute_error_plain(Vm& vm, Value obj, StrObject* name) {
  if (obj.is_object() && obj.obj()->kind == Kind::Module) {
    const std::string& module = static_cast<ModuleObject*>(obj.obj())->name->text;
    return vm.raise(vm.t.AttributeError_, "module '" + module + "' has no attribute '" + name->text + "'" +
                                              std::string(Vm::partial_module_note(module)));
  }
  if (obj.is_object() && obj.obj()->kind == Kind::Type) {
    return vm.raise(vm.t.AttributeError_, "type object '" + static_cast<TypeObject*>(obj.obj())->name->text +
                                              "' has no attribute '" + name->text + "'");
  }
  return vm.raise(vm.t.AttributeError_, std::string("'") + vm.type_name(obj) + "' object has no attribute '" +
                                            name->text + "'");
}

static Status attribute_error(Vm& vm, Value obj, StrObject* name) {
  Status s = attribute_error_plain(vm, obj, name);
  if (!vm.quiet_attribute_errors) attach_attribute_suggestion(vm, obj, name);
  return s;
}

static DictObject* instance_dict(Value obj) {
  if (!obj.is_object()) return nullptr;
  Object* o = obj.obj();
  switch (o->kind) {
    case Kind::Instance: return static_cast<InstanceObject*>(o)->dict;
    case Kind::Exception: return static_cast<ExceptionObject*>(o)->dict;
    case Kind::Function: return static_cast<FunctionObject*>(o)->dict;
    case Kind::Module: return static_cast<ModuleObject*>(o)->dict;
    case Kind::List: return static_cast<ListObject*>(o)->attrs;
    case Kind::Tuple: return static_cast<TupleObject*>(o)->attrs;
    case Kind::Dict: return static_cast<DictObject*>(o)->attrs;
    case Kind::Deque: return static_cast<DequeObject*>(o)->attrs;
    case Kind::Set:
    case Kind::FrozenSet: return static_cast<SetObject*>(o)->attrs;
    default: return nullptr;
  }
}

void Vm::note_user_getattribute(TypeObject* type) {
  Value g = lookup_type(type, n.__getattribute__);
  type->user_getattribute = !g.is_null() && !(g.is_object() && g.obj()->kind == Kind::NativeFunction);
  type->getattribute_epoch = type_epoch;
}

namespace {

// type(obj).__getattribute__(obj, name) failed: an AttributeError goes to
// __getattr__(obj, name) (state: obj, name, __getattr__), as CPython's
// slot_tp_getattr_hook does.
Status getattribute_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming == Status::Ok) {
    *out = value;
    return Status::Ok;
  }
  if (incoming != Status::Error || !vm.exception_matches(vm.thread->exc, Value::object(vm.t.AttributeError_)))
    return incoming;
  vm.thread->exc = Value();
  auto* s = static_cast<OpaqueObject*>(state);
  return vm.request_call(s->values[2], {s->values[0], s->values[1]});
}

Status call_getattribute(Vm& vm, TypeObject* type, Value obj, StrObject* name) {
  Value gab = vm.lookup_type(type, vm.n.__getattribute__);
  Value ga = vm.lookup_type(type, vm.n.__getattr__);
  if (ga.is_null()) return vm.request_call(gab, {obj, Value::object(name)});
  OpaqueObject* s = vm.new_opaque();
  s->values = {obj, Value::object(name), ga};
  return vm.request_call(gab, {obj, Value::object(name)}, getattribute_cont, s);
}

Status getattr_impl(Vm& vm, Value obj, StrObject* name, Value* out, bool hooks);

}  // namespace

Status op_getattr(Vm& vm, Value obj, StrObject* name, Value* out) { return getattr_impl(vm, obj, name, out, true); }

Status op_getattr_generic(Vm& vm, Value obj, StrObject* name, Value* out) {
  return getattr_impl(vm, obj, name, out, false);
}

namespace {

Status getattr_impl(Vm& vm, Value obj, StrObject* name, Value* out, bool hooks) {
  TypeObject* type = vm.type_of(obj);
  if (type == vm.t.super_) {
    *out = builtin_special_attr(vm, obj, name);
    return out->is_null() ? Status::Error : Status::Ok;
  }
  if (obj.is_object() && obj.obj()->kind == Kind::Type) {
    auto* cls = static_cast<TypeObject*>(obj.obj());
    Value attr = vm.lookup_type(cls, name);
    if (!attr.is_null()) {
      if (attr.is_object()) {
        Kind k = attr.obj()->kind;
        if (k == Kind::ClassMethod) {
          *out = Value::object(
              vm.heap.make<BoundMethodObject>(vm.t.method, static_cast<WrapperObject*>(attr.obj())->fget, obj));
          return Status::Ok;
        }
        if (k == Kind::StaticMethod) {
          *out = static_cast<WrapperObject*>(attr.obj())->fget;
          return Status::Ok;
        }
        // A descriptor read through the class: __get__(None, cls).
        Value get = descriptor_method(vm, attr, vm.n.__get__);
        if (!get.is_null()) return vm.request_call(get, {attr, vm.None, obj});
      }
      *out = attr;
      return Status::Ok;
    }
    Value special = builtin_special_attr(vm, obj, name);
    if (!special.is_null()) {
      *out = special;
      return Status::Ok;
    }
    // Methods of `type` itself (mro, __subclasses__...).
    Value meta = vm.lookup_type(vm.t.type, name);
    if (!meta.is_null()) return type_attr_bind(vm, obj, vm.t.type, meta, out);
    if (!vm.thread->exc.is_null()) return Status::Error;
    return attribute_error(vm, obj, name);
  }
  if (hooks && vm.has_user_getattribute(type)) return call_getattribute(vm, type, obj, name);
  Value attr = vm.lookup_type(type, name);
  if (!attr.is_null() && attr.is_object() && attr.obj()->kind == Kind::Property)
    return type_attr_bind(vm, obj, type, attr, out);
  Value data_get = data_descriptor_get(vm, attr);
  if (!data_get.is_null()) return vm.request_call(data_get, {attr, obj, Value::object(type)});
  if (DictObject* d = instance_dict(obj)) {
    Value v = vm.dict_get_str(d, name);
    if (!v.is_null()) {
      *out = v;
      return Status::Ok;
    }
  }
  if (!attr.is_null()) return type_attr_bind(vm, obj, type, attr, out);
  Value special = builtin_special_attr(vm, obj, name);
  if (!special.is_null()) {
    *out = special;
    return Status::Ok;
  }
  if (!vm.thread->exc.is_null()) return Status::Error;
  if (hooks && type->is_heap_type) {
    Value ga = vm.lookup_type(type, vm.n.__getattr__);
    if (!ga.is_null()) return vm.request_call(ga, {obj, Value::object(name)});
  }
  if (hooks && obj.is_object() && obj.obj()->kind == Kind::Module) {
    // PEP 562: a module's own __getattr__(name) answers for what it lacks.
    Value ga = vm.dict_get_str(static_cast<ModuleObject*>(obj.obj())->dict, vm.n.__getattr__);
    if (!ga.is_null()) return vm.request_call(ga, {Value::object(name)});
  }
  return attribute_error(vm, obj, name);
}

}  // namespace

Status op_getattr_instance(Vm& vm, InstanceObject* o, StrObject* name, int32_t* hint, Value* out) {
  TypeObject* type = o->type;
  if (vm.has_user_getattribute(type)) return call_getattribute(vm, type, Value::object(o), name);
  Value attr = vm.lookup_type(type, name);
  if (attr.is_object()) {
    if (attr.obj()->kind == Kind::Property) return type_attr_bind(vm, Value::object(o), type, attr, out);
    Value data_get = data_descriptor_get(vm, attr);
    if (!data_get.is_null()) return vm.request_call(data_get, {attr, Value::object(o), Value::object(type)});
  }
  if (DictObject* d = o->dict) {
    int32_t i = *hint;
    if (i >= 0 && static_cast<size_t>(i) < d->entries.size() &&
        d->entries[i].key.bits() == reinterpret_cast<uint64_t>(name)) {
      *out = d->entries[i].value;
      return Status::Ok;
    }
    i = vm.dict_find_str(d, name);
    if (i >= 0) {
      *hint = i;
      *out = d->entries[i].value;
      return Status::Ok;
    }
  }
  if (!attr.is_null()) return type_attr_bind(vm, Value::object(o), type, attr, out);
  return op_getattr(vm, Value::object(o), name, out);  // special attributes, __getattr__, the error
}

Status op_setattr_instance(Vm& vm, InstanceObject* o, StrObject* name, Value v, int32_t* hint) {
  TypeObject* type = o->type;
  if (!type->is_heap_type) return op_setattr(vm, Value::object(o), name, v);
  Value attr = vm.lookup_type(type, name);
  if (attr.is_object() && (attr.obj()->kind == Kind::Property || attr.obj()->type->is_heap_type))
    return op_setattr(vm, Value::object(o), name, v);  // a property, perhaps a descriptor
  Value sa = vm.lookup_type(type, vm.n.__setattr__);
  if (sa.is_object() && sa.obj()->kind == Kind::Function) return op_setattr(vm, Value::object(o), name, v);
  if (type->no_dict || name == vm.n.__class__) return op_setattr(vm, Value::object(o), name, v);  // checked there (names are interned)
  // What op_setattr does next for an instance: store in its dict.
  DictObject* d = o->dict;
  if (!d) o->dict = d = vm.new_dict();
  int32_t i = *hint;
  if (i >= 0 && static_cast<size_t>(i) < d->entries.size() &&
      d->entries[i].key.bits() == reinterpret_cast<uint64_t>(name)) {
    d->entries[i].value = v;
    return Status::Ok;
  }
  i = vm.dict_find_str(d, name);
  if (i >= 0) {
    d->entries[i].value = v;
    *hint = i;
    return Status::Ok;
  }
  vm.dict_set(d, Value::object(name), v);
  *hint = static_cast<int32_t>(d->entries.size()) - 1;  // appended (a rebuild keeps the order)
  return Status::Ok;
}

Value Vm::get_attr(Value obj, StrObject* name) {
  Value out;
  return finish(op_getattr(*this, obj, name, &out), out);
}

Value Vm::get_attr_opt(Value obj, StrObject* name) {
  ++quiet_attribute_errors;  // an AttributeError is dropped: no suggestion needed
  Value v = get_attr(obj, name);
  --quiet_attribute_errors;
  if (v.is_null() && exception_matches(thread->exc, Value::object(t.AttributeError_))) thread->exc = Value();
  return v;
}

bool set_special_attr(Vm& vm, Value obj, StrObject* name, Value v, Status* st);  // builtins/attrs.cpp

Status op_setattr(Vm& vm, Value obj, StrObject* name, Value v, bool generic) {
  TypeObject* type = vm.type_of(obj);
  if (obj.is_object() && obj.obj()->kind == Kind::Type) {
    auto* cls = static_cast<TypeObject*>(obj.obj());
    if (!cls->is_heap_type)
      return vm.raise(vm.t.TypeError_, "cannot set '" + name->text + "' attribute of immutable type '" +
                                           cls->name->text + "'");
    vm.dict_set_str(cls->dict, name, v);
    ++cls->version;
    return Status::Ok;
  }
  Value attr = vm.lookup_type(type, name);
  if (!attr.is_null() && attr.is_object() && attr.obj()->kind == Kind::Property) {
    auto* p = static_cast<WrapperObject*>(attr.obj());
    if (p->fset.is_null() || p->fset == vm.None) {
      return vm.raise(vm.t.AttributeError_, "property '" + name->text + "' of '" + type->name->text + "' object has no setter");
    }
    return vm.request_call(p->fset, {obj, v});
  }
  Value set = descriptor_method(vm, attr, vm.n.__set__);
  if (!set.is_null()) return vm.request_call(set, {attr, obj, v});
  if (type->is_heap_type && !generic) {
    Value sa = vm.lookup_type(type, vm.n.__setattr__);
    if (!sa.is_null() && sa.is_object() && sa.obj()->kind == Kind::Function)
      return vm.request_call(sa, {obj, Value::object(name), v});
  }
  Status st;
  if (set_special_attr(vm, obj, name, v, &st)) return st;
  if (obj.is_object()) {
    Object* o = obj.obj();
    DictObject** slot = nullptr;
    if (o->kind == Kind::Instance) slot = &static_cast<InstanceObject*>(o)->dict;
    else if (o->kind == Kind::Exception) slot = &static_cast<ExceptionObject*>(o)->dict;
    else if (o->kind == Kind::Function) slot = &static_cast<FunctionObject*>(o)->dict;
    else if (o->kind == Kind::Module) slot = &static_cast<ModuleObject*>(o)->dict;
    else if (o->type->is_heap_type && o->kind == Kind::List) slot = &static_cast<ListObject*>(o)->attrs;
    else if (o->type->is_heap_type && o->kind == Kind::Tuple) slot = &static_cast<TupleObject*>(o)->attrs;
    else if (o->type->is_heap_type && o->kind == Kind::Dict) slot = &static_cast<DictObject*>(o)->attrs;
    else if (o->type->is_heap_type && o->kind == Kind::Deque) slot = &static_cast<DequeObject*>(o)->attrs;
    else if (o->type->is_heap_type && (o->kind == Kind::Set || o->kind == Kind::FrozenSet))
      slot = &static_cast<SetObject*>(o)->attrs;
    if (slot && o->type->no_dict &&
        std::none_of(o->type->slot_names.begin(), o->type->slot_names.end(),
                     [&](StrObject* s) { return s == name || s->text == name->text; })) {
      slot = nullptr;  // __slots__: not one of them
      attr = Value();
    }
    if (slot) {
      if (!*slot) *slot = vm.new_dict();
      vm.dict_set_str(*slot, name, v);
      return Status::Ok;
    }
  }
  if (!attr.is_null())
    return vm.raise(vm.t.AttributeError_, std::string("'") + vm.type_name(obj) + "' object attribute '" + name->text +
                                              "' is read-only");
  return vm.raise(vm.t.AttributeError_, std::string("'") + vm.type_name(obj) + "' object has no attribute '" +
                                            name->text + "'");
}

Status Vm::set_attr(Value obj, StrObject* name, Value v) {
  Status s = op_setattr(*this, obj, name, v);
  if (s == Status::Call) return finish_sync_request().is_null() ? Status::Error : Status::Ok;
  return s;
}

Status Vm::del_attr(Value obj, StrObject* name) {
  Status s = op_delattr(*this, obj, name);
  if (s == Status::Call) return finish_sync_request().is_null() ? Status::Error : Status::Ok;
  return s;
}

Status op_delattr(Vm& vm, Value obj, StrObject* name) {
  if (!(obj.is_object() && obj.obj()->kind == Kind::Type)) {
    // A property's deleter, a descriptor's __delete__.
    Value attr = vm.lookup_type(vm.type_of(obj), name);
    if (attr.is_object() && attr.obj()->kind == Kind::Property) {
      auto* p = static_cast<WrapperObject*>(attr.obj());
      if (p->fdel.is_null() || p->fdel == vm.None)
        return vm.raise(vm.t.AttributeError_, "property '" + name->text + "' of '" + vm.type_name(obj) +
                                                  "' object has no deleter");
      return vm.request_call(p->fdel, {obj});
    }
    Value del = descriptor_method(vm, attr, vm.n.__delete__);
    if (!del.is_null()) return vm.request_call(del, {attr, obj});
  }
  return vm.del_attr_plain(obj, name);
}

Status Vm::del_attr_plain(Value obj, StrObject* name) {
  if (DictObject* d = instance_dict(obj)) {
    int r = dict_del(d, Value::object(name));
    if (r == 1) return Status::Ok;
    if (r < 0) return Status::Error;
  }
  if (obj.is_object() && obj.obj()->kind == Kind::Type && static_cast<TypeObject*>(obj.obj())->is_heap_type) {
    auto* cls = static_cast<TypeObject*>(obj.obj());
    if (dict_del(cls->dict, Value::object(name)) == 1) {
      ++cls->version;
      return Status::Ok;
    }
  }
  return attribute_error(*this, obj, name);
}

// ---------------------------------------------------------------------------
// 6. Subscripts, containment, len, truth
// ---------------------------------------------------------------------------

Status sequence_getitem(Vm& vm, Value obj, Value key, Value* out);   // builtins/list.cpp
Status sequence_setitem(Vm& vm, Value obj, Value key, Value value);  // builtins/list.cpp
Status sequence_delitem(Vm& vm, Value obj, Value key);               // builtins/list.cpp

Status op_getitem(Vm& vm, Value obj, Value key, Value* out) {
  if (obj.is_object() && obj.obj()->type->is_heap_type) {
    Value m = user_dunder(vm, obj, vm.n.__getitem__);
    if (!m.is_null()) return vm.request_call(m, {obj, key});
  }
  return builtin_getitem(vm, obj, key, out);
}

Status builtin_getitem(Vm& vm, Value obj, Value key, Value* out) {
  if (obj.is_object()) {
    Object* o = obj.obj();
    if (o->kind == Kind::Dict) {
      bool err = false;
      Value v = vm.dict_get(static_cast<DictObject*>(o), key, &err);
      if (err) return Status::Error;
      if (!v.is_null()) {
        *out = v;
        return Status::Ok;
      }
      auto* d = static_cast<DictObject*>(o);
      if (!d->default_factory.is_null() && d->default_factory != vm.None) {
        Value made = vm.call_sync(d->default_factory, {});
        if (made.is_null()) return Status::Error;
        if (!vm.dict_set(d, key, made)) return Status::Error;
        *out = made;
        return Status::Ok;
      }
      Value missing = vm.lookup_type(o->type, vm.n.__missing__);
      if (!missing.is_null()) return vm.request_call(missing, {obj, key});
      Value exc = vm.new_exception_args(vm.t.KeyError_, &key, 1);
      return vm.raise_value(exc);
    }
    if (o->kind == Kind::Type) {
      // list[int] and friends: typing only; return the class itself.
      *out = obj;
      return Status::Ok;
    }
    switch (o->kind) {
      case Kind::List:
      case Kind::Tuple:
      case Kind::Str:
      case Kind::Range:
      case Kind::Bytes:
        return sequence_getitem(vm, obj, key, out);
      case Kind::Deque:
        return deque_getitem(vm, obj, key, out);
      default:
        break;
    }
  }
  return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(obj) + "' object is not subscriptable");
}

Value Vm::get_item(Value obj, Value key) {
  Value out;
  return finish(op_getitem(*this, obj, key, &out), out);
}

Status op_setitem(Vm& vm, Value obj, Value key, Value value) {
  if (obj.is_object() && obj.obj()->type->is_heap_type) {
    Value m = user_dunder(vm, obj, vm.n.__setitem__);
    if (!m.is_null()) return vm.request_call(m, {obj, key, value});
  }
  return builtin_setitem(vm, obj, key, value);
}

Status builtin_setitem(Vm& vm, Value obj, Value key, Value value) {
  if (obj.is_object()) {
    Object* o = obj.obj();
    if (o->kind == Kind::Dict) return vm.dict_set(static_cast<DictObject*>(o), key, value) ? Status::Ok : Status::Error;
    if (o->kind == Kind::List) return sequence_setitem(vm, obj, key, value);
    if (o->kind == Kind::Deque) return deque_setitem(vm, obj, key, value);
  }
  return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(obj) + "' object does not support item assignment");
}

Status Vm::set_item(Value obj, Value key, Value v) {
  Status s = op_setitem(*this, obj, key, v);
  if (s == Status::Call) return finish_sync_request().is_null() ? Status::Error : Status::Ok;
  return s;
}

Status op_delitem(Vm& vm, Value obj, Value key) {
  if (obj.is_object() && obj.obj()->type->is_heap_type) {
    Value m = user_dunder(vm, obj, vm.n.__delitem__);
    if (!m.is_null()) return vm.request_call(m, {obj, key});
  }
  return builtin_delitem(vm, obj, key);
}

Status builtin_delitem(Vm& vm, Value obj, Value key) {
  if (obj.is_object()) {
    Object* o = obj.obj();
    if (o->kind == Kind::Dict) {
      int r = vm.dict_del(static_cast<DictObject*>(o), key);
      if (r < 0) return Status::Error;
      if (r == 0) return vm.raise_value(vm.new_exception_args(vm.t.KeyError_, &key, 1));
      return Status::Ok;
    }
    if (o->kind == Kind::List) return sequence_delitem(vm, obj, key);
    if (o->kind == Kind::Deque) return deque_delitem(vm, obj, key);
  }
  return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(obj) + "' object doesn't support item deletion");
}

Status Vm::del_item(Value obj, Value key) {
  Status s = op_delitem(*this, obj, key);
  if (s == Status::Call) return finish_sync_request().is_null() ? Status::Error : Status::Ok;
  return s;
}

int str_find(const std::string& hay, const std::string& needle);

// A Python __contains__ answered: `in` gives its truth as a bool.
static Status contains_cont(Vm& vm, Object*, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  int tr;
  Status s = truth_of(vm, value, &tr);
  if (s == Status::Call) vm.chain_cont(contains_cont, nullptr);  // back here with a bool
  if (s != Status::Ok) return s;
  *out = vm.make_bool(tr);
  return Status::Ok;
}

Status op_contains(Vm& vm, Value container, Value item, Value* out) {
  if (container.is_object() && container.obj()->type->is_heap_type) {
    Value m = user_dunder(vm, container, vm.n.__contains__);
    if (!m.is_null()) return vm.request_call(m, {container, item}, contains_cont);
  }
  return builtin_contains(vm, container, item, out);
}

Status builtin_contains(Vm& vm, Value container, Value item, Value* out) {
  if (container.is_object()) {
    Object* o = container.obj();
    int r = -2;
    switch (o->kind) {
      case Kind::Str:
        if (!vm.is_str(item))
          return vm.raise(vm.t.TypeError_, std::string("'in <string>' requires string as left operand, not ") +
                                               vm.type_name(item));
        r = vm.as_str(container)->text.find(vm.as_str(item)->text) != std::string::npos;
        break;
      case Kind::Dict: {
        bool err = false;
        Value v = vm.dict_get(static_cast<DictObject*>(o), item, &err);
        if (err) return Status::Error;
        r = !v.is_null();
        break;
      }
      case Kind::Set:
      case Kind::FrozenSet:
        r = vm.set_contains(static_cast<SetObject*>(o), item);
        break;
      case Kind::List:
      case Kind::Tuple:
      case Kind::Deque:
        return seq_scan(vm, container, item, SeqScan::Contains, 0, INT64_MAX, out);
      case Kind::Range: {
        auto* rg = static_cast<RangeObject*>(o);
        r = 0;
        if (vm.is_int(item)) {
          int64_t x = vm.int_of(item);
          if (rg->step > 0 ? (x >= rg->start && x < rg->stop) : (x <= rg->start && x > rg->stop))
            r = ((x - rg->start) % rg->step) == 0;
        }
        break;
      }
      case Kind::Iterator:
        // dict_keys: a lookup; dict_items: the key's lookup, then its value
        // compared with the pair's (dictitems_contains).
        if (o->type == vm.t.dict_keys || o->type == vm.t.dict_items) {
          auto* d = static_cast<DictObject*>(static_cast<IteratorObject*>(o)->source.obj());
          Value key = item;
          if (o->type == vm.t.dict_items) {
            if (!(item.is_object() && item.obj()->kind == Kind::Tuple &&
                  static_cast<TupleObject*>(item.obj())->items.size() == 2)) {
              r = 0;
              break;
            }
            key = static_cast<TupleObject*>(item.obj())->items[0];
          }
          bool err = false;
          Value v = vm.dict_get(d, key, &err);
          if (err) return Status::Error;
          r = !v.is_null();
          if (r && o->type == vm.t.dict_items) r = vm.eq(v, static_cast<TupleObject*>(item.obj())->items[1]);
        }
        break;
      case Kind::Bytes:
        if (vm.is_int(item)) {
          r = static_cast<BytesObject*>(o)->data.find(static_cast<char>(vm.int_of(item))) != std::string::npos;
        } else if (item.is_object() && item.obj()->kind == Kind::Bytes) {
          r = static_cast<BytesObject*>(o)->data.find(static_cast<BytesObject*>(item.obj())->data) != std::string::npos;
        }
        break;
      default:
        break;
    }
    if (r == -1) return Status::Error;
    if (r >= 0) {
      *out = vm.make_bool(r);
      return Status::Ok;
    }
  }
  if (vm.get_iter_fails(container))
    return vm.raise(vm.t.TypeError_, std::string("argument of type '") + vm.type_name(container) + "' is not iterable");
  std::vector<Value> items;
  if (!vm.collect_items(container, &items)) return Status::Error;
  for (Value v : items) {
    int e = vm.eq(v, item);
    if (e < 0) return Status::Error;
    if (e) {
      *out = vm.True;
      return Status::Ok;
    }
  }
  *out = vm.False;
  return Status::Ok;
}

int Vm::contains(Value container, Value item) {
  Value out;
  Value r = finish(op_contains(*this, container, item, &out), out);
  if (r.is_null()) return -1;
  return r == True;
}

bool Vm::len(Value v, int64_t* out) {
  if (v.is_object()) {
    Object* o = v.obj();
    if (o->type->is_heap_type) {
      Value m = user_dunder(*this, v, n.__len__);
      if (!m.is_null()) {
        Value r = call_sync(m, {v});
        if (r.is_null()) return false;
        if (!is_int(r)) {
          raise(t.TypeError_, std::string("'") + type_name(r) + "' object cannot be interpreted as an integer");
          return false;
        }
        if (int_of(r) < 0) {
          raise(t.ValueError_, "__len__() should return >= 0");
          return false;
        }
        *out = int_of(r);
        return true;
      }
    }
  }
  return builtin_len(*this, v, out);
}

bool builtin_len(Vm& vm, Value v, int64_t* out) {
  if (v.is_object()) {
    Object* o = v.obj();
    switch (o->kind) {
      case Kind::Str: {
        auto* s = static_cast<StrObject*>(o);
        if (s->length < 0) s->length = utf8_length(s->text);
        *out = s->length;
        return true;
      }
      case Kind::Bytes: *out = static_cast<int64_t>(static_cast<BytesObject*>(o)->data.size()); return true;
      case Kind::List: *out = static_cast<int64_t>(static_cast<ListObject*>(o)->items.size()); return true;
      case Kind::Tuple: *out = static_cast<int64_t>(static_cast<TupleObject*>(o)->items.size()); return true;
      case Kind::Dict: *out = static_cast<DictObject*>(o)->used; return true;
      case Kind::Set:
      case Kind::FrozenSet: *out = static_cast<SetObject*>(o)->used; return true;
      case Kind::Range: *out = static_cast<RangeObject*>(o)->length; return true;
      case Kind::Deque: *out = static_cast<DequeObject*>(o)->size; return true;
      default: {
        Value m = vm.lookup_type(o->type, vm.n.__len__);
        if (!m.is_null()) {
          Value r = vm.call_sync(m, {v});
          if (r.is_null()) return false;
          *out = vm.int_of(r);
          return true;
        }
        break;
      }
    }
  }
  vm.raise(vm.t.TypeError_, std::string("object of type '") + vm.type_name(v) + "' has no len()");
  return false;
}

Status op_len(Vm& vm, Value v, Value* out) {
  int64_t n;
  if (!vm.len(v, &n)) return Status::Error;
  *out = vm.make_int(n);
  return Status::Ok;
}

int Vm::truthy(Value v) {
  if (v.is_small()) return v.small_value() != 0;
  Object* o = v.obj();
  switch (o->kind) {
    case Kind::None: return 0;
    case Kind::Bool:
    case Kind::Int: return static_cast<IntObject*>(o)->value != 0;
    case Kind::Float: return static_cast<FloatObject*>(o)->value != 0.0;
    default: break;
  }
  if (o->kind == Kind::Instance) {
    // A native type built on instances (greenlet) may answer with a native
    // __bool__ (a Python one in a subclass comes first).
    TypeObject* native = o->type;
    for (TypeObject* m : o->type->mro)
      if (!m->is_heap_type) {
        native = m;
        break;
      }
    Value b = native == t.object ? Value() : dict_get_str(native->dict, n.__bool__);
    if (b.is_object() && b.obj()->kind == Kind::NativeFunction &&
        (!o->type->is_heap_type || user_dunder(*this, v, n.__bool__).is_null())) {
      Value r;
      if (static_cast<NativeFunctionObject*>(b.obj())->fn(*this, v, Args{nullptr, 0, nullptr}, &r) != Status::Ok)
        return -1;
      return r == True;
    }
  }
  if (o->type->is_heap_type) {
    Value m = user_dunder(*this, v, n.__bool__);
    if (!m.is_null()) {
      Value r = call_sync(m, {v});
      if (r.is_null()) return -1;
      if (r != True && r != False) {
        raise(t.TypeError_, std::string("__bool__ should return bool, returned ") + type_name(r));
        return -1;
      }
      return r == True;
    }
    if (user_dunder(*this, v, n.__len__).is_null() && o->kind == Kind::Instance) return 1;
  }
  switch (o->kind) {
    case Kind::Str:
    case Kind::Bytes:
    case Kind::List:
    case Kind::Tuple:
    case Kind::Dict:
    case Kind::Set:
    case Kind::FrozenSet:
    case Kind::Range:
    case Kind::Deque:
    case Kind::Instance: {
      int64_t n;
      if (!len(v, &n)) return -1;
      return n != 0;
    }
    default: return 1;
  }
}

Status truth_of(Vm& vm, Value v, int* t) {
  if (v.is_object() && v.obj()->type->is_heap_type) {
    Status s = truth_request(vm, v);
    if (s != Status::Ok) return s;
  }
  *t = vm.truthy(v);
  return *t < 0 ? Status::Error : Status::Ok;
}

Status op_truthy(Vm& vm, Value v, Value* out) {
  int r = vm.truthy(v);
  if (r < 0) return Status::Error;
  *out = vm.make_bool(r);
  return Status::Ok;
}

int Vm::index_of(Value v, Value* out) {
  if (is_int(v)) {
    *out = v;
    return 1;
  }
  if (!v.is_object() || !v.obj()->type->is_heap_type) return 0;
  Value m = lookup_type(v.obj()->type, n.__index__);
  if (m.is_null()) return 0;
  Value r = call_sync(m, {v});
  if (r.is_null()) return -1;
  if (!is_int(r)) {
    raise(t.TypeError_, std::string("__index__ returned non-int (type ") + type_name(r) + ")");
    return -1;
  }
  *out = r;
  return 1;
}

bool Vm::to_index(Value v, int64_t* out, const char* what) {
  Value ix;
  int r = index_of(v, &ix);
  if (r > 0) {
    *out = int_of(ix);
    return true;
  }
  if (r < 0) return false;
  raise(t.TypeError_, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
  return false;
}

// ---------------------------------------------------------------------------
// 7. Iteration
// ---------------------------------------------------------------------------

Status builtin_iter(Vm& vm, Value v, Value* out);  // builtins/iterators.cpp

Status op_iter(Vm& vm, Value v, Value* out) {
  if (v.is_object() && v.obj()->type->is_heap_type) {
    Value m = user_dunder(vm, v, vm.n.__iter__);
    if (!m.is_null()) return vm.request_call(m, {v});
    Value gi = user_dunder(vm, v, vm.n.__getitem__);
    if (!gi.is_null()) {
      // The old sequence protocol: __getitem__(0), (1), ... until IndexError.
      IteratorObject* it = vm.new_iterator(
          [](Vm& vm, IteratorObject* it, Value* out) -> Status {
            Value r = vm.get_item(it->source, vm.make_int(it->index));
            if (r.is_null()) {
              if (vm.exception_matches(vm.thread->exc, Value::object(vm.t.IndexError_)) ||
                  vm.exception_matches(vm.thread->exc, Value::object(vm.t.StopIteration_))) {
                vm.thread->exc = Value();
                *out = Value();
                return Status::Ok;
              }
              return Status::Error;
            }
            ++it->index;
            *out = r;
            return Status::Ok;
          },
          v);
      *out = Value::object(it);
      return Status::Ok;
    }
  }
  Status s = builtin_iter(vm, v, out);
  if (s != Status::Call) return s;
  return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(v) + "' object is not iterable");
}

bool Vm::get_iter_fails(Value v) {
  if (v.is_small()) return true;
  Object* o = v.obj();
  if (o->type->is_heap_type)
    return user_dunder(*this, v, n.__iter__).is_null() && user_dunder(*this, v, n.__getitem__).is_null() &&
           lookup_type(o->type, n.__iter__).is_null();
  switch (o->kind) {
    case Kind::Str: case Kind::Bytes: case Kind::List: case Kind::Tuple: case Kind::Dict: case Kind::Set:
    case Kind::FrozenSet: case Kind::Range: case Kind::Generator: case Kind::Iterator: case Kind::Deque:
      return false;
    default:
      return lookup_type(o->type, n.__iter__).is_null();
  }
}

Value Vm::get_iter(Value v) {
  Value out;
  return finish(op_iter(*this, v, &out), out);
}

// A Python __next__ raising StopIteration means "exhausted".
static Status next_cont(Vm& vm, Object*, Status incoming, Value value, Value* out) {
  if (incoming == Status::Ok) {
    *out = value;
    return Status::Ok;
  }
  return incoming;
}

Status op_next(Vm& vm, Value it, Value* out) {
  if (it.is_object()) {
    Object* o = it.obj();
    if (o->kind == Kind::Iterator) {
      auto* io = static_cast<IteratorObject*>(o);
      if (!vm.replay) return io->next(vm, io, out);
      if (io->replay_mark != vm.replay->id) vm.replay_save(io);
      Status s = io->next(vm, io, out);
      if (s == Status::Call) vm.replay_in_flight(io);
      return s;
    }
    if (o->kind == Kind::Generator)
      return vm.request_resume(static_cast<GeneratorObject*>(o), vm.None, false, next_cont, nullptr);
    Value m = vm.lookup_type(o->type, vm.n.__next__);
    if (!m.is_null()) return vm.request_call(m, {it}, next_cont, nullptr);
  }
  return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(it) + "' object is not an iterator");
}

Status Vm::next(Value iter, Value* out) {
  Status s = op_next(*this, iter, out);
  if (s != Status::Call) return s;
  Value r = finish_sync_request();
  if (r.is_null()) {
    if (exception_matches(thread->exc, Value::object(t.StopIteration_))) {
      thread->exc = Value();
      *out = Value();
      return Status::Ok;
    }
    return Status::Error;
  }
  *out = r;
  return Status::Ok;
}

template <class Vec>
static bool collect_items_into(Vm& vm, Value iterable, Vec* out) {
  if (iterable.is_object()) {
    Object* o = iterable.obj();
    if (!o->type->is_heap_type) {
      if (o->kind == Kind::List) {
        auto& items = static_cast<ListObject*>(o)->items;
        out->assign(items.begin(), items.end());
        return true;
      }
      if (o->kind == Kind::Tuple) {
        auto& items = static_cast<TupleObject*>(o)->items;
        out->assign(items.begin(), items.end());
        return true;
      }
    }
  }
  Value it = vm.get_iter(iterable);
  if (it.is_null()) return false;
  for (;;) {
    Value item;
    if (vm.next(it, &item) != Status::Ok) return false;
    if (item.is_null()) return true;
    out->push_back(item);
    if (out->size() > (size_t{1} << 28)) {
      vm.raise(vm.t.MemoryError_, "");
      return false;
    }
  }
}

bool Vm::collect_items(Value iterable, std::vector<Value>* out) { return collect_items_into(*this, iterable, out); }
bool Vm::collect_items(Value iterable, ValueVector* out) { return collect_items_into(*this, iterable, out); }

}  // namespace interleave::vm
