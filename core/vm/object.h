// The object kinds of the VM: the header every heap object starts with and
// the layout of each built-in kind. Behaviour lives next to each kind in its
// own file (core/builtins/<type>.cpp); this file is only the shapes.
//
// Every object is owned by exactly one Heap (heap.h) and is freed only by its
// garbage collector. `trace` reports the Values an object holds so the
// collector can mark them; it is virtual because it runs only during a
// collection, never on the interpreter's hot path.
#pragma once

#include <cstdint>
#include <string>
#include <memory>
#include <vector>

#include "vm/pool.h"
#include "vm/str_text.h"
#include "vm/value.h"

namespace interleave::vm {

class Heap;
class Vm;
struct Thread;
struct Frame;
struct TypeObject;
struct DictObject;
struct TupleObject;
struct StrObject;
struct CodeObject;

// Marks reachable objects during a collection.
class Tracer {
 public:
  explicit Tracer(std::vector<Object*>& stack) : stack_(stack) {}
  // Always inline: the collector calls these once per reference.
  __attribute__((always_inline)) inline void visit(Value v);
  __attribute__((always_inline)) inline void visit(const Object* o);

 private:
  std::vector<Object*>& stack_;
};

// What the object is, for fast checks in the interpreter without chasing
// the type's MRO. User subclasses of a built-in kind keep the kind.
enum class Kind : uint8_t {
  None, Bool, Int, Float, Str, Bytes, List, Tuple, Dict, Set, FrozenSet,
  Range, Slice, Function, NativeFunction, BoundMethod, Cell, Code, Type,
  Instance, Exception, Module, Generator, Property, StaticMethod,
  ClassMethod, Iterator, NotImplemented, Ellipsis, Opaque, Deque,
  AsyncGen, AgAwaitable,  // async_gen.h
  Frame, Traceback        // frame_objects.cpp
};

struct Object {
  TypeObject* type;
  uint64_t serial = 0;  // allocation number: the basis of a stable id()
  Kind kind;
  bool marked = false;

