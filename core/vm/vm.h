// Vm: one simulated process's Python runtime -- its heap, built-in types,
// modules, threads of execution and the interpreter that runs them.
//
// Several Vms may live in one C++ process (one per simulated process); there
// is no global or static state holding Python objects.
//
// Running code. `run(thread, budget)` executes a thread's frame chain for at
// most [budget] instructions and reports why it stopped (interpreter.cpp).
// Natives that need Python code run (type.__call__ -> __init__, print ->
// __str__, sorted -> key) never re-enter the interpreter: they return
// Status::Call after filling `thread->request`, and the interpreter pushes
// the callee plus a continuation frame (frame.h).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/code.h"
#include "vm/frame.h"
#include "vm/heap.h"
#include "vm/object.h"
#include "vm/opcodes.h"

namespace interleave::sim {
class Machine;
}

namespace interleave::vm {

// Why run() returned.
enum class StopReason : uint8_t {
  BudgetSpent,      // the instruction budget ran out
  SwitchRequested,  // the eval breaker was set at a switch point
  Blocked,          // a native blocked the thread (sleep, lock, I/O)
  Finished,         // the thread's first frame returned
  Raised,           // an exception left the thread's first frame
  LimitReached,     // a hard limit (memory, steps) stopped the run
};

// What a native asked the interpreter to do for it (Status::Call).
struct Request {
  enum class Kind : uint8_t { None, Call, Resume, Switch } kind = Kind::None;
  Value callable;
  std::vector<Value> args;
  TupleObject* kwnames = nullptr;
  DictObject* locals = nullptr;     // run a class body with this namespace
  GeneratorObject* gen = nullptr;   // Resume: the generator
  Value send;                       // Resume: the sent value (or exception)
  bool is_throw = false;
  ContFn cont = nullptr;            // null: the callee's result is mine
  Object* state = nullptr;
  // Switch (greenlet.cpp): replaces the thread's frame chain with another
  // one (Thread::top, depth, handled) whose top is a continuation frame.
  // Ok: run from the new top; Error: nothing changed, the exception is
  // set; Call: then perform the new request it made (start a greenlet).
  Status (*perform)(Vm& vm, Object* state) = nullptr;
};

// Names the switch-point policy of the machine issue.
enum class SwitchPoints : uint8_t { CPython, Any };

struct Thread {
  Frame* top = nullptr;       // innermost frame
  Value exc;                  // exception being raised (while unwinding)
  // The exception being handled, as CPython's stack of exc_info items:
  // [handled] is the top item's (the running generator's own, or the
  // thread's), [outer_handled] what the items below resolve to. A
  // generator keeps its own across a yield (Vm::generator_enter/leave).
  Value handled;
  Value outer_handled;
  // What sys.exc_info(), a bare `raise` and implicit chaining see: the
  // topmost item that handles something.
  Value topmost_handled() const {
    return !handled.is_null() ? handled : outer_handled;  // (never None: null)
  }
  int depth = 0;              // Python frames on the chain
  uint64_t clock_ns = 0;      // simulated time this thread has consumed
  uint64_t steps = 0;         // instructions executed
  uint32_t eval_breaker = 0;  // nonzero: stop at the next switch point
  Request request;
  Value result;               // the first frame's return value
  // A native that returned Status::Block is finished by the simulator with
  // Vm::complete_blocked(): the value (or the exception in `exc`) is
  // delivered to the waiting frame when run() is next called.
  bool resume_pending = false;
  bool start_pending = false;  // new_thread(): the first call is still to be made
  bool resume_with_error = false;
  Value block_value;
  std::string block_reason;   // what the thread waits for, for the UI
  int32_t sim_id = -1;        // the simulated OS thread running this chain
  Object* greenlet = nullptr; // the greenlet running on this thread (greenlet.cpp), once used
  Value started_with;         // the function a simulated thread was started with, named if it fails
};

struct Types;
struct Names;

class Vm {
 public:
  Vm();
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  // --- Configuration -------------------------------------------------------
  int recursion_limit = 1000;
  // Instructions a thread may execute in all (Session's max_steps; < 0: no
  // limit). Nested synchronous runs (call_sync) stop there too.
  int64_t step_limit = -1;
  bool step_limit_hit = false;  // a nested run stopped at step_limit
  // Python calls made in a nested interpreter loop (finish_sync_request
  // outside a replay run, or past kMaxReplays reruns): tests check that
  // what should run as frames did.
  uint64_t nested_runs = 0;
  uint64_t seed = 0;
  SwitchPoints switch_points = SwitchPoints::CPython;
  uint32_t op_cost_ns[kOpCount];  // simulated cost of each opcode
  std::vector<std::string> argv;

