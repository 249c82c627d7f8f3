// The simulated standard library: which modules exist, and importing them.
//
// Native modules (sys, math, random, time) build their dict in C++. The
// plain-code modules (functools, itertools, collections, contextlib) are
// Python source compiled by our own compiler on first import, so they run
// -- and can be preempted -- like user code.
#include "lang/compiler.h"
#include "lang/parser.h"
#include "vm/arg_checks.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

void init_sys_module(Vm& vm, ModuleObject* m);
void init_math_module(Vm& vm, ModuleObject* m);
void init_random_module(Vm& vm, ModuleObject* m);
void init_time_module(Vm& vm, ModuleObject* m);
void init_thread_module(Vm& vm, ModuleObject* m);
void init_os_module(Vm& vm, ModuleObject* m);
void init_logging_module(Vm& vm, ModuleObject* m);  // logging.cpp: Python source plus two natives
void init_warnings_module(Vm& vm, ModuleObject* m);  // warnings.cpp: Python source plus natives
void init_greenlet_module(Vm& vm, ModuleObject* m);  // greenlet.cpp
void init_traceback_module(Vm& vm, ModuleObject* m);  // traceback.cpp: Python source plus a native
extern const char* const kFunctoolsSource;
extern const char* const kItertoolsSource;
extern const char* const kCollectionsSource;
extern const char* const kContextlibSource;
extern const char* const kTypingSource;
extern const char* const kAbcSource;
extern const char* const kThreadingSource;
extern const char* const kQueueSource;
extern const char* const kHeapqSource;
extern const char* const kBisectSource;
extern const char* const kNumpySource;
void init_numpy_random_module(Vm& vm, ModuleObject* m);  // numpy_random.cpp
extern const char* const kFuturesSource;
void init_net_module(Vm& vm, ModuleObject* m);  // net_module.cpp: the simulated network's calls
extern const char* const kSocketSource;
extern const char* const kSelectSource;
extern const char* const kSelectorsSource;
extern const char* const kJsonSource;
extern const char* const kBase64Source;
extern const char* const kUrllibSource;
extern const char* const kUrllibParseSource;
extern const char* const kRequestsSource;
extern const char* const kRequestsExceptionsSource;
extern const char* const kAiohttpSource;
extern const char* const kUtilsSource;
extern const char* const kAsyncioStreamsSource;
extern const char* const kAsyncioSource;
extern const char* const kNestAsyncioSource;
extern const char* const kUtilSource;
extern const char* const kExceptionGroupSource;  // builtins/exception_group.cpp
void init_asyncio_native_module(Vm& vm, ModuleObject* m);  // asyncio_module.cpp
void init_collections_native_module(Vm& vm, ModuleObject* m);  // builtins/deque.cpp: deque

namespace {

struct SourceModule {
  const char* name;
  const char* const* source;
  // The functions that stand for CPython's C code (space-separated names;
  // "*": the whole module): their frames stay out of tracebacks, as C
  // functions have none.
  const char* c_code = nullptr;
};

const SourceModule kSourceModules[] = {
    {"functools", &kFunctoolsSource,
     "__init__ __call__ __repr__ reduce __lt__ __gt__ __eq__ __le__ __ge__ wrapper cache_clear cache_info"},
    {"itertools", &kItertoolsSource, "*"},
    {"bisect", &kBisectSource, "*"},
    {"numpy", &kNumpySource},  // numpy_random.cpp: only numpy.random
    {"collections", &kCollectionsSource},
    {"contextlib", &kContextlibSource},
    {"typing", &kTypingSource},
    {"abc", &kAbcSource},
    {"threading", &kThreadingSource},
    {"queue", &kQueueSource},
    {"heapq", &kHeapqSource, "heappush heappop heapreplace heappushpop heapify _siftdown _siftup"},
    {"concurrent.futures", &kFuturesSource},
    {"socket", &kSocketSource},
    {"select", &kSelectSource},
    {"selectors", &kSelectorsSource},
    {"json", &kJsonSource},
    {"base64", &kBase64Source},
    {"urllib", &kUrllibSource},
    {"urllib.parse", &kUrllibParseSource},
    {"requests", &kRequestsSource},
    {"requests.exceptions", &kRequestsExceptionsSource},
    {"aiohttp", &kAiohttpSource},
    {"utils", &kUtilsSource},  // the course's fetch_status (aiohttp_module.cpp)
    {"_asyncio_streams", &kAsyncioStreamsSource},  // asyncio's streams (asyncio_streams.cpp)
    {"asyncio", &kAsyncioSource, "__getattr__"},  // its Windows-only names explain themselves
    {"nest_asyncio", &kNestAsyncioSource},
    {"util", &kUtilSource},  // the course's helpers: from util import delay
    {"_exceptiongroup", &kExceptionGroupSource},  // split() and except*'s recursive half
};

}  // namespace

