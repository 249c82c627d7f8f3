// The builtins module's functions: print, len, sorted, isinstance, ...
// and the names of the built-in types and exceptions.
#include <algorithm>
#include <cmath>

#include "text/float_math.h"
#include "text/int_math.h"
#include "text/int_text.h"
#include "vm/numbers.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

Status raise_text_error(Vm& vm, const text::TextError& e);

namespace {

#define BUILTIN(name) Status builtin_##name(Vm& vm, Value, Args args, Value* out)

bool exactly(Vm& vm, Args args, const char* name, int n) {
  if (args.n == n && args.nkw() == 0) return true;
  if (n == 1)
    vm.raise(vm.t.TypeError_, std::string(name) + "() takes exactly one argument (" + std::to_string(args.n) + " given)");
  else
    vm.raise(vm.t.TypeError_, std::string(name) + " expected " + std::to_string(n) + " arguments, got " + std::to_string(args.n));
  return false;
}

// print() writes, in order, str(arg0), sep, str(arg1), ..., end, as
// CPython does: to sys.stdout/stderr the pieces gather in a buffer written
// once (and on an error, what was written before it); to a Python file-like
// object each piece is a write() call. Converting an argument may run
// Python code (a __str__, the __repr__ of a list's items): a user object's
// __str__ is called, anything else but a number or None goes through a
// request for str(arg), a native that runs under its own replay run -- so
// no piece is converted in a nested loop, even from this continuation.
// State: values = [text, sep, end, file, args...], a = the next piece
// (arg0, sep, arg1, ..., end), b = 1 when the file is a Python object.
Status print_step(Vm& vm, OpaqueObject* st, Value* out);

std::string& print_text(OpaqueObject* st) { return static_cast<StrObject*>(st->values[0].obj())->text.mutable_str(); }

// Writes what the buffer holds to sys.stdout or sys.stderr.
void print_flush(Vm& vm, OpaqueObject* st) {
  if (st->b || print_text(st).empty()) return;
  Value file = st->values[3];
  vm.write_out(print_text(st), file != vm.None && static_cast<OpaqueObject*>(file.obj())->a == 2);
  print_text(st).clear();
}

Status print_fail(Vm& vm, OpaqueObject* st) {
  print_flush(vm, st);
  return Status::Error;
}

Status print_write_cont(Vm& vm, Object* state, Status incoming, Value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  return print_step(vm, static_cast<OpaqueObject*>(state), out);
}

// One piece is ready: buffer it, or write() it to the Python file.
Status print_emit(Vm& vm, OpaqueObject* st, Value piece, Value* out) {
  if (!st->b) {
    print_text(st) += vm.as_str(piece)->text;
    return Status::Ok;
  }
  Value w = vm.get_attr(st->values[3], vm.n.write);
  if (w.is_null()) return Status::Error;
  return vm.request_call(w, Value(), &piece, 1, print_write_cont, st);
}

Status print_str_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  auto* st = static_cast<OpaqueObject*>(state);
  if (incoming != Status::Ok) return print_fail(vm, st);
  if (!vm.is_str(value))
    return vm.raise(vm.t.TypeError_, std::string("__str__ returned non-string (type ") + vm.type_name(value) + ")");
  Status s = print_emit(vm, st, value, out);
  if (s != Status::Ok) return s == Status::Error ? print_fail(vm, st) : s;
  return print_step(vm, st, out);
}