  // --- Output (no I/O: the front end reads these) --------------------------
  std::string out;  // everything printed to stdout, in order
  std::string err;  // stderr
  // Called after each write so a front end can stream; may be empty.
  std::function<void(bool is_err, std::string_view text)> on_output;
  void write_out(std::string_view s, bool is_err);

  // The simulated machine this Vm (one simulated process) runs in; null when
  // a bare Session runs a single thread (then time.sleep only moves the
  // thread's clock and threads cannot start).
  sim::Machine* machine = nullptr;

  // --- Running ----------------------------------------------------------------
  // Compiles [source] as module __main__ onto a new thread's frame chain.
  // Returns false (and fills syntax_error) on a SyntaxError.
  Thread* main_thread = nullptr;
  Thread* thread = nullptr;  // the thread run() is executing
  StopReason run(Thread* t, int64_t budget);
  // A new thread whose first frame calls [callable](*args) (threading's
  // Thread.run). run() on it returns Finished (result in Thread::result)
  // or Raised (exception in Thread::exc) when the call ends.
  Thread* new_thread(Value callable, std::vector<Value> args);
  // The same on [th] once its chain has ended: what the main thread runs
  // after the program (threading's atexit hooks, closing __main__'s
  // generators) is a call like any other, preemptible and visible.
  void start_call(Thread* th, Value callable, std::vector<Value> args = {});
  // Completes the call a thread blocked in (Status::Block) with [result],
  // or with the exception [exc] when result is null.
  void complete_blocked(Thread* t, Value result, Value exc = Value());
  // Formats the uncaught exception [exc] the way CPython prints it.
  std::string format_exception(Value exc, bool with_chain = true);  // without: one exception, as the unraisable hook prints
  // The same as the strings traceback.format_exception returns; [limit]
  // (INT64_MIN: none) keeps each traceback's first entries, or its last
  // -limit ones.
  std::vector<std::string> format_exception_chunks(Value exc, bool with_chain, int64_t limit);
  // The `    ^^^^` line a traceback entry prints under [line] for the
  // instruction range [r], or "" when it prints none.
  static std::string traceback_carets(std::string_view line, const SourceRange& r);
  void register_source(std::string filename, std::string text);
  std::string_view source_line(const StrObject* filename, int line) const;

  // --- Heap and allocation --------------------------------------------------
  Heap heap;
  Types& t;  // built-in types
  Names& n;  // interned names (__init__, ...)
  Value None, True, False, NotImplemented, Ellipsis;
  Value missing;  // a plain object() meaning "no value" to Python code (map.get(key, missing))

  Value make_int(int64_t i);
  Value make_float(double d);
  Value make_bool(bool b) { return b ? True : False; }
  Value make_str(std::string s);
  // A str of a piece of another's text, copied once (str.split's words).
  Value make_str_copy(std::string_view piece);
  StrObject* new_str(std::string s);
  StrObject* intern(std::string_view s);
  TupleObject* new_tuple(size_t n = 0);
  Value make_tuple(std::vector<Value> items);
  Value make_tuple_from(ValueVector&& items);
  ListObject* new_list(size_t n = 0);
  DictObject* new_dict();
  SetObject* new_set(bool frozen = false);
  NativeFunctionObject* new_native(const char* name, NativeFn fn, Value data = Value());
  OpaqueObject* new_opaque();
  IteratorObject* new_iterator(IterNextFn fn, Value source);
  TypeObject* new_type(const char* name, TypeObject* base, Layout layout, Kind kind);
  ModuleObject* new_module(std::string_view name);
  // Adds a native method [name] to [type].
  void add_method(TypeObject* type, const char* name, NativeFn fn);
  // A static method (CPython's __new__): never bound, by a type, an
  // instance or super(); its first argument arrives as self.
  void add_static_method(TypeObject* type, const char* name, NativeFn fn);
  void add_attr(DictObject* dict, const char* name, Value v);