void init_stdlib(Vm& vm) {
  // types.ModuleType(name, doc=None): an empty module (asyncio builds its
  // submodules asyncio.exceptions, asyncio.tasks ... this way).
  vm.t.module->constructor = [](Vm& vm, Value, Args args, Value* out) {
    Value a[2];
    if (!vm.parse_args("module", args, 1, {"name", "doc"}, a)) return Status::Error;
    if (!vm.is_str(a[0]))
      return vm.raise(vm.t.TypeError_, std::string("module.__init__() argument 'name' must be str, not ") + vm.type_name(a[0]));
    ModuleObject* m = vm.new_module(vm.as_str(a[0])->text);
    vm.add_attr(m->dict, "__doc__", a[1].is_null() ? vm.None : a[1]);
    *out = Value::object(m);
    return Status::Ok;
  };
  vm.module_registry["sys"] = init_sys_module;
  vm.module_registry["math"] = init_math_module;
  vm.module_registry["random"] = init_random_module;
  vm.module_registry["time"] = init_time_module;
  vm.module_registry["_thread"] = init_thread_module;
  vm.module_registry["os"] = init_os_module;
  vm.module_registry["concurrent"] = [](Vm&, ModuleObject*) {};  // a package: its submodules register themselves
  vm.module_registry["logging"] = init_logging_module;
  vm.module_registry["warnings"] = init_warnings_module;
  vm.module_registry["_net"] = init_net_module;
  vm.module_registry["_asyncio"] = init_asyncio_native_module;
  vm.module_registry["_collections"] = init_collections_native_module;
  vm.module_registry["greenlet"] = init_greenlet_module;
  vm.module_registry["traceback"] = init_traceback_module;
  vm.module_registry["numpy.random"] = init_numpy_random_module;
  for (const auto& sm : kSourceModules) vm.module_registry[sm.name] = nullptr;
}

std::string Vm::provided_modules() const {
  std::string s;
  for (const auto& kv : module_registry) {
    if (kv.first[0] == '_') continue;  // private helpers (_thread)
    if (!s.empty()) s += ", ";
    s += kv.first;
  }
  return s;
}

std::string_view Vm::partial_module_note(std::string_view module) {
  if (module == "numpy" || module == "numpy.random")
    return " (the Interleave playground's numpy has only numpy.random's seed, randint, rand, randn, random, "
           "random_sample, uniform, normal, standard_normal, choice and shuffle, which draw one number at a time)";
  return {};
}

namespace {

// A plain-code module's body returned (or failed: the module is forgotten).
Status import_done_cont(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  auto* m = static_cast<ModuleObject*>(state);
  if (incoming != Status::Ok) {
    vm.dict_del(vm.modules, Value::object(m->name));
    return incoming;
  }
  *out = Value::object(m);
  return Status::Ok;
}

// Flags the code objects in [code] (nested ones too) that [names] lists
// ("*": all of them) as hidden from tracebacks.
void hide_c_code(CodeObject* code, std::string_view names) {
  bool hide = names == "*";
  for (size_t at = 0; !hide && at < names.size();) {
    size_t end = names.find(' ', at);
    if (end == std::string_view::npos) end = names.size();
    hide = names.substr(at, end - at) == std::string_view(code->name->text);
    at = end + 1;
  }
  if (hide) code->flags |= kCodeHiddenFromTracebacks;
  for (Value c : code->consts)
    if (c.is_object() && c.obj()->kind == Kind::Code) hide_c_code(static_cast<CodeObject*>(c.obj()), names);
}

// A submodule's package was imported: now the submodule ([state] is its name).
Status import_after_parent_cont(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  return op_import(vm, static_cast<StrObject*>(state), out);
}

}  // namespace

Value Vm::import_module(StrObject* name) {
  Value out;
  Status s = op_import(*this, name, &out);
  return finish(s, out);
}