Status print_step(Vm& vm, OpaqueObject* st, Value* out) {
  int64_t nargs = static_cast<int64_t>(st->values.size()) - 4;
  int64_t last = nargs == 0 ? 0 : 2 * nargs - 1;
  while (st->a <= last) {
    int64_t p = st->a++;
    Value piece;
    if (p == last) {
      Value end = st->values[2];
      piece = end == vm.None ? Value::object(vm.intern("\n")) : end;
    } else if (p % 2) {
      Value sep = st->values[1];
      piece = sep == vm.None ? Value::object(vm.intern(" ")) : sep;
    } else {
      Value arg = st->values[4 + p / 2];
      Kind k = arg.is_small() ? Kind::Int : arg.obj()->kind;
      bool builtin = arg.is_small() || !arg.obj()->type->is_heap_type;
      if (builtin && k == Kind::Str) {
        piece = arg;
      } else if (builtin && (k == Kind::Int || k == Kind::Float || k == Kind::Bool || k == Kind::None)) {
        std::string text;
        vm.str_append(text, arg);
        piece = vm.make_str(std::move(text));
      } else {
        Status s = builtin ? vm.request_call(Value::object(vm.t.str), Value(), &arg, 1, nullptr, nullptr)
                           : op_str(vm, arg, &piece);
        if (s == Status::Call) {
          // Other threads may print while this runs: what came before goes out first.
          print_flush(vm, st);
          vm.chain_cont(print_str_cont, st);
          return s;
        }
        if (s != Status::Ok) return print_fail(vm, st);
      }
    }
    Status s = print_emit(vm, st, piece, out);
    if (s == Status::Error) return print_fail(vm, st);
    if (s != Status::Ok) return s;
  }
  print_flush(vm, st);
  *out = vm.None;
  return Status::Ok;
}

BUILTIN(print) {
  OpaqueObject* st = vm.new_opaque();
  st->values.push_back(Value::object(vm.new_str("")));
  Value sep = vm.kwarg(args, "sep"), end = vm.kwarg(args, "end"), file = vm.kwarg(args, "file");
  for (int k = 0; k < args.nkw(); ++k) {
    const std::string& kn = vm.as_str(args.kwnames->items[k])->text;
    if (kn != "sep" && kn != "end" && kn != "file" && kn != "flush")
      return vm.raise(vm.t.TypeError_, "'" + kn + "' is an invalid keyword argument for print()");
  }
  if (!sep.is_null() && sep != vm.None && !vm.is_str(sep))
    return vm.raise(vm.t.TypeError_, std::string("sep must be None or a string, not ") + vm.type_name(sep));
  if (!end.is_null() && end != vm.None && !vm.is_str(end))
    return vm.raise(vm.t.TypeError_, std::string("end must be None or a string, not ") + vm.type_name(end));
  st->values.push_back(sep.is_null() ? vm.None : sep);
  st->values.push_back(end.is_null() ? vm.None : end);
  if (file.is_null()) file = vm.None;
  st->values.push_back(file);
  st->b = !(file == vm.None || (file.is_object() && file.obj()->kind == Kind::Opaque &&
                                file.obj()->type->name->text == "TextIOWrapper"));
  for (int i = 0; i < args.n; ++i) st->values.push_back(args[i]);
  return print_step(vm, st, out);
}

BUILTIN(len) {
  if (!exactly(vm, args, "len", 1)) return Status::Error;
  Value v = args[0];
  if (v.is_object() && v.obj()->type->is_heap_type) {
    for (TypeObject* m : v.obj()->type->mro) {
      if (!m->is_heap_type) break;
      Value f = vm.dict_get_str(m->dict, vm.n.__len__);
      if (!f.is_null()) return vm.request_call(f, {v});
    }
  }
  return op_len(vm, v, out);
}

BUILTIN(repr) {
  if (!exactly(vm, args, "repr", 1)) return Status::Error;
  return op_repr(vm, args[0], out);
}

BUILTIN(ascii) {
  if (args.n < 1) return vm.raise(vm.t.TypeError_, "ascii() takes exactly one argument (" + std::to_string(args.n) + " given)");
  Value r = vm.repr(args[0]);
  if (r.is_null()) return Status::Error;
  *out = vm.make_str(vm.ascii_of(vm.as_str(r)->text));
  return Status::Ok;
}