  // --- Exceptions (exceptions.cpp) -------------------------------------------
  // Sets the thread's exception to a new [type]([message]); returns Error.
  Status raise(TypeObject* type, std::string message);
  Status raise_value(Value exc);
  Value new_exception(TypeObject* type, std::string message);
  Value new_exception_args(TypeObject* type, Value* args, int n);
  bool exception_matches(Value exc, Value type_or_tuple);
  bool is_subtype(const TypeObject* t, const TypeObject* base) const;
  Status raise_type_error_operands(const char* op, Value a, Value b);
  // CPython 3.11's "Did you mean" for a mistyped [name] among [candidates].
  static std::string suggest_name(const std::string& name, const std::vector<std::string>& candidates);
  // Raises NameError for [name] in frame [f], with a suggestion.
  Status raise_name_error(StrObject* name, Frame* f);
  Status raise_overflow();

  // --- Protocols (ops.cpp) ---------------------------------------------------
  // These may call Python dunders synchronously (call_sync); the interpreter
  // itself dispatches dunders of the hot operators without recursion.
  TypeObject* type_of(Value v) const { return v.is_small() ? int_type_ : v.obj()->type; }
  const char* type_name(Value v) const;
  bool is_int(Value v) const;       // int or bool
  int64_t int_of(Value v) const;    // requires is_int
  bool is_str(Value v) const { return v.is_object() && v.obj()->kind == Kind::Str; }
  StrObject* as_str(Value v) const { return static_cast<StrObject*>(v.obj()); }
  Value lookup_type(const TypeObject* type, const StrObject* name) const;  // MRO search, no descriptors
  // A class of a `class` statement (or one above it) defines
  // __getattribute__: every attribute load goes through it (ops.cpp).
  bool has_user_getattribute(TypeObject* type) {
    if (!type->is_heap_type) return false;
    if (type->getattribute_epoch != type_epoch) note_user_getattribute(type);
    return type->user_getattribute;
  }
  void note_user_getattribute(TypeObject* type);
  Value repr(Value v);        // returns a str, or null on error
  Value str(Value v);
  bool repr_append(std::string& out, Value v, bool use_dunder = true);  // false on error
  bool str_append(std::string& out, Value v);
  int truthy(Value v);        // 1, 0, or -1 on error
  bool hash(Value v, int64_t* out);
  bool user_hash(Value v, Value method, int64_t* out);  // a class's own __hash__ (or None)
  int eq(Value a, Value b);   // 1, 0, -1 error
  int compare_bool(Value a, Value b, CompareOp op);  // 1, 0, -1
  Value compare(Value a, Value b, CompareOp op);
  Value binary_op(Value a, Value b, BinaryOp op);
  Value unary_op(Value a, Op op);
  Value get_attr(Value obj, StrObject* name);         // raises AttributeError
  Value get_attr_opt(Value obj, StrObject* name);     // null without raising if missing (other errors: null + exc)
  Status set_attr(Value obj, StrObject* name, Value v);
  Status del_attr(Value obj, StrObject* name);
  Status del_attr_plain(Value obj, StrObject* name);  // the instance's or class's dict only
  Value get_item(Value obj, Value key);
  Status set_item(Value obj, Value key, Value v);
  Status del_item(Value obj, Value key);
  int contains(Value container, Value item);
  Value get_iter(Value v);
  // Next item: Ok with *out set, Ok with null *out when exhausted, or Error.
  Status next(Value iter, Value* out);
  bool len(Value v, int64_t* out);
  bool to_index(Value v, int64_t* out, const char* what = nullptr);
  // [v] as an int through the __index__ protocol (a Python __index__ is
  // called): 1 with *out an int, 0 when v has none (nothing raised), -1 on
  // error.
  int index_of(Value v, Value* out);
  double float_of(Value v) const;
  bool is_number(Value v) const;
  Value call_sync(Value callable, const std::vector<Value>& args, TupleObject* kwnames = nullptr);
  // Iterates [iterable] without recursing into the interpreter: a
  // generator or Python __next__ runs as a frame and the loop continues in
  // a continuation. [st]->values[0] is reserved for the iterator; [item]
  // is called per item (set *stop to finish early with *out), [done] at
  // the end. An item callback may itself return Status::Call after making
  // a request with its own continuation (a key function). Over a list or
  // tuple each callback runs under its own replay run (a Python call it
  // makes synchronously replays that callback alone), so callbacks keep
  // their effects in [st]. st->b = 1 makes a list or tuple go through an
  // iterator like any other iterable.
  using ItemFn = Status (*)(Vm& vm, OpaqueObject* st, Value item, Value* out, bool* stop);
  using DoneFn = Status (*)(Vm& vm, OpaqueObject* st, Value* out);
  Status for_each(Value iterable, OpaqueObject* st, ItemFn item, DoneFn done, Value* out);
  // Collects the items of any iterable (may call Python code synchronously).
  bool collect_items(Value iterable, std::vector<Value>* out);
  bool collect_items(Value iterable, ValueVector* out);  // a list's or tuple's items
  Value format(Value v, std::string_view spec);
  // Runs the thread's pending request (Status::Call) to completion in a
  // nested interpreter run and returns its result (null on error). Used
  // where a native cannot be split into a continuation yet.
  Value finish_sync_request();
  // Result of an op_* call in synchronous form.
  Value finish(Status st, Value out);
  bool get_iter_fails(Value v);  // true when v is not iterable at all
  bool dict_update_from(DictObject* d, Value src, bool merge_strict);
  std::string ascii_of(const std::string& s);
  Status raise_from_values(Value exc, Value cause, bool has_cause);
  bool check_exception_type(Value type);
  int gc_inhibit = 0;

