// Vm construction: the built-in types, interned names, singletons, object
// factories, the garbage collector's roots and the output streams.
#include "vm/vm.h"

#include <cstring>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

void FunctionObject::trace(Tracer& tr) {
  tr.visit(code);
  tr.visit(globals);
  tr.visit(name);
  tr.visit(qualname);
  tr.visit(defaults);
  tr.visit(kwdefaults);
  tr.visit(closure);
  tr.visit(dict);
  tr.visit(doc);
  tr.visit(module);
}

void NativeFunctionObject::trace(Tracer& tr) {
  tr.visit(self);
  tr.visit(data);
  tr.visit(owner);
}

void TypeObject::trace(Tracer& tr) {
  tr.visit(name);
  tr.visit(qualname);
  tr.visit(base);
  for (auto* b : bases) tr.visit(b);
  for (auto* m : mro) tr.visit(m);
  tr.visit(dict);
  for (auto* s : slot_names) tr.visit(s);
}

void ExceptionObject::trace(Tracer& tr) {
  tr.visit(dict);
  tr.visit(args);
  tr.visit(cause);
  tr.visit(context);
  tr.visit(value);
  tr.visit(eg_message);
  tr.visit(eg_excs);
  for (auto& e : traceback) {
    tr.visit(e.code);
    tr.visit(e.frame);
    tr.visit(e.tb);
  }
}

void CodeObject::trace(Tracer& tr) {
  for (Value v : consts) tr.visit(v);
  for (auto* s : names) tr.visit(s);
  for (auto* s : varnames) tr.visit(s);
  for (auto* s : cellvars) tr.visit(s);
  for (auto* s : freevars) tr.visit(s);
  tr.visit(name);
  tr.visit(qualname);
  tr.visit(filename);
}

void trace_frame(Tracer& tr, Frame* f) {
  if (!f->code) {
    tr.visit(f->cont_state);
    return;
  }
  tr.visit(f->code);
  tr.visit(f->func);
  tr.visit(f->globals);
  tr.visit(f->locals);
  tr.visit(f->gen);
  tr.visit(f->obj);
  for (Value* v = f->slots; v < f->sp; ++v) tr.visit(*v);
}

void GeneratorObject::trace(Tracer& tr) {
  tr.visit(func);
  tr.visit(exc_state);
  tr.visit(saved_handled);
  tr.visit(saved_outer);
  if (frame) trace_frame(tr, frame);
}

GeneratorObject::~GeneratorObject() {
  if (frame) Heap::discard_frame(frame);
}

const char* op_name(Op op) {
  static const char* const names[] = {
#define INTERLEAVE_OP_NAME(name, effect, doc) #name,
      INTERLEAVE_OPCODES(INTERLEAVE_OP_NAME)
#undef INTERLEAVE_OP_NAME
  };
  return names[static_cast<int>(op)];
}