BUILTIN(abs) {
  if (!exactly(vm, args, "abs", 1)) return Status::Error;
  Value v = args[0];
  if (vm.is_int(v)) {
    int64_t x = vm.int_of(v);
    if (x == INT64_MIN) return vm.raise_overflow();
    *out = vm.make_int(x < 0 ? -x : x);
    return Status::Ok;
  }
  if (v.is_object() && v.obj()->kind == Kind::Float) {
    *out = vm.make_float(std::fabs(vm.float_of(v)));
    return Status::Ok;
  }
  Value m = v.is_object() ? vm.lookup_type(v.obj()->type, vm.n.__abs__) : Value();
  if (!m.is_null()) return vm.request_call(m, {v});
  return vm.raise(vm.t.TypeError_, std::string("bad operand type for abs(): '") + vm.type_name(v) + "'");
}

bool class_check(Vm& vm, TypeObject* t, Value cls, const char* fname, int* result) {
  if (cls.is_object() && cls.obj()->kind == Kind::Tuple) {
    for (Value c : static_cast<TupleObject*>(cls.obj())->items) {
      int r;
      if (!class_check(vm, t, c, fname, &r)) return false;
      if (r) {
        *result = 1;
        return true;
      }
    }
    *result = 0;
    return true;
  }
  if (!cls.is_object() || cls.obj()->kind != Kind::Type) {
    vm.raise(vm.t.TypeError_, std::string(fname) + "() arg 2 must be a type, a tuple of types, or a union");
    return false;
  }
  *result = vm.is_subtype(t, static_cast<TypeObject*>(cls.obj()));
  return true;
}

BUILTIN(isinstance) {
  if (!exactly(vm, args, "isinstance", 2)) return Status::Error;
  int r;
  if (!class_check(vm, vm.type_of(args[0]), args[1], "isinstance", &r)) return Status::Error;
  *out = vm.make_bool(r);
  return Status::Ok;
}

BUILTIN(issubclass) {
  if (!exactly(vm, args, "issubclass", 2)) return Status::Error;
  if (!args[0].is_object() || args[0].obj()->kind != Kind::Type)
    return vm.raise(vm.t.TypeError_, "issubclass() arg 1 must be a class");
  int r;
  if (!class_check(vm, static_cast<TypeObject*>(args[0].obj()), args[1], "issubclass", &r)) return Status::Error;
  *out = vm.make_bool(r);
  return Status::Ok;
}

BUILTIN(id) {
  if (!exactly(vm, args, "id", 1)) return Status::Error;
  Value v = args[0];
  if (v.is_small())
    *out = vm.make_int(static_cast<int64_t>(vm.serial_id_base / 2) + v.small_value() * 32);
  else
    *out = vm.make_int(static_cast<int64_t>(vm.serial_id_base + v.obj()->serial * 16));
  return Status::Ok;
}

BUILTIN(hash) {
  if (!exactly(vm, args, "hash", 1)) return Status::Error;
  return op_hash(vm, args[0], out);
}

Status callable_iter_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out);

BUILTIN(iter) {
  if (args.n == 2) {
    // iter(callable, sentinel): the callable runs as a frame; its value
    // is compared with the sentinel in callable_iter_cont.
    IteratorObject* it = vm.new_iterator(
        [](Vm& vm, IteratorObject* it, Value* out) -> Status {
          if (it->index) {
            *out = Value();
            return Status::Ok;
          }
          return vm.request_call(it->source, {}, callable_iter_cont, it);
        },
        args[0]);
    it->aux = args[1];
    *out = Value::object(it);
    return Status::Ok;
  }
  if (!exactly(vm, args, "iter", 1)) return Status::Error;
  return op_iter(vm, args[0], out);
}

// iter(callable, sentinel)'s next: the callable returned [value]; a
// Python __eq__ comparing it with the sentinel is replayed (Vm::call_op).
Status callable_iter_check(Vm& vm, Value iter, Value value, Value, Value* out) {
  auto* it = static_cast<IteratorObject*>(iter.obj());
  int e = vm.eq(value, it->aux);
  if (e < 0) return Status::Error;
  if (e) {
    it->index = 1;
    return vm.raise(vm.t.StopIteration_, "");  // exhaustion after a call is StopIteration
  }
  *out = value;
  return Status::Ok;
}