  // --- Dicts and sets (dict.cpp, set.cpp) ------------------------------------
  // Lookup: returns the value or null (and *error set when a hash/eq raised).
  Value dict_get(DictObject* d, Value key, bool* error = nullptr);
  Value dict_get_str(DictObject* d, const StrObject* key) const;
  int32_t dict_find_str(DictObject* d, const StrObject* key) const;  // entry number or -1
  bool dict_set(DictObject* d, Value key, Value value);   // false on error
  // With the key's hash already known (copying another dict's entries).
  Value dict_get_hashed(DictObject* d, Value key, int64_t hash, bool* error = nullptr);
  bool dict_set_hashed(DictObject* d, Value key, int64_t hash, Value value);
  // Copies [src]'s table into the empty [d] as dict_merge does (a clean
  // table that is not oversized), or with its deleted entries
  // (PyDict_Copy); false when that is not how CPython would copy it.
  bool dict_clone(DictObject* d, DictObject* src, bool with_deleted = false);
  // dict_merge's resize before [incoming] keys go into [d]: the table
  // grows once when they would not fit its usable two thirds.
  void dict_presize(DictObject* d, int64_t incoming);
  // d.copy(), `d | e`'s left side (PyDict_Copy). Null when a key's __eq__ raised.
  DictObject* dict_copy(DictObject* src);
  void dict_set_str(DictObject* d, StrObject* key, Value value);
  int dict_del(DictObject* d, Value key);                 // 1 deleted, 0 missing, -1 error
  // One lookup each, as CPython's: pop (1 popped into *value unless null,
  // 0 missing, -1 error); setdefault (1 inserted, 0 there, -1 error; *out
  // the value); popitem (the last entry, no hash or comparison; false when
  // empty).
  int dict_pop_hashed(DictObject* d, Value key, int64_t hash, Value* value);
  int dict_setdefault_hashed(DictObject* d, Value key, int64_t hash, Value dflt, Value* out);
  bool dict_popitem(DictObject* d, Value* key, Value* value);
  // Inserts [key], known not to be in [d] (at [slot], the lookup's free
  // slot, for dict_insert).
  bool dict_insert_new(DictObject* d, Value key, int64_t hash, Value value);
  bool dict_insert(DictObject* d, Value key, int64_t hash, Value value, size_t slot);
  int set_add(SetObject* s, Value key);                   // 1 added, 0 present, -1 error
  int set_contains(SetObject* s, Value key);
  int set_discard(SetObject* s, Value key);
  int set_merge(SetObject* dst, SetObject* src);           // CPython's order-defining copy
  // With the key's hash already known (a set's stored hash, as CPython's
  // set operations use it: no second __hash__ call).
  int set_add_hashed(SetObject* s, Value key, int64_t hash);
  int set_contains_hashed(SetObject* s, Value key, int64_t hash);
  int set_discard_hashed(SetObject* s, Value key, int64_t hash);
  void set_presize(SetObject* s, int64_t incoming);  // grow once before adding that many