// import [name]: a plain-code module's body runs as a frame (the caller's
// request), so another thread may run while a module is imported.
Status op_import(Vm& vm, StrObject* name, Value* out) {
  Value cached = vm.dict_get_str(vm.modules, name);
  if (!cached.is_null()) {
    *out = cached;
    return Status::Ok;
  }
  auto it = vm.module_registry.find(name->text);
  if (it == vm.module_registry.end()) {
    // CPython names the first package that is missing: 'foo' for foo.bar,
    // 'logging.handlers' when logging exists.
    std::string missing = name->text;
    for (size_t dot = name->text.find('.'); dot != std::string::npos; dot = name->text.find('.', dot + 1)) {
      if (!vm.module_registry.count(name->text.substr(0, dot))) {
        missing = name->text.substr(0, dot);
        break;
      }
    }
    return vm.raise(vm.t.ModuleNotFoundError_, "No module named '" + missing + "'" +
                                                   " (the Interleave playground provides: " + vm.provided_modules() + ")");
  }
  // A submodule (concurrent.futures): its package first, then the
  // submodule becomes an attribute of the package.
  ModuleObject* parent = nullptr;
  size_t dot = name->text.rfind('.');
  if (dot != std::string::npos) {
    Value p;
    Status s = op_import(vm, vm.intern(name->text.substr(0, dot)), &p);
    if (s == Status::Call) {
      vm.chain_cont(import_after_parent_cont, name);
      return s;
    }
    if (s != Status::Ok) return s;
    parent = static_cast<ModuleObject*>(p.obj());
    // The package's body may have imported this submodule already (requests
    // imports requests.exceptions): one module object, not two.
    Value again = vm.dict_get_str(vm.modules, name);
    if (!again.is_null()) {
      *out = again;
      return Status::Ok;
    }
  }
  ModuleObject* m = vm.new_module(name->text);
  vm.dict_set_str(vm.modules, name, Value::object(m));
  if (parent) vm.dict_set_str(parent->dict, vm.intern(name->text.substr(dot + 1)), Value::object(m));
  if (it->second) {
    it->second(vm, m);
    if (!vm.thread->exc.is_null()) {  // our own Python part did not compile
      vm.module_body = Value();
      vm.dict_del(vm.modules, Value::object(name));
      return Status::Error;
    }
  } else {
    // A plain-code module: its body is all Python.
    const SourceModule* sm = nullptr;
    for (const auto& k : kSourceModules)
      if (name->text == k.name) sm = &k;
    if (!vm.set_module_source(m, *sm->source, "<frozen " + name->text + ">")) {
      vm.dict_del(vm.modules, Value::object(name));
      return Status::Error;
    }
    if (sm->c_code) hide_c_code(static_cast<FunctionObject*>(vm.module_body.obj())->code, sm->c_code);
  }
  if (vm.module_body.is_null()) {
    *out = Value::object(m);
    return Status::Ok;
  }
  Value body = vm.module_body;
  vm.module_body = Value();
  return vm.request_call(body, {}, import_done_cont, m);
}

namespace {

// __import__("a.b") imported a.b: it gives the package a ([state]).
Status import_top_cont(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  *out = vm.dict_get_str(vm.modules, static_cast<StrObject*>(state));
  return Status::Ok;
}

}  // namespace

// __import__(name, globals=None, locals=None, fromlist=(), level=0): what an
// import statement does, for code that imports by a computed name. The
// package for "a.b" unless fromlist names something; no relative imports
// (a scenario is one file, never a package).
Status builtin_dunder_import(Vm& vm, Value, Args args, Value* out) {
  Value v[5];
  if (!vm.parse_args("__import__", args, 1, {"name", "globals", "locals", "fromlist", "level"}, v)) return Status::Error;
  if (!vm.is_str(v[0])) return vm.raise(vm.t.TypeError_, "module name must be a string");
  int64_t level = 0;
  if (!v[4].is_null() && !int_arg(vm, v[4], &level)) return Status::Error;
  if (level < 0) return vm.raise(vm.t.ValueError_, "level must be >= 0");
  if (level > 0) {
    if (!v[1].is_null() && !(v[1].is_object() && v[1].obj()->kind == Kind::Dict))
      return vm.raise(vm.t.TypeError_, "globals must be a dict");
    return vm.raise(vm.t.ImportError_, "attempted relative import with no known parent package");
  }
  const std::string name = vm.as_str(v[0])->text.str();
  if (name.empty()) return vm.raise(vm.t.ValueError_, "Empty module name");
  bool fromlist = false;
  if (!v[3].is_null() && v[3] != vm.None) {
    int t = vm.truthy(v[3]);
    if (t < 0) return Status::Error;
    fromlist = t == 1;
  }
  size_t dot = name.find('.');
  StrObject* top = fromlist || dot == std::string::npos ? nullptr : vm.intern(name.substr(0, dot));
  Status s = op_import(vm, vm.intern(name), out);
  if (!top || s == Status::Error) return s;
  if (s == Status::Call) {
    vm.chain_cont(import_top_cont, top);
    return s;
  }
  *out = vm.dict_get_str(vm.modules, top);
  return Status::Ok;
}

bool Vm::set_module_source(ModuleObject* m, const char* source, const std::string& filename) {
  register_source(filename, source);
  std::string module = m->name->text.str();
  auto parsed = lang::parse_module(source, filename);
  if (!parsed.ok()) {
    raise(t.SyntaxError_, "in built-in module " + module + ": " + parsed.error.message + " (line " +
                              std::to_string(parsed.error.line) + ")");
    return false;
  }
  auto compiled = lang::compile_module(*this, parsed.module->tree, filename);
  if (!compiled.code) {
    raise(t.SyntaxError_, "in built-in module " + module + ": " + compiled.error);
    return false;
  }
  dict_set_str(m->dict, n.__builtins__, Value::object(builtins));
  module_body = Value::object(
      heap.make<FunctionObject>(t.function, compiled.code, m->dict, compiled.code->name, compiled.code->qualname));
  return true;
}

}  // namespace interleave::vm