const char* binary_op_symbol(int op) {
  static const char* const s[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
                                  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  return s[op];
}

const char* compare_op_symbol(CompareOp op) {
  static const char* const s[] = {"<", "<=", "==", "!=", ">", ">="};
  return s[static_cast<int>(op)];
}

int64_t utf8_length(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// ---------------------------------------------------------------------------

void init_builtin_functions(Vm& vm);  // builtins/functions.cpp
void init_type_methods(Vm& vm);       // builtins/*.cpp
void init_stdlib(Vm& vm);             // stdlib/modules.cpp

Vm::Vm() : t(*new Types()), n(*new Names()) {
  types_.reset(&t);
  names_.reset(&n);
  type_cache_.reset(new TypeCacheEntry[kTypeCacheSize]);
  for (auto& c : op_cost_ns) c = 20;
  op_cost_ns[static_cast<int>(Op::CALL)] = 60;
  op_cost_ns[static_cast<int>(Op::CALL_FUNCTION_EX)] = 80;
  op_cost_ns[static_cast<int>(Op::NOP)] = 0;
  op_cost_ns[static_cast<int>(Op::RESUME)] = 0;
  copy_fused_costs(op_cost_ns);
  init_types();
  init_builtins();
}

Vm::~Vm() {
  // Frames still on thread chains are plain memory; the heap frees objects.
  for (Thread* th : threads) {
    Frame* f = th->top;
    while (f) {
      Frame* b = f->back;
      if (!f->gen) heap.free_frame(f);
      f = b;
    }
    delete th;
  }
}

StrObject* Vm::intern(std::string_view s) {
  auto it = interned_.find(s);
  if (it != interned_.end()) return it->second;
  auto* o = heap.make<StrObject>(t.str, std::string(s));
  o->interned = true;
  interned_[std::string_view(o->text)] = o;
  return o;
}

Value Vm::make_int(int64_t i) {
  if (Value::fits_small(i)) return Value::small(i);
  return Value::object(heap.make<IntObject>(t.int_, i));
}

Value Vm::make_float(double d) { return Value::object(heap.make<FloatObject>(t.float_, d)); }

StrObject* Vm::new_str(std::string s) {
  heap.account(s.size());
  return heap.make<StrObject>(t.str, std::move(s));
}

Value Vm::make_str(std::string s) {
  if (s.size() <= 1) return Value::object(intern(s));
  return Value::object(new_str(std::move(s)));
}

Value Vm::make_str_copy(std::string_view piece) {
  if (piece.size() <= 1) return Value::object(intern(piece));
  heap.account(piece.size());
  return Value::object(heap.make<StrObject>(t.str, piece));
}

TupleObject* Vm::new_tuple(size_t count) {
  auto* tp = heap.make<TupleObject>(t.tuple);
  tp->items.resize(count);
  heap.account(count * 8);
  return tp;
}

Value Vm::make_tuple(std::vector<Value> items) {
  auto* tp = heap.make<TupleObject>(t.tuple);
  heap.account(items.size() * 8);
  tp->items.assign(items.begin(), items.end());
  return Value::object(tp);
}

Value Vm::make_tuple_from(ValueVector&& items) {
  auto* tp = heap.make<TupleObject>(t.tuple);
  heap.account(items.size() * 8);
  tp->items = std::move(items);
  return Value::object(tp);
}

ListObject* Vm::new_list(size_t count) {
  auto* l = heap.make<ListObject>(t.list);
  l->items.resize(count);
  heap.account(count * 8);
  return l;
}

DictObject* Vm::new_dict() { return heap.make<DictObject>(t.dict); }

SetObject* Vm::new_set(bool frozen) {
  return heap.make<SetObject>(frozen ? t.frozenset : t.set, frozen ? Kind::FrozenSet : Kind::Set);
}

NativeFunctionObject* Vm::new_native(const char* name, NativeFn fn, Value data) {
  auto* f = heap.make<NativeFunctionObject>(t.builtin_function, fn, name);
  f->data = data;
  return f;
}

OpaqueObject* Vm::new_opaque() { return heap.make<OpaqueObject>(t.opaque); }

IteratorObject* Vm::new_iterator(IterNextFn fn, Value source) {
  return heap.make<IteratorObject>(t.iterator, fn, source);
}

TypeObject* Vm::new_type(const char* name, TypeObject* base, Layout layout, Kind kind) {
  auto* type = heap.make<TypeObject>(t.type);
  type->name = intern(name);
  type->qualname = type->name;
  type->module_name = "builtins";
  type->base = base;
  if (base) type->bases.push_back(base);
  type->mro.push_back(type);
  if (base)
    for (TypeObject* m : base->mro) type->mro.push_back(m);
  type->dict = new_dict();
  type->dict->of_type = true;
  type->layout = layout;
  type->instance_kind = kind;
  return type;
}

ModuleObject* Vm::new_module(std::string_view name) {
  DictObject* d = new_dict();
  auto* m = heap.make<ModuleObject>(t.module, intern(name), d);
  dict_set_str(d, n.__name__, Value::object(intern(name)));
  return m;
}

void Vm::add_method(TypeObject* type, const char* name, NativeFn fn) {
  NativeFunctionObject* f = new_native(name, fn);
  f->is_method = true;
  f->owner = type;
  dict_set_str(type->dict, intern(name), Value::object(f));
}

void Vm::add_static_method(TypeObject* type, const char* name, NativeFn fn) {
  NativeFunctionObject* f = new_native(name, fn);
  f->is_method = true;  // called unbound: the first argument is self (__new__'s class)
  f->owner = type;
  auto* w = heap.make<WrapperObject>(t.staticmethod, Kind::StaticMethod, Value::object(f));
  dict_set_str(type->dict, intern(name), Value::object(w));
}

void Vm::add_attr(DictObject* dict, const char* name, Value v) { dict_set_str(dict, intern(name), v); }

void Vm::init_types() {
  // type and object first: every other type needs them.
  auto* type_type = heap.make<TypeObject>(nullptr);
  type_type->type = type_type;
  t.type = type_type;
  auto* object_type = heap.make<TypeObject>(type_type);
  t.object = object_type;
  // Strings are needed for names: str type next, patched afterwards.
  auto* str_type = heap.make<TypeObject>(type_type);
  t.str = str_type;
  type_type->name = intern("type");
  object_type->name = intern("object");
  str_type->name = intern("str");
  for (TypeObject* x : {type_type, object_type, str_type}) {
    x->qualname = x->name;
    x->module_name = "builtins";
    x->dict = new_dict();
    x->dict->of_type = true;
    x->mro.push_back(x);
  }
  type_type->base = object_type;
  type_type->bases.push_back(object_type);
  type_type->mro.push_back(object_type);
  str_type->base = object_type;
  str_type->bases.push_back(object_type);
  str_type->mro.push_back(object_type);
  str_type->instance_kind = Kind::Str;
  str_type->layout = Layout::Builtin;
  type_type->instance_kind = Kind::Type;
  type_type->layout = Layout::Builtin;

  auto builtin = [&](const char* name, Kind k, TypeObject* base = nullptr) {
    return new_type(name, base ? base : object_type, Layout::Builtin, k);
  };
  t.none = builtin("NoneType", Kind::None);
  t.int_ = builtin("int", Kind::Int);
  int_type_ = t.int_;
  t.bool_ = builtin("bool", Kind::Bool, t.int_);
  t.bool_->subclassable = false;
  t.float_ = builtin("float", Kind::Float);
  t.bytes = builtin("bytes", Kind::Bytes);
  t.list = builtin("list", Kind::List);
  t.tuple = builtin("tuple", Kind::Tuple);
  t.dict = builtin("dict", Kind::Dict);
  t.set = builtin("set", Kind::Set);
  t.frozenset = builtin("frozenset", Kind::FrozenSet);
  t.range = builtin("range", Kind::Range);
  t.slice = builtin("slice", Kind::Slice);
  t.function = builtin("function", Kind::Function);
  t.builtin_function = builtin("builtin_function_or_method", Kind::NativeFunction);
  t.method = builtin("method", Kind::BoundMethod);
  t.cell = builtin("cell", Kind::Cell);
  t.code = builtin("code", Kind::Code);
  t.frame = builtin("frame", Kind::Frame);
  t.frame->subclassable = false;
  t.traceback = builtin("traceback", Kind::Traceback);
  t.traceback->subclassable = false;
  t.module = builtin("module", Kind::Module);
  t.generator = builtin("generator", Kind::Generator);
  t.coroutine = builtin("coroutine", Kind::Generator);
  t.async_generator = builtin("async_generator", Kind::AsyncGen);
  t.async_generator_asend = builtin("async_generator_asend", Kind::AgAwaitable);
  t.async_generator_athrow = builtin("async_generator_athrow", Kind::AgAwaitable);
  t.anext_awaitable = builtin("anext_awaitable", Kind::AgAwaitable);
  t.property = builtin("property", Kind::Property);
  t.member_descriptor = builtin("member_descriptor", Kind::Property);  // __slots__ (classes.cpp)
  t.member_descriptor->subclassable = false;
  t.staticmethod = builtin("staticmethod", Kind::StaticMethod);
  t.classmethod = builtin("classmethod", Kind::ClassMethod);
  t.not_implemented = builtin("NotImplementedType", Kind::NotImplemented);
  t.ellipsis = builtin("ellipsis", Kind::Ellipsis);
  t.iterator = builtin("iterator", Kind::Iterator);
  t.opaque = builtin("object", Kind::Opaque);
  t.super_ = builtin("super", Kind::Opaque);
  t.list_iterator = builtin("list_iterator", Kind::Iterator);
  t.tuple_iterator = builtin("tuple_iterator", Kind::Iterator);
  t.range_iterator = builtin("range_iterator", Kind::Iterator);
  t.str_iterator = builtin("str_ascii_iterator", Kind::Iterator);
  t.dict_keyiterator = builtin("dict_keyiterator", Kind::Iterator);
  t.dict_valueiterator = builtin("dict_valueiterator", Kind::Iterator);
  t.dict_itemiterator = builtin("dict_itemiterator", Kind::Iterator);
  t.set_iterator = builtin("set_iterator", Kind::Iterator);
  t.dict_keys = builtin("dict_keys", Kind::Iterator);
  t.dict_values = builtin("dict_values", Kind::Iterator);
  t.dict_items = builtin("dict_items", Kind::Iterator);
  t.enumerate = builtin("enumerate", Kind::Iterator);
  t.zip = builtin("zip", Kind::Iterator);
  t.map = builtin("map", Kind::Iterator);
  t.filter = builtin("filter", Kind::Iterator);
  t.reversed = builtin("reversed", Kind::Iterator);

  // Exceptions: the hierarchy of CPython 3.11 (the parts programs meet).
  auto exc = [&](const char* name, TypeObject* base) {
    TypeObject* e = new_type(name, base ? base : object_type, Layout::Exception, Kind::Exception);
    return e;
  };
  t.base_exception = exc("BaseException", nullptr);
  t.SystemExit_ = exc("SystemExit", t.base_exception);
  t.KeyboardInterrupt_ = exc("KeyboardInterrupt", t.base_exception);
  t.GeneratorExit_ = exc("GeneratorExit", t.base_exception);
  t.exception = exc("Exception", t.base_exception);
  // ExceptionGroup(BaseExceptionGroup, Exception): two bases, CPython's MRO.
  t.BaseExceptionGroup_ = exc("BaseExceptionGroup", t.base_exception);
  t.ExceptionGroup_ = exc("ExceptionGroup", t.BaseExceptionGroup_);
  t.ExceptionGroup_->bases.push_back(t.exception);
  t.ExceptionGroup_->mro = {t.ExceptionGroup_, t.BaseExceptionGroup_, t.exception, t.base_exception, t.object};
  t.StopIteration_ = exc("StopIteration", t.exception);
  t.StopAsyncIteration_ = exc("StopAsyncIteration", t.exception);
  t.ArithmeticError_ = exc("ArithmeticError", t.exception);
  t.FloatingPointError_ = exc("FloatingPointError", t.ArithmeticError_);
  t.OverflowError_ = exc("OverflowError", t.ArithmeticError_);
  t.ZeroDivisionError_ = exc("ZeroDivisionError", t.ArithmeticError_);
  t.AssertionError_ = exc("AssertionError", t.exception);
  t.AttributeError_ = exc("AttributeError", t.exception);
  t.BufferError_ = exc("BufferError", t.exception);
  t.EOFError_ = exc("EOFError", t.exception);
  t.ImportError_ = exc("ImportError", t.exception);
  t.ModuleNotFoundError_ = exc("ModuleNotFoundError", t.ImportError_);
  t.LookupError_ = exc("LookupError", t.exception);
  t.IndexError_ = exc("IndexError", t.LookupError_);
  t.KeyError_ = exc("KeyError", t.LookupError_);
  t.MemoryError_ = exc("MemoryError", t.exception);
  t.NameError_ = exc("NameError", t.exception);
  t.UnboundLocalError_ = exc("UnboundLocalError", t.NameError_);
  t.OSError_ = exc("OSError", t.exception);
  t.TimeoutError_ = exc("TimeoutError", t.OSError_);
  t.ConnectionError_ = exc("ConnectionError", t.OSError_);
  t.BlockingIOError_ = exc("BlockingIOError", t.OSError_);
  t.InterruptedError_ = exc("InterruptedError", t.OSError_);
  t.BrokenPipeError_ = exc("BrokenPipeError", t.ConnectionError_);
  t.ConnectionAbortedError_ = exc("ConnectionAbortedError", t.ConnectionError_);
  t.ConnectionRefusedError_ = exc("ConnectionRefusedError", t.ConnectionError_);
  t.ConnectionResetError_ = exc("ConnectionResetError", t.ConnectionError_);
  t.FileNotFoundError_ = exc("FileNotFoundError", t.OSError_);
  t.ReferenceError_ = exc("ReferenceError", t.exception);
  t.RuntimeError_ = exc("RuntimeError", t.exception);
  t.NotImplementedError_ = exc("NotImplementedError", t.RuntimeError_);
  t.RecursionError_ = exc("RecursionError", t.RuntimeError_);
  t.SyntaxError_ = exc("SyntaxError", t.exception);
  t.SystemError_ = exc("SystemError", t.exception);
  t.TypeError_ = exc("TypeError", t.exception);
  t.ValueError_ = exc("ValueError", t.exception);
  t.UnicodeError_ = exc("UnicodeError", t.ValueError_);
  t.UnicodeDecodeError_ = exc("UnicodeDecodeError", t.UnicodeError_);
  t.UnicodeEncodeError_ = exc("UnicodeEncodeError", t.UnicodeError_);
  t.Warning_ = exc("Warning", t.exception);
  t.UserWarning_ = exc("UserWarning", t.Warning_);
  t.DeprecationWarning_ = exc("DeprecationWarning", t.Warning_);
  t.RuntimeWarning_ = exc("RuntimeWarning", t.Warning_);

  // Dicts made before the dict type existed (the early types' own dicts).
  {
    auto* types = reinterpret_cast<TypeObject**>(&t);
    for (size_t i = 0; i < sizeof(Types) / sizeof(TypeObject*); ++i)
      if (types[i] && types[i]->dict && !types[i]->dict->type) types[i]->dict->type = t.dict;
  }

  // Singletons.
  None = Value::object(heap.make<Object>(t.none, Kind::None));
  True = Value::object(heap.make<IntObject>(t.bool_, 1, Kind::Bool));
  False = Value::object(heap.make<IntObject>(t.bool_, 0, Kind::Bool));
  NotImplemented = Value::object(heap.make<Object>(t.not_implemented, Kind::NotImplemented));
  Ellipsis = Value::object(heap.make<Object>(t.ellipsis, Kind::Ellipsis));
  missing = Value::object(heap.make<InstanceObject>(t.object));

#define INTERLEAVE_INTERN_NAME(x) n.x = intern(#x);
  INTERLEAVE_NAMES(INTERLEAVE_INTERN_NAME)
#undef INTERLEAVE_INTERN_NAME
  static const char* const ops[] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                    "or",  "pow", "rshift",   "sub",    "truediv", "xor"};
  for (int i = 0; i < 13; ++i) {
    n.binop_dunder[i] = intern(std::string("__") + ops[i] + "__");
    n.binop_rdunder[i] = intern(std::string("__r") + ops[i] + "__");
    n.binop_idunder[i] = intern(std::string("__i") + ops[i] + "__");
  }
  static const char* const cmps[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  for (int i = 0; i < 6; ++i) n.cmp_dunder[i] = intern(cmps[i]);
}

void Vm::init_builtins() {
  builtins = new_dict();
  modules = new_dict();
  init_type_methods(*this);
  init_builtin_functions(*this);
  init_stdlib(*this);
}

void Vm::write_out(std::string_view s, bool is_err) {
  if (replay && replay->need) return;  // the run is thrown away (replay.cpp); its rerun writes
  (is_err ? err : out).append(s.data(), s.size());
  if (on_output) on_output(is_err, s);
}

void Vm::register_source(std::string filename, std::string text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    std::string line = text.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
    start = nl + 1;
  }
  sources_[filename] = std::move(lines);
}

std::string_view Vm::source_line(const StrObject* filename, int line) const {
  if (!filename) return {};
  auto it = sources_.find(filename->text);
  if (it == sources_.end() || line < 1 || line > static_cast<int>(it->second.size())) return {};
  return it->second[line - 1];
}

void Vm::collect_garbage() {
  if (gc_inhibit) return;
  heap.collect([this](Tracer& tr) {
    tr.visit(t.type);
    tr.visit(None);
    tr.visit(True);
    tr.visit(False);
    tr.visit(NotImplemented);
    tr.visit(Ellipsis);
    tr.visit(missing);
    tr.visit(module_body);
    tr.visit(builtins);
    tr.visit(modules);
    // Types and names are reachable from builtins, but intern tables must
    // keep every interned string alive (the map holds raw pointers).
    for (auto& kv : interned_) tr.visit(kv.second);
    auto* types = reinterpret_cast<TypeObject**>(&t);
    for (size_t i = 0; i < sizeof(Types) / sizeof(TypeObject*); ++i) tr.visit(types[i]);
    for (Value v : extra_roots) tr.visit(v);
    for (Thread* th : threads) {
      for (Frame* f = th->top; f; f = f->back) trace_frame(tr, f);
      tr.visit(th->exc);
      tr.visit(th->handled);
      tr.visit(th->outer_handled);
      tr.visit(th->result);
      tr.visit(th->block_value);
      tr.visit(th->greenlet);
      tr.visit(th->started_with);
      Request& r = th->request;
      tr.visit(r.callable);
      for (Value v : r.args) tr.visit(v);
      tr.visit(r.kwnames);
      tr.visit(r.locals);
      tr.visit(r.gen);
      tr.visit(r.send);
      tr.visit(r.state);
    }
  });
}

}  // namespace interleave::vm