  // --- Calls (calls.cpp) -----------------------------------------------------
  // Fills the thread's request to call [callable] and returns Status::Call.
  Status request_call(Value callable, std::vector<Value> args, ContFn cont = nullptr,
                      Object* state = nullptr, TupleObject* kwnames = nullptr);
  // The same without a temporary vector: [first] (unless null) then
  // [args, args + n) -- a method's self before the caller's arguments.
  Status request_call(Value callable, Value first, const Value* args, size_t n, ContFn cont, Object* state,
                      TupleObject* kwnames = nullptr);
  Status request_resume(GeneratorObject* gen, Value send, bool is_throw, ContFn cont = nullptr,
                        Object* state = nullptr);
  // Adds [cont] to run after the pending request's own continuation (if
  // any): how a consumer (list(), enumerate) wraps an iterator that itself
  // continues in C++ (filter's predicate, print's __str__ check).
  void chain_cont(ContFn cont, Object* state);
  // Parses a native's arguments: [names] are the parameter names (positional
  // or keyword); returns false with TypeError set on a mismatch.
  bool parse_args(const char* fname, Args args, int required, std::initializer_list<const char*> names,
                  Value* out);
  Value kwarg(Args args, const char* name);  // keyword argument or null

  // --- Replayed natives (replay.cpp) ----------------------------------------
  // Natives and operations run under a replay run: a synchronous Python call
  // they make (call_sync, finish_sync_request) is recorded, made afterwards
  // as a frame, and its outcome handed to the native when it runs again.
  struct ReplayRun {
    struct ReplayState* state = nullptr;  // recorded calls (made on the first)
    uint32_t next = 0;                    // the next recorded call to answer
    uint32_t id = 0;                      // marks the iterators it advanced
    bool need = false;                    // a call without an outcome was met
    bool aborting = false;                // a call was refused: the run is void
    bool saved = false;                   // iterator positions were saved
    bool nested = false;                  // past the recorded calls, the old nested loop
    uint32_t saved_from = 0;              // ...from here in replay_positions_
  };
  ReplayRun* replay = nullptr;  // set while a native runs under one
  uint32_t replay_runs = 0;
  using ReplayOp = Status (*)(Vm& vm, Value a, Value b, Value c, Value* out);
  __attribute__((always_inline)) Status call_native(NativeFn fn, Value self, Args args, Value* out) {
    if (replay) return fn(*this, self, args, out);
    ReplayRun run;
    run.id = ++replay_runs;
    replay = &run;
    Status s = fn(*this, self, args, out);
    replay = nullptr;
    if (__builtin_expect(!run.need && !run.saved, 1)) return s;
    return replay_native_start(fn, self, args, &run, s);
  }
  __attribute__((always_inline)) Status call_op(ReplayOp op, Value a, Value b, Value c, Value* out) {
    if (replay) return op(*this, a, b, c, out);
    ReplayRun run;
    run.id = ++replay_runs;
    replay = &run;
    Status s = op(*this, a, b, c, out);
    replay = nullptr;
    if (__builtin_expect(!run.need && !run.saved, 1)) return s;
    return replay_op_start(op, a, b, c, &run, s);
  }
  // Before a native iterator advances under a replay run: keeps its
  // position, restored if the run is thrown away.
  void replay_save(IteratorObject* it);
  // A dict or set lookup whose key comparisons ran Python code (a key's
  // __eq__) under a replay run. When a comparison records a call, the
  // lookup leaves a mark of where its probe stood, and the rerun goes on
  // from there with the outcomes before it skipped; a lookup that finished
  // on recorded outcomes leaves its result, and the rerun takes it without
  // probing. A lookup over k colliding keys is then k cheap reruns, not k
  // reruns of k probes each, and is not held to kMaxReplays.
  struct ProbeMark {
    // A lookup, or a tuple's hash (over its items' Python __hash__: table
    // is the tuple, i the item, perturb the hash so far, j whether it may
    // be kept).
    enum class Of : uint8_t { Lookup, TupleHash } of = Of::Lookup;
    const Object* table = nullptr;  // the dict or set
    uint64_t key = 0;               // the key's bits, and its hash
    int64_t hash = 0;
    uint32_t start = 0;             // the recorded call the lookup's first comparison took
    uint32_t at = 0;                // in progress: the one the comparison it stopped at took
    uint32_t end = 0;               // done: the one after its last comparison
    bool done = false;
    uint64_t layout = 0;            // what the table looked like (see the lookups)
    Value compared;                 // the table's key compared last / found
    uint64_t i = 0, j = 0, perturb = 0, free = 0;  // in progress: the probe's state
    int64_t result = -1;            // done: what the lookup returned, and its slot
    uint64_t slot = 0;
    // The table's and the key's allocation serials (filled in by
    // probe_note and probe_saved): an address alone could be a new object
    // in the memory of one freed since (a rerun's fresh dict in the place
    // of the last run's).
    uint64_t table_serial = 0, key_serial = 0;
  };
  // The mark a run of this replayed native left for the lookup [m] (table,
  // key, hash and start filled in) about to start at the same point of this
  // one. The lookup checks that the table is still as the mark says: if so
  // it goes on (probe_skip), or else makes its comparisons again
  // (probe_restart), as CPython's lookup starts again when a comparison
  // changed the table.
  const ProbeMark* probe_saved(const ProbeMark& m);
  void probe_skip(uint32_t to) { replay->next = to; }
  void probe_restart();
  // Leaves [m] for the next run (in progress: its comparison recorded a call).
  void probe_note(const ProbeMark& m);
  // call_sync for a call whose result only ends up in the output (a
  // __repr__ inside a list, which returns a str): under a replay run the
  // native goes on with an empty str, so all such calls are made before
  // one rerun.
  Value call_sync_deferred(Value callable, Value arg);
  Value replay_answer(Value stand_in);
  Status replay_native_start(NativeFn fn, Value self, Args args, ReplayRun* run, Status s);
  Status replay_op_start(ReplayOp op, Value a, Value b, Value c, ReplayRun* run, Status s);
  struct IterPosition {
    IteratorObject* it;
    Value aux, aux2;
    int64_t index, limit, step;
    std::vector<Value> extra;
    bool in_flight = false;  // its advance is a request the run recorded: not put back
  };
  // [it]'s advance asked for a call (a generator source): the request's
  // continuation goes on with the iterator as it is now.
  void replay_in_flight(IteratorObject* it);
  std::vector<IterPosition> replay_positions_;