Status callable_iter_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming != Status::Ok) return incoming;
  return vm.call_op(callable_iter_check, Value::object(state), value, Value(), out);
}

// next(it[, default]): a generator or Python __next__ runs as a frame.
Status next_default_cont(Vm& vm, Object* state, Status incoming, Value value, Value* out) {
  if (incoming == Status::Ok) {
    *out = value;
    return Status::Ok;
  }
  if (vm.exception_matches(vm.thread->exc, Value::object(vm.t.StopIteration_))) {
    vm.thread->exc = Value();
    *out = static_cast<OpaqueObject*>(state)->values[0];
    return Status::Ok;
  }
  return Status::Error;
}

BUILTIN(next) {
  if (args.n < 1 || args.n > 2) return vm.raise(vm.t.TypeError_, "next expected at least 1 argument, got 0");
  Value it = args[0];
  if (it.is_object() && it.obj()->kind == Kind::Generator) {
    if (args.n == 2) {
      OpaqueObject* st = vm.new_opaque();
      st->values.push_back(args[1]);
      return vm.request_resume(static_cast<GeneratorObject*>(it.obj()), vm.None, false, next_default_cont, st);
    }
    return vm.request_resume(static_cast<GeneratorObject*>(it.obj()), vm.None, false);
  }
  if (it.is_object() && it.obj()->kind != Kind::Iterator) {
    Value m = vm.lookup_type(it.obj()->type, vm.n.__next__);
    if (m.is_null())
      return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(it) + "' object is not an iterator");
    if (args.n == 2) {
      OpaqueObject* st = vm.new_opaque();
      st->values.push_back(args[1]);
      return vm.request_call(m, {it}, next_default_cont, st);
    }
    return vm.request_call(m, {it});
  }
  Status s = op_next(vm, it, out);
  if (s == Status::Call && args.n == 2) {
    // Python code makes the item (map() over a function, iter(f, sentinel)):
    // its StopIteration gives the default.
    OpaqueObject* st = vm.new_opaque();
    st->values.push_back(args[1]);
    vm.chain_cont(next_default_cont, st);
  }
  if (s != Status::Ok) return s;
  if (out->is_null()) {
    if (args.n == 2) {
      *out = args[1];
      return Status::Ok;
    }
    return vm.raise(vm.t.StopIteration_, "");
  }
  return Status::Ok;
}

BUILTIN(getattr) {
  if (args.n < 2 || args.n > 3) return vm.raise(vm.t.TypeError_, "getattr expected at least 2 arguments, got " + std::to_string(args.n));
  if (!vm.is_str(args[1])) return vm.raise(vm.t.TypeError_, "attribute name must be string, not '" + std::string(vm.type_name(args[1])) + "'");
  StrObject* name = vm.intern(vm.as_str(args[1])->text);
  if (args.n == 2) return op_getattr(vm, args[0], name, out);
  ++vm.quiet_attribute_errors;  // an AttributeError gives the default: no suggestion needed
  Value v = vm.get_attr(args[0], name);
  --vm.quiet_attribute_errors;
  if (v.is_null()) {
    if (!vm.exception_matches(vm.thread->exc, Value::object(vm.t.AttributeError_))) return Status::Error;
    vm.thread->exc = Value();
    v = args[2];
  }
  *out = v;
  return Status::Ok;
}

BUILTIN(setattr) {
  if (!exactly(vm, args, "setattr", 3)) return Status::Error;
  if (!vm.is_str(args[1])) return vm.raise(vm.t.TypeError_, "attribute name must be string");
  *out = vm.None;
  return op_setattr(vm, args[0], vm.intern(vm.as_str(args[1])->text), args[2]);
}