  Object(TypeObject* t, Kind k) : type(t), kind(k) {}
  virtual ~Object() = default;
  // Objects come from per-size free lists (object_pool.cpp): the collector
  // frees millions of small objects and malloc/free dominated the profile.
  static void* operator new(size_t size);
  static void operator delete(void* p, size_t size);
  virtual void trace(Tracer&) {}
  // Approximate bytes owned (for the heap limit and GC pacing).
  virtual size_t footprint() const { return sizeof(Object); }
};

// Kinds whose objects hold no Values (their trace() is Object's): marking
// one needs no trip through the mark stack, only its type. (A str whose text
// is the start of another's is the exception: it keeps that one alive.)
constexpr uint64_t kLeafKinds = (uint64_t{1} << static_cast<int>(Kind::None)) | (uint64_t{1} << static_cast<int>(Kind::Bool)) |
                                (uint64_t{1} << static_cast<int>(Kind::Int)) | (uint64_t{1} << static_cast<int>(Kind::Float)) |
                                (uint64_t{1} << static_cast<int>(Kind::Str)) | (uint64_t{1} << static_cast<int>(Kind::Bytes)) |
                                (uint64_t{1} << static_cast<int>(Kind::Range));
// A 32-bit mask shifted by Kind::AgAwaitable (32) marked awaitables as leaves:
// the collector freed the async generators they drive.
static_assert(static_cast<int>(Kind::AgAwaitable) < 64, "kLeafKinds holds one bit per kind");

// ---------------------------------------------------------------------------
// Scalars
// ---------------------------------------------------------------------------

// An int outside the inline small range (still int64), or a bool.
struct IntObject : Object {
  int64_t value;
  IntObject(TypeObject* t, int64_t v, Kind k = Kind::Int) : Object(t, k), value(v) {}
};

struct FloatObject : Object {
  double value;
  FloatObject(TypeObject* t, double v) : Object(t, Kind::Float), value(v) {}
};

struct StrObject : Object {
  // The two small fields first: they fit in Object's tail padding, which
  // makes every string 16 bytes smaller (programs hold millions of them).
  bool interned = false;
  bool lends = false;   // took over another str's buffer, which may still read its start
  int32_t length = -1;  // code points, computed on demand (strings stay below 2^31 bytes)
  StrText text;         // UTF-8 (str_text.h: may be the start of a longer string's buffer)
  int64_t hash = -1;    // cached
  StrObject(TypeObject* t, std::string s) : Object(t, Kind::Str), text(std::move(s)) {}
  StrObject(TypeObject* t, std::string_view v) : Object(t, Kind::Str), text(v) {}
  // A string whose text is the start of another's keeps that one alive.
  void trace(Tracer& tr) override;
  size_t footprint() const override { return sizeof(*this) + text.capacity(); }
  bool is_ascii_known() const { return length == static_cast<int64_t>(text.size()); }
};

inline void Tracer::visit(const Object* o) {
  if (o && !o->marked) {
    const_cast<Object*>(o)->marked = true;
    if (((kLeafKinds >> static_cast<int>(o->kind)) & 1u) &&
        !(o->kind == Kind::Str && static_cast<const StrObject*>(o)->text.shared())) {
      const Object* type = reinterpret_cast<const Object*>(o->type);
      if (type && !type->marked) {
        const_cast<Object*>(type)->marked = true;
        stack_.push_back(const_cast<Object*>(type));
      }
      return;
    }
    stack_.push_back(const_cast<Object*>(o));
  }
}
inline void Tracer::visit(Value v) {
  if (v.is_object()) visit(v.obj());
}
inline void StrObject::trace(Tracer& tr) { tr.visit(reinterpret_cast<const Object*>(text.owner())); }

struct BytesObject : Object {
  std::string data;
  int64_t hash = -1;
  BytesObject(TypeObject* t, std::string s) : Object(t, Kind::Bytes), data(std::move(s)) {}
  size_t footprint() const override { return sizeof(*this) + data.capacity(); }
};

// ---------------------------------------------------------------------------
// Containers
// ---------------------------------------------------------------------------

// The item arrays of lists and tuples come from the object pool (pool.h).
using ValueVector = std::vector<Value, PoolAllocator<Value>>;

struct ListObject : Object {
  ValueVector items;
  DictObject* attrs = nullptr;  // instance dict of a user subclass
  explicit ListObject(TypeObject* t) : Object(t, Kind::List) {}
  void trace(Tracer& tr) override {
    for (Value v : items) tr.visit(v);
    tr.visit(reinterpret_cast<Object*>(attrs));
  }
  size_t footprint() const override { return sizeof(*this) + items.capacity() * 8; }
};

// collections.deque: a ring buffer (capacity a power of two, or empty);
// the operations are in core/builtins/deque.cpp.
struct DequeObject : Object {
  std::vector<Value> ring;
  int64_t head = 0;    // ring index of the first item
  int64_t size = 0;
  int64_t maxlen = -1;  // -1: unbounded
  uint64_t state = 0;   // bumped when items move: iterators compare it
  DictObject* attrs = nullptr;  // instance dict of a user subclass
  explicit DequeObject(TypeObject* t) : Object(t, Kind::Deque) {}
  Value& at(int64_t i) { return ring[(head + i) & static_cast<int64_t>(ring.size() - 1)]; }
  void trace(Tracer& tr) override {
    for (int64_t i = 0; i < size; ++i) tr.visit(at(i));
    tr.visit(reinterpret_cast<Object*>(attrs));
  }
  size_t footprint() const override { return sizeof(*this) + ring.capacity() * 8; }
};

struct TupleObject : Object {
  ValueVector items;
  int64_t hash = -1;
  DictObject* attrs = nullptr;  // instance dict of a user subclass
  explicit TupleObject(TypeObject* t) : Object(t, Kind::Tuple) {}
  void trace(Tracer& tr) override {
    for (Value v : items) tr.visit(v);
    tr.visit(reinterpret_cast<Object*>(attrs));
  }
  size_t footprint() const override { return sizeof(*this) + items.capacity() * 8; }
  size_t size() const { return items.size(); }
};

// Insertion-ordered hash table with CPython's layout: a dense entry array
// plus a sparse index table probed the way dictobject.c probes it.
struct DictObject : Object {
  // A type's own dict: every change to it bumps Vm::type_epoch, which
  // invalidates the type attribute cache (Vm::lookup_type). Fits in Object's
  // tail padding.
  bool of_type = false;
  // Bit (hash & 31) is set for the hash of every key put in since the last
  // rebuild: a clear bit answers "not here" without probing (an instance
  // dict asked for a method or a class attribute). Also in the padding.
  uint32_t hash_bits = 0;
  struct Entry {
    int64_t hash;
    Value key;  // null for a deleted entry
    Value value;
  };
  std::vector<Entry, PoolAllocator<Entry>> entries;
  std::vector<int32_t, PoolAllocator<int32_t>> index;  // -1 empty, -2 deleted, else entry number
  int64_t used = 0;
  // Bumped whenever the set of keys changes (not on a value update), so the
  // interpreter's global-name caches can remember an entry number.
  uint64_t keys_version = 0;
  Value default_factory;  // collections.defaultdict
  DictObject* attrs = nullptr;  // instance dict of a user subclass
  explicit DictObject(TypeObject* t) : Object(t, Kind::Dict) {}
  void trace(Tracer& tr) override {
    for (auto& e : entries) {
      tr.visit(e.key);
      tr.visit(e.value);
    }
    tr.visit(default_factory);
    tr.visit(reinterpret_cast<Object*>(attrs));
  }
  size_t footprint() const override {
    return sizeof(*this) + entries.capacity() * sizeof(Entry) + index.capacity() * 4;
  }
};

// set and frozenset: open addressing exactly like setobject.c so that
// iteration order matches CPython's for ints (hash(i) == i).
struct SetObject : Object {
  struct Entry {
    int64_t hash;
    Value key;  // null: empty; dummy: key null and hash == -1
    bool dummy;
  };
  std::vector<Entry> table;
  int64_t used = 0;
  int64_t fill = 0;
  int64_t hash = -1;  // frozenset
  int64_t finger = 0;  // where set.pop() looks first (setobject.c's so->finger)
  DictObject* attrs = nullptr;  // instance dict of a user subclass
  SetObject(TypeObject* t, Kind k) : Object(t, k) { table.resize(8, Entry{0, Value(), false}); }
  void trace(Tracer& tr) override {
    for (auto& e : table) tr.visit(e.key);
    tr.visit(reinterpret_cast<Object*>(attrs));
  }
  size_t footprint() const override { return sizeof(*this) + table.capacity() * sizeof(Entry); }
};

struct RangeObject : Object {
  int64_t start, stop, step, length;
  RangeObject(TypeObject* t, int64_t a, int64_t b, int64_t c, int64_t n)
      : Object(t, Kind::Range), start(a), stop(b), step(c), length(n) {}
};

struct SliceObject : Object {
  Value start, stop, step;
  SliceObject(TypeObject* t, Value a, Value b, Value c)
      : Object(t, Kind::Slice), start(a), stop(b), step(c) {}
  void trace(Tracer& tr) override {
    tr.visit(start);
    tr.visit(stop);
    tr.visit(step);
  }
};

// ---------------------------------------------------------------------------
// Callables
// ---------------------------------------------------------------------------

struct CellObject : Object {
  Value value;  // null: empty cell
  explicit CellObject(TypeObject* t) : Object(t, Kind::Cell) {}
  void trace(Tracer& tr) override { tr.visit(value); }
};

struct FunctionObject : Object {
  CodeObject* code;
  DictObject* globals;
  StrObject* name;
  StrObject* qualname;
  TupleObject* defaults = nullptr;   // positional defaults
  DictObject* kwdefaults = nullptr;  // keyword-only defaults
  TupleObject* closure = nullptr;    // cells for the code's free variables
  DictObject* dict = nullptr;        // __dict__ (functools.wraps, attributes)
  Value doc;
  Value module;
  FunctionObject(TypeObject* t, CodeObject* c, DictObject* g, StrObject* n, StrObject* q)
      : Object(t, Kind::Function), code(c), globals(g), name(n), qualname(q) {}
  void trace(Tracer& tr) override;
};

// How a native (C++) function finished.
//   Ok     -- *out holds the result.
//   Error  -- an exception is set on the thread.
//   Call   -- the native asked the interpreter to make a call for it
//             (Thread::request); see interpreter.h.
//   Block  -- the native blocked the thread (sleep, lock wait): the
//             simulator resumes it later with a result.
enum class Status : uint8_t { Ok, Error, Call, Block };

// Arguments of a call, vectorcall style: [n] positional values, then one
// value per keyword name in [kwnames] (nullptr when there are none).
struct Args {
  Value* v;
  int n;
  TupleObject* kwnames;
  int nkw() const { return kwnames ? static_cast<int>(kwnames->items.size()) : 0; }
  Value operator[](int i) const { return v[i]; }
};

using NativeFn = Status (*)(Vm& vm, Value self, Args args, Value* out);

struct NativeFunctionObject : Object {
  NativeFn fn;
  const char* name;
  Value self;          // bound receiver, or null
  Value data;          // per-function data (partial, itemgetter, ...)
  bool is_method;      // stored in a type: binds `self` on attribute access
  bool is_slot = false;  // a built-in type's operator method (int.__add__): CPython's slot wrapper
  TypeObject* owner = nullptr;  // for methods: the type that defines it
  NativeFunctionObject(TypeObject* t, NativeFn f, const char* n)
      : Object(t, Kind::NativeFunction), fn(f), name(n), is_method(false) {}
  void trace(Tracer& tr) override;
};

struct BoundMethodObject : Object {
  Value func;
  Value self;
  BoundMethodObject(TypeObject* t, Value f, Value s) : Object(t, Kind::BoundMethod), func(f), self(s) {}
  void trace(Tracer& tr) override {
    tr.visit(func);
    tr.visit(self);
  }
};

// property / staticmethod / classmethod wrappers.
struct WrapperObject : Object {
  Value fget, fset, fdel, doc;
  WrapperObject(TypeObject* t, Kind k, Value f) : Object(t, k), fget(f) {}
  void trace(Tracer& tr) override {
    tr.visit(fget);
    tr.visit(fset);
    tr.visit(fdel);
    tr.visit(doc);
  }
};

// ---------------------------------------------------------------------------
// Types, instances, modules
// ---------------------------------------------------------------------------

// Which C++ layout the instances of a type use; user classes inherit it from
// their built-in base (object -> Instance, Exception -> Exception, ...).
enum class Layout : uint8_t { Object, Exception, Builtin };

struct TypeObject : Object {
  StrObject* name = nullptr;
  StrObject* qualname = nullptr;
  std::string module_name;
  TypeObject* base = nullptr;
  std::vector<TypeObject*> bases;
  std::vector<TypeObject*> mro;  // C3, starting with this type
  DictObject* dict = nullptr;
  Kind instance_kind = Kind::Instance;
  Layout layout = Layout::Object;
  bool is_heap_type = false;  // defined by a `class` statement
  bool subclassable = true;
  // __slots__ without "__dict__" here and in every class above: instances
  // take only [slot_names] as attributes (kept in their dict all the same).
  bool no_dict = false;
  std::vector<StrObject*> slot_names;
  // Slot values an instance holds for the member descriptors of this class
  // and its bases (InstanceObject::slot_values).
  uint32_t slot_count = 0;
  // Whether a class in the MRO defines __getattribute__, as of
  // [getattribute_epoch] (a Vm::type_epoch): Vm::has_user_getattribute.
  bool user_getattribute = false;
  uint64_t getattribute_epoch = 0;
  // Bumped when this type's or a base's dict changes: method caches key on it.
  uint64_t version = 0;
  NativeFn constructor = nullptr;  // __new__ + __init__ for built-in types
  TypeObject(TypeObject* meta) : Object(meta, Kind::Type) {}
  void trace(Tracer& tr) override;
};

struct InstanceObject : Object {
  DictObject* dict = nullptr;
  // The values of its class's __slots__ (member descriptors): made on the
  // first store, type->slot_count of them, null while unset.
  std::unique_ptr<Value[]> slot_values;
  InstanceObject(TypeObject* t) : Object(t, Kind::Instance) {}
  void trace(Tracer& tr) override {
    tr.visit(dict);
    if (slot_values)
      for (uint32_t i = 0; i < type->slot_count; ++i) tr.visit(slot_values[i]);
  }
};

struct FrameObject;
struct TracebackObject;

// One line of a traceback: where a frame was when the exception passed,
// the frame (its Python object, as tb_frame), and the traceback object
// made for the entry once a program asks for it (frame_objects.cpp).
struct TracebackEntry {
  CodeObject* code;
  int32_t pc;
  FrameObject* frame = nullptr;
  TracebackObject* tb = nullptr;
};

struct ExceptionObject : Object {
  DictObject* dict = nullptr;
  TupleObject* args = nullptr;
  Value cause;
  Value context;
  bool suppress_context = false;
  std::vector<TracebackEntry> traceback;  // innermost last
  Value value;  // StopIteration.value
  std::string suggestion;  // "Did you mean: '...'?" for NameError/AttributeError
  // BaseExceptionGroup (builtins/exception_group.cpp): .message and the
  // .exceptions tuple, set by its __new__; null for other exceptions.
  Value eg_message;
  TupleObject* eg_excs = nullptr;
  ExceptionObject(TypeObject* t) : Object(t, Kind::Exception) {}
  void trace(Tracer& tr) override;
};

// A frame as Python sees it (sys._getframe(), tb_frame, f_back). While
// its frame runs, `live` points at it; when the frame ends, the object
// keeps what it needs (as CPython's frame object takes ownership of its
// _PyInterpreterFrame): the locals, the last instruction, and the caller's
// frame object. `owner` is the generator or greenlet whose memory holds a
// live frame that is not on a thread's chain, kept alive with it.
struct FrameObject : Object {
  Frame* live = nullptr;
  Object* owner = nullptr;
  CodeObject* code;
  DictObject* globals;
  DictObject* locals = nullptr;  // module and class bodies
  FrameObject* back = nullptr;   // once ended
  int32_t lasti = 0;             // once ended
  std::vector<Value> saved;      // once ended: locals | cells | frees
  FrameObject(TypeObject* t, CodeObject* c, DictObject* g) : Object(t, Kind::Frame), code(c), globals(g) {}
  void trace(Tracer& tr) override;
};

// A traceback entry as Python sees it: tb_frame, tb_lineno, tb_next.
struct TracebackObject : Object {
  FrameObject* frame;
  int32_t pc;
  TracebackObject* next = nullptr;
  TracebackObject(TypeObject* t, FrameObject* f, int32_t p) : Object(t, Kind::Traceback), frame(f), pc(p) {}
  void trace(Tracer& tr) override {
    tr.visit(frame);
    tr.visit(next);
  }
};

struct ModuleObject : Object {
  StrObject* name;
  DictObject* dict;
  ModuleObject(TypeObject* t, StrObject* n, DictObject* d) : Object(t, Kind::Module), name(n), dict(d) {}
  void trace(Tracer& tr) override {
    tr.visit(name);
    tr.visit(dict);
  }
};

// ---------------------------------------------------------------------------
// Generators and iterators
// ---------------------------------------------------------------------------

enum class GenState : uint8_t { Created, Suspended, Running, Closed };

// A generator or coroutine: it owns a detached frame that the interpreter
// links onto a thread's frame chain while it runs.
struct GeneratorObject : Object {
  Frame* frame = nullptr;
  FunctionObject* func;
  GenState state = GenState::Created;
  bool is_coroutine = false;
  // Created by a call whose result went straight into a for-loop: nothing
  // else can refer to it, so leaving the loop early closes it (as CPython's
  // reference counting does at that moment).
  bool loop_owned = false;
  bool unawaited_reported = false;  // "coroutine ... was never awaited" was printed (async_gen.cpp)
  // Its own exc_info item (the exception its code handles, kept across a
  // yield), and while it runs, the thread's items it was resumed over.
  Value exc_state;
  Value saved_handled, saved_outer;
  GeneratorObject(TypeObject* t, FunctionObject* f) : Object(t, Kind::Generator), func(f) {}
  ~GeneratorObject() override;
  void trace(Tracer& tr) override;
};

// Built-in iterators (list, tuple, range, str, dict views, map, zip, ...)
// share one shape: a native `next` and a few slots.
struct IteratorObject;
using IterNextFn = Status (*)(Vm& vm, IteratorObject* it, Value* out);  // Ok + null out = exhausted

struct IteratorObject : Object {
  IterNextFn next;
  Value source;
  Value aux;
  Value aux2;
  int64_t index = 0;
  int64_t limit = 0;
  int64_t step = 0;
  std::vector<Value> extra;
  uint32_t replay_mark = 0;  // the replay run that saved its position (Vm::replay_save)
  IteratorObject(TypeObject* t, IterNextFn n, Value src) : Object(t, Kind::Iterator), next(n), source(src) {}
  void trace(Tracer& tr) override {
    tr.visit(source);
    tr.visit(aux);
    tr.visit(aux2);
    for (Value v : extra) tr.visit(v);
  }
};

// Any other native state (continuation states, ...).
struct OpaqueObject : Object {
  std::vector<Value> values;
  int64_t a = 0, b = 0, c = 0;
  void* fn1 = nullptr;  // callbacks of a native's continuation (Vm::for_each)
  void* fn2 = nullptr;
  bool stopped = false;  // Vm::for_each: the item callback said stop
  explicit OpaqueObject(TypeObject* t) : Object(t, Kind::Opaque) {}
  void trace(Tracer& tr) override {
    for (Value v : values) tr.visit(v);
  }
  size_t footprint() const override { return sizeof(*this) + values.capacity() * 8; }
};

}  // namespace interleave::vm