  // --- Modules (modules.cpp) --------------------------------------------------
  DictObject* builtins = nullptr;
  DictObject* modules = nullptr;  // sys.modules
  using ModuleInit = void (*)(Vm& vm, ModuleObject* m);
  std::map<std::string, ModuleInit> module_registry;  // the simulated stdlib
  // Python source as the rest of [m]'s body (a native module's init ends
  // with it: logging, warnings, time's struct_time): compiled here, run by
  // op_import as a frame after the init. False (SyntaxError raised) if our
  // own source does not compile.
  bool set_module_source(ModuleObject* m, const char* source, const std::string& filename);
  Value module_body;  // what set_module_source left for op_import
  Value import_module(StrObject* name);
  std::string provided_modules() const;
  // For a module the playground provides only part of (numpy): what it
  // does provide, added to "has no attribute" and "cannot import name"
  // errors; empty for the others.
  static std::string_view partial_module_note(std::string_view module);

  // --- GC ---------------------------------------------------------------------
  void collect_garbage();
  std::vector<Thread*> threads;
  std::vector<Value> extra_roots;  // held by front ends / modules

  // Warnings printed so far (the warnings module's "default" action shows
  // each text once per location) and never-awaited coroutines the
  // collector freed, reported at exit (async_gen.cpp).
  std::map<std::string, bool> warnings_shown;
  std::vector<std::string> unawaited_freed;
  uint64_t coroutines_made = 0;  // none: the exit's never-awaited scan of the heap is skipped
  bool warnings_ignored = false;  // warnings.simplefilter("ignore")
  // Set once __main__ is torn down at exit (session.cpp): tracebacks print
  // no source lines then, as CPython's, whose linecache is gone by then.
  bool tearing_down = false;
  // sys.set_asyncgen_hooks (null: unset); kept alive through extra_roots.
  Value asyncgen_firstiter, asyncgen_finalizer;
  // except*'s two steps, CHECK_EG_MATCH and PREP_RERAISE_STAR, are natives
  // the interpreter calls (builtins/exception_group.cpp); in extra_roots.
  Value eg_match_fn, eg_reraise_fn;

  // Random state for the random module (stdlib/random.cpp).
  std::shared_ptr<void> random_state;
  std::shared_ptr<void> numpy_random_state;  // numpy.random's own generator (stdlib/numpy_random.cpp)
  std::shared_ptr<void> greenlet_state;  // stdlib/greenlet.cpp: its types (also in extra_roots)
  std::shared_ptr<void> asyncio_state;   // stdlib/asyncio_futures.cpp: names and classes (also in extra_roots)

  uint64_t serial_id_base = 0x7f3a00000000ULL;