BUILTIN(hasattr) {
  if (!exactly(vm, args, "hasattr", 2)) return Status::Error;
  if (!vm.is_str(args[1])) return vm.raise(vm.t.TypeError_, "hasattr(): attribute name must be string");
  ++vm.quiet_attribute_errors;  // an AttributeError means False: no suggestion needed
  Value v = vm.get_attr(args[0], vm.intern(vm.as_str(args[1])->text));
  --vm.quiet_attribute_errors;
  if (v.is_null()) {
    if (!vm.exception_matches(vm.thread->exc, Value::object(vm.t.AttributeError_))) return Status::Error;
    vm.thread->exc = Value();
  }
  *out = vm.make_bool(!v.is_null());
  return Status::Ok;
}

BUILTIN(delattr) {
  if (!exactly(vm, args, "delattr", 2)) return Status::Error;
  if (!vm.is_str(args[1]))
    return vm.raise(vm.t.TypeError_, "attribute name must be string, not '" + std::string(vm.type_name(args[1])) + "'");
  *out = vm.None;
  return vm.del_attr(args[0], vm.intern(vm.as_str(args[1])->text));
}

BUILTIN(callable) {
  if (!exactly(vm, args, "callable", 1)) return Status::Error;
  Value v = args[0];
  bool c = false;
  if (v.is_object()) {
    Kind k = v.obj()->kind;
    c = k == Kind::Function || k == Kind::NativeFunction || k == Kind::BoundMethod || k == Kind::Type ||
        !vm.lookup_type(v.obj()->type, vm.n.__call__).is_null();
  }
  *out = vm.make_bool(c);
  return Status::Ok;
}

void append_utf8(std::string& s, uint32_t cp) {
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

BUILTIN(chr) {
  if (!exactly(vm, args, "chr", 1)) return Status::Error;
  int64_t cp;
  if (!vm.to_index(args[0], &cp)) return Status::Error;
  if (cp < 0 || cp > 0x10FFFF) return vm.raise(vm.t.ValueError_, "chr() arg not in range(0x110000)");
  std::string s;
  append_utf8(s, static_cast<uint32_t>(cp));
  *out = vm.make_str(s);
  return Status::Ok;
}

BUILTIN(ord) {
  if (!exactly(vm, args, "ord", 1)) return Status::Error;
  Value v = args[0];
  if (!vm.is_str(v))
    return vm.raise(vm.t.TypeError_, std::string("ord() expected string of length 1, but ") + vm.type_name(v) + " found");
  const std::string& s = vm.as_str(v)->text;
  int64_t n = utf8_length(s);
  if (n != 1)
    return vm.raise(vm.t.TypeError_, "ord() expected a character, but string of length " + std::to_string(n) + " found");
  unsigned char c = s[0];
  uint32_t cp = c < 0x80 ? c : c & (c >= 0xf0 ? 0x07 : c >= 0xe0 ? 0x0f : 0x1f);
  for (size_t i = 1; i < s.size(); ++i) cp = (cp << 6) | (s[i] & 0x3f);
  *out = vm.make_int(cp);
  return Status::Ok;
}

Status int_text(Vm& vm, Args args, Value* out, const char* name, std::string (*fn)(int64_t)) {
  if (!exactly(vm, args, name, 1)) return Status::Error;
  int64_t n;
  if (!vm.to_index(args[0], &n)) return Status::Error;
  *out = vm.make_str(fn(n));
  return Status::Ok;
}

BUILTIN(hex) { return int_text(vm, args, out, "hex", text::int_to_hex); }
BUILTIN(bin) { return int_text(vm, args, out, "bin", text::int_to_bin); }
BUILTIN(oct) { return int_text(vm, args, out, "oct", text::int_to_oct); }

BUILTIN(format) {
  if (args.n < 1 || args.n > 2) return vm.raise(vm.t.TypeError_, "format expected at most 2 arguments");
  if (args.n > 1 && !vm.is_str(args[1]))
    return vm.raise(vm.t.TypeError_, std::string("format() argument 2 must be str, not ") +
                                              (args[1] == vm.None ? "None" : vm.type_name(args[1])));
  return op_format(vm, args[0], args.n > 1 ? args[1] : vm.make_str(""), out);
}

BUILTIN(vars) {
  if (args.n == 0) {
    Frame* f = vm.thread->top;
    *out = Value::object(f && f->locals ? f->locals : f->globals);
    return Status::Ok;
  }
  Value d = vm.get_attr_opt(args[0], vm.n.__dict__);
  if (d.is_null()) {
    if (!vm.thread->exc.is_null()) return Status::Error;
    return vm.raise(vm.t.TypeError_, "vars() argument must have __dict__ attribute");
  }
  *out = d;
  return Status::Ok;
}

BUILTIN(dir) {
  std::vector<std::string> names;
  auto add_dict = [&](DictObject* d) {
    if (!d) return;
    for (auto& e : d->entries)
      if (!e.key.is_null() && vm.is_str(e.key)) names.push_back(vm.as_str(e.key)->text);
  };
  if (args.n == 0) {
    Frame* f = vm.thread->top;
    add_dict(f->locals ? f->locals : f->globals);
  } else {
    Value v = args[0];
    if (v.is_object() && v.obj()->kind == Kind::Module) {
      add_dict(static_cast<ModuleObject*>(v.obj())->dict);
    } else {
      if (v.is_object() && v.obj()->kind == Kind::Instance) add_dict(static_cast<InstanceObject*>(v.obj())->dict);
      TypeObject* t = v.is_object() && v.obj()->kind == Kind::Type ? static_cast<TypeObject*>(v.obj()) : vm.type_of(v);
      for (TypeObject* m : t->mro) add_dict(m->dict);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  ListObject* l = vm.new_list();
  for (auto& n : names) l->items.push_back(vm.make_str(n));
  *out = Value::object(l);
  return Status::Ok;
}

BUILTIN(input) {
  if (args.n > 0) {
    std::string prompt;
    if (!vm.str_append(prompt, args[0])) return Status::Error;
    vm.write_out(prompt, false);
  }
  return vm.raise(vm.t.EOFError_, "EOF when reading a line (Interleave programs have no keyboard: input() is not available)");
}

BUILTIN(open) {
  return vm.raise(vm.t.OSError_, "open() is not available in Interleave: programs have no file system");
}

BUILTIN(round) {
  if (args.n < 1 || args.n > 2) return vm.raise(vm.t.TypeError_, "round() takes at most 2 arguments");
  Value v = args[0];
  Value nd = args.n > 1 ? args[1] : vm.kwarg(args, "ndigits");
  bool has_nd = !nd.is_null() && nd != vm.None;
  if (has_nd && !vm.is_int(nd)) {
    Value ix;
    int r = vm.index_of(nd, &ix);
    if (r < 0) return Status::Error;
    if (r == 0)
      return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(nd) + "' object cannot be interpreted as an integer");
    nd = ix;
  }
  if (vm.is_int(v)) {
    if (!has_nd) {
      *out = vm.make_int(vm.int_of(v));
      return Status::Ok;
    }
    auto r = text::int_round(vm.int_of(v), vm.int_of(nd));
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_int(r.value());
    return Status::Ok;
  }
  if (v.is_object() && v.obj()->kind == Kind::Float) {
    double d = vm.float_of(v);
    if (!has_nd) {
      auto r = text::float_round_to_int(d);
      if (!r.ok()) return raise_text_error(vm, r.error());
      *out = vm.make_int(r.value());
      return Status::Ok;
    }
    auto r = text::float_round(d, vm.int_of(nd));
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_float(r.value());
    return Status::Ok;
  }
  Value m = v.is_object() ? vm.lookup_type(v.obj()->type, vm.n.__round__) : Value();
  if (!m.is_null()) return vm.request_call(m, has_nd ? std::vector<Value>{v, nd} : std::vector<Value>{v});
  return vm.raise(vm.t.TypeError_, std::string("type ") + vm.type_name(v) + " doesn't define __round__ method");
}

BUILTIN(pow) {
  if (args.n < 2 || args.n > 3) return vm.raise(vm.t.TypeError_, "pow expected 2 or 3 arguments");
  if (args.n == 3 && args[2] != vm.None) {
    if (!vm.is_int(args[0]) || !vm.is_int(args[1]) || !vm.is_int(args[2]))
      return vm.raise(vm.t.TypeError_, "pow() 3rd argument not allowed unless all arguments are integers");
    auto r = text::int_pow_mod(vm.int_of(args[0]), vm.int_of(args[1]), vm.int_of(args[2]));
    if (!r.ok()) return raise_text_error(vm, r.error());
    *out = vm.make_int(r.value());
    return Status::Ok;
  }
  return op_binary(vm, args[0], args[1], static_cast<int>(BinaryOp::Pow), out);
}

BUILTIN(divmod) {
  if (!exactly(vm, args, "divmod", 2)) return Status::Error;
  Value a = args[0], b = args[1];
  bool ua = a.is_object() && a.obj()->type->is_heap_type, ub = b.is_object() && b.obj()->type->is_heap_type;
  if (ua || ub) {
    // The operands' own __divmod__ / __rdivmod__ (b's first when its class
    // is a subclass of a's).
    const char* names[2] = {"__divmod__", "__rdivmod__"};
    Value sides[2][2] = {{a, b}, {b, a}};
    bool first_b = ub && vm.type_of(a) != vm.type_of(b) && vm.is_subtype(vm.type_of(b), vm.type_of(a));
    for (int k = 0; k < 2; ++k) {
      int side = first_b ? 1 - k : k;
      Value self = sides[side][0];
      if (!self.is_object() || !self.obj()->type->is_heap_type) continue;
      if (side == 1 && vm.type_of(a) == vm.type_of(b)) continue;
      Value m = vm.lookup_type(self.obj()->type, vm.intern(names[side]));
      if (m.is_null()) continue;
      Value r = vm.call_sync(m, {self, sides[side][1]});
      if (r.is_null()) return Status::Error;
      if (r != vm.NotImplemented) {
        *out = r;
        return Status::Ok;
      }
    }
  }
  if (!vm.is_number(a) || !vm.is_number(b))
    return vm.raise(vm.t.TypeError_, std::string("unsupported operand type(s) for divmod(): '") + vm.type_name(a) +
                                         "' and '" + vm.type_name(b) + "'");
  Value q = vm.binary_op(args[0], args[1], BinaryOp::FloorDiv);
  if (q.is_null()) return Status::Error;
  Value r = vm.binary_op(args[0], args[1], BinaryOp::Rem);
  if (r.is_null()) return Status::Error;
  *out = vm.make_tuple({q, r});
  return Status::Ok;
}

BUILTIN(globals) {
  Frame* f = vm.thread->top;
  while (f && !f->code) f = f->back;
  *out = Value::object(f->globals);
  return Status::Ok;
}

BUILTIN(locals) {
  Frame* f = vm.thread->top;
  while (f && !f->code) f = f->back;
  if (f->locals || f->code->flags & kCodeUsesLocalsDict) {
    *out = Value::object(f->locals ? f->locals : f->globals);
    return Status::Ok;
  }
  DictObject* d = vm.new_dict();
  for (int i = 0; i < f->code->nlocals(); ++i)
    if (!f->slots[i].is_null()) vm.dict_set(d, Value::object(f->code->varnames[i]), f->slots[i]);
  for (int i = 0; i < f->code->ncells(); ++i) {
    Value c = static_cast<CellObject*>(f->slots[f->code->nlocals() + i].obj())->value;
    if (!c.is_null()) vm.dict_set(d, Value::object(f->code->cellvars[i]), c);
  }
  *out = Value::object(d);
  return Status::Ok;
}

BUILTIN(exit) {
  Value code = args.n ? args[0] : vm.None;
  *out = Value();
  return vm.raise_value(vm.new_exception_args(vm.t.SystemExit_, &code, args.n ? 1 : 0));
}

}  // namespace

void init_consumers(Vm& vm);  // consumers.cpp
Status builtin_dunder_import(Vm& vm, Value, Args args, Value* out);  // stdlib/modules.cpp

void init_builtin_functions(Vm& vm) {
  auto def = [&](const char* name, NativeFn fn) {
    vm.add_attr(vm.builtins, name, Value::object(vm.new_native(name, fn)));
  };
  def("print", builtin_print);
  def("__import__", builtin_dunder_import);
  def("len", builtin_len);
  def("repr", builtin_repr);
  def("ascii", builtin_ascii);
  def("abs", builtin_abs);
  def("isinstance", builtin_isinstance);
  def("issubclass", builtin_issubclass);
  def("id", builtin_id);
  def("hash", builtin_hash);
  def("iter", builtin_iter);
  def("next", builtin_next);
  def("getattr", builtin_getattr);
  def("setattr", builtin_setattr);
  def("hasattr", builtin_hasattr);
  def("delattr", builtin_delattr);
  def("callable", builtin_callable);
  def("chr", builtin_chr);
  def("ord", builtin_ord);
  def("hex", builtin_hex);
  def("bin", builtin_bin);
  def("oct", builtin_oct);
  def("format", builtin_format);
  def("vars", builtin_vars);
  def("dir", builtin_dir);
  def("input", builtin_input);
  def("open", builtin_open);
  def("round", builtin_round);
  def("pow", builtin_pow);
  def("divmod", builtin_divmod);
  def("globals", builtin_globals);
  def("locals", builtin_locals);
  def("exit", builtin_exit);
  def("quit", builtin_exit);
  auto type = [&](TypeObject* t) { vm.add_attr(vm.builtins, t->name->text.c_str(), Value::object(t)); };
  for (TypeObject* t : {vm.t.type, vm.t.object, vm.t.int_, vm.t.bool_, vm.t.float_, vm.t.str, vm.t.bytes, vm.t.list,
                        vm.t.tuple, vm.t.dict, vm.t.set, vm.t.frozenset, vm.t.range, vm.t.slice, vm.t.enumerate,
                        vm.t.zip, vm.t.map, vm.t.filter, vm.t.reversed, vm.t.property, vm.t.staticmethod,
                        vm.t.classmethod, vm.t.super_})
    type(t);
#define INTERLEAVE_EXPOSE_EXC(Py, field) type(vm.t.field);
  INTERLEAVE_EXCEPTION_TYPES(INTERLEAVE_EXPOSE_EXC)
#undef INTERLEAVE_EXPOSE_EXC
  vm.add_attr(vm.builtins, "EnvironmentError", Value::object(vm.t.OSError_));
  vm.add_attr(vm.builtins, "IOError", Value::object(vm.t.OSError_));
  vm.add_attr(vm.builtins, "None", vm.None);
  vm.add_attr(vm.builtins, "True", vm.True);
  vm.add_attr(vm.builtins, "False", vm.False);
  vm.add_attr(vm.builtins, "NotImplemented", vm.NotImplemented);
  vm.add_attr(vm.builtins, "Ellipsis", vm.Ellipsis);
  vm.add_attr(vm.builtins, "__name__", Value::object(vm.intern("builtins")));
  init_consumers(vm);
  vm.t.slice->constructor = [](Vm& vm, Value, Args args, Value* out) -> Status {
    Value a = vm.None, b = vm.None, c = vm.None;
    if (args.n == 1) b = args[0];
    if (args.n >= 2) {
      a = args[0];
      b = args[1];
    }
    if (args.n == 3) c = args[2];
    *out = Value::object(vm.heap.make<SliceObject>(vm.t.slice, a, b, c));
    return Status::Ok;
  };
}

}  // namespace interleave::vm