  // Bumped whenever any type's dict changes (DictObject::of_type): entries
  // of the type attribute cache made before are stale.
  uint64_t type_epoch = 1;
  // Attribute errors raised while > 0 are about to be swallowed (hasattr,
  // getattr with a default): they skip the "Did you mean" search.
  int quiet_attribute_errors = 0;

 private:
  std::vector<Value> spare_args_;  // reused argument buffer of requests
  TypeObject* int_type_ = nullptr;  // t.int_, for the inline type_of
  // lookup_type's cache (CPython's type method cache): the MRO search's
  // answer (null when absent) for (type, interned name), valid while
  // type_epoch is unchanged. Types are keyed by their allocation serial,
  // which is never reused; interned names are never freed.
  struct TypeCacheEntry {
    uint64_t type_serial = 0;
    const StrObject* name = nullptr;
    uint64_t epoch = 0;
    Value value;
  };
  static constexpr size_t kTypeCacheSize = 4096;
  std::unique_ptr<TypeCacheEntry[]> type_cache_;
  Value lookup_type_uncached(const TypeObject* type, const StrObject* name) const;
  std::unique_ptr<Types> types_;
  std::unique_ptr<Names> names_;
  std::unordered_map<std::string_view, StrObject*> interned_;
  std::map<std::string, std::vector<std::string>> sources_;
  void init_types();
  void init_builtins();

 public:
  // Interpreter internals shared by interpreter.cpp and calls.cpp.
  enum class CallOutcome : uint8_t { Done, Pushed, Error, Block };
  CallOutcome call_value(Thread* th, Value callable, Value* args, int nargs, TupleObject* kwnames,
                         Value* result);
  CallOutcome push_function(Thread* th, FunctionObject* f, Value* args, int nargs, TupleObject* kwnames,
                            Value* result, DictObject* locals = nullptr);
  CallOutcome perform_request(Thread* th, Value* result);
  CallOutcome call_with_star_args(Thread* th, Value callable, Value pos, DictObject* kwargs, Value* result);
  CallOutcome resume_generator(Thread* th, GeneratorObject* gen, Value send, bool is_throw, Value* result);
  // A generator's frame goes on the chain / comes off it (a yield, or the
  // end [finished]): its exc_info item is pushed over the thread's / popped,
  // as CPython's gi_exc_state.
  static void generator_enter(Thread* th, GeneratorObject* gen) {
    gen->saved_handled = th->handled;
    gen->saved_outer = th->outer_handled;
    th->outer_handled = th->topmost_handled();
    th->handled = gen->exc_state;
  }
  static void generator_leave(Thread* th, GeneratorObject* gen, bool finished) {
    gen->exc_state = finished ? Value() : th->handled;
    th->handled = gen->saved_handled;
    th->outer_handled = gen->saved_outer;
    gen->saved_handled = gen->saved_outer = Value();
  }
  Frame* new_frame_for(FunctionObject* f, CodeObject* code);
  __attribute__((always_inline)) void release_frame(Frame* f) {
    if (__builtin_expect(f->obj != nullptr, 0)) detach_frame_object(f);
    heap.free_frame(f);
  }
  void add_traceback(Value exc, Frame* f);

  // --- Frame and traceback objects (frame_objects.cpp) ----------------------
  // [f]'s Python frame object, made on first use ([f] runs Python code).
  FrameObject* frame_object(Frame* f);
  // [f] is ending: its frame object keeps a copy of what it shows.
  void detach_frame_object(Frame* f);
  // The nearest frame at or below [f] that Python code can see (not a
  // native's continuation, not code standing for C).
  static Frame* visible_frame(Frame* f);
  // exc.__traceback__: the outermost entry's traceback object, or None.
  Value traceback_of(ExceptionObject* e);
  // exc.__traceback__ = tb / exc.with_traceback(tb): None or a traceback.
  bool set_traceback(ExceptionObject* e, Value tb);
  // Attributes of frames and tracebacks (null: none of that name).
  Value frame_attr(FrameObject* fo, std::string_view name);
  Value traceback_attr(TracebackObject* tb, std::string_view name);
  int32_t frame_lineno(FrameObject* fo);
  // Closes the loop-owned generators among [from, to) (stack slots being
  // discarded), preserving the thread's exception state.
};

// Number of code points of a UTF-8 string.
int64_t utf8_length(std::string_view s);

}  // namespace interleave::vm
