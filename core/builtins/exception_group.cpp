// Exception groups (PEP 654) and exception notes (PEP 678), as CPython 3.11
// has them: BaseExceptionGroup/ExceptionGroup (constructor checks, message,
// exceptions, str, split/subgroup/derive), BaseException.add_note, and the
// two steps of `except*` the interpreter calls (CHECK_EG_MATCH,
// PREP_RERAISE_STAR).
//
// split() calls a predicate and derive() (which a subclass may override)
// at every level of the tree, so the recursive part is Python source (the
// built-in module _exceptiongroup, hidden from tracebacks as CPython's C
// code is): predicates and derive() run as ordinary frames, no nested
// interpreter loop. The natives here check arguments, build groups and copy
// what the source cannot reach (the traceback, which has no Python object
// here).
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

extern const char* const kExceptionGroupSource;

namespace {

bool is_exception(Value v) { return v.is_object() && v.obj()->kind == Kind::Exception; }

ExceptionObject* as_exc(Value v) { return static_cast<ExceptionObject*>(v.obj()); }

bool is_exception_class(Vm& vm, Value v) {
  return v.is_object() && v.obj()->kind == Kind::Type &&
         vm.is_subtype(static_cast<TypeObject*>(v.obj()), vm.t.base_exception);
}

// PySequence_Check: what indexes by position (not dicts, sets, iterators).
bool is_sequence(Vm& vm, Value v) {
  if (!v.is_object()) return false;
  switch (v.obj()->kind) {
    case Kind::List:
    case Kind::Tuple:
    case Kind::Str:
    case Kind::Bytes:
    case Kind::Range:
    case Kind::Deque: return true;
    case Kind::Dict: return false;
    default: break;
  }
  if (!v.obj()->type->is_heap_type) return false;
  return !vm.lookup_type(v.obj()->type, vm.n.__getitem__).is_null();
}

Value exceptiongroup_module(Vm& vm) { return vm.import_module(vm.intern("_exceptiongroup")); }

// A function of the _exceptiongroup source module (imported on first use).
Value helper(Vm& vm, const char* name) {
  Value m = exceptiongroup_module(vm);
  if (m.is_null()) return Value();
  return vm.get_attr(m, vm.intern(name));
}

}  // namespace

bool is_exception_group(Vm& vm, Value v) {
  return is_exception(v) && vm.is_subtype(v.obj()->type, vm.t.BaseExceptionGroup_);
}

// BaseExceptionGroup.__new__(cls, message, exceptions): CPython's checks and
// messages; BaseExceptionGroup of Exceptions only becomes an ExceptionGroup.
Status new_exception_group(Vm& vm, TypeObject* cls, Args args, Value* out) {
  if (args.n != 2)
    return vm.raise(vm.t.TypeError_,
                    "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(args.n) + " given)");
  if (!vm.is_str(args[0]))
    return vm.raise(vm.t.TypeError_, std::string("BaseExceptionGroup.__new__() argument 1 must be str, not ") +
                                         vm.type_name(args[0]));
  if (!is_sequence(vm, args[1]))
    return vm.raise(vm.t.TypeError_, "second argument (exceptions) must be a sequence");
  std::vector<Value> items;
  if (!vm.collect_items(args[1], &items)) return Status::Error;
  if (items.empty()) return vm.raise(vm.t.ValueError_, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_exception(items[i]))
      return vm.raise(vm.t.ValueError_,
                      "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    if (!vm.is_subtype(items[i].obj()->type, vm.t.exception)) nested_base = true;
  }
  if (cls == vm.t.ExceptionGroup_) {
    if (nested_base) return vm.raise(vm.t.TypeError_, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls == vm.t.BaseExceptionGroup_) {
    if (!nested_base) cls = vm.t.ExceptionGroup_;
  } else if (nested_base && vm.is_subtype(cls, vm.t.exception)) {
    return vm.raise(vm.t.TypeError_, "Cannot nest BaseExceptions in '" + cls->name->text + "'");
  }
  Value e = vm.new_exception_args(cls, args.v, 2);
  as_exc(e)->eg_message = args[0];
  as_exc(e)->eg_excs = static_cast<TupleObject*>(vm.make_tuple(std::move(items)).obj());
  *out = e;
  return Status::Ok;
}

namespace {

Value make_group(Vm& vm, Value message, Value excs) {
  Value a[2] = {message, excs};
  Value out;
  if (new_exception_group(vm, vm.t.BaseExceptionGroup_, Args{a, 2, nullptr}, &out) != Status::Ok) return Value();
  return out;
}

// split()/subgroup()'s matcher: 0 exception type(s), 1 predicate.
bool matcher_kind(Vm& vm, Value m, int* kind) {
  if (m.is_object() && m.obj()->kind == Kind::Function) {
    *kind = 1;
    return true;
  }
  if (is_exception_class(vm, m)) {
    *kind = 0;
    return true;
  }
  if (m.is_object() && m.obj()->type == vm.t.tuple) {
    for (Value x : static_cast<TupleObject*>(m.obj())->items)
      if (!is_exception_class(vm, x)) goto bad;
    *kind = 0;
    return true;
  }
bad:
  vm.raise(vm.t.TypeError_, "expected a function, exception type or tuple of exception types");
  return false;
}

Status split_or_subgroup(Vm& vm, Value self, Args args, Value* out, bool split) {
  const char* name = split ? "split" : "subgroup";
  if (args.nkw()) return vm.raise(vm.t.TypeError_, std::string(name) + "() takes no keyword arguments");
  if (args.n != 1)
    return vm.raise(vm.t.TypeError_,
                    std::string(name) + " expected 1 argument, got " + std::to_string(args.n));
  int kind = 0;
  if (!matcher_kind(vm, args[0], &kind)) return Status::Error;
  Value fn = helper(vm, name);
  if (fn.is_null()) return Status::Error;
  // The source's result is the method's.
  return vm.request_call(fn, {self, Value::small(kind), args[0]});
}

// CHECK_EG_MATCH's continuation: [exc].split(type) returned (match, rest).
Status eg_match_split_done(Vm& vm, Object* state, Status incoming, Value pair, Value* out) {
  if (incoming != Status::Ok) return incoming;
  Value exc = Value::object(state);
  if (!pair.is_object() || pair.obj()->type != vm.t.tuple)
    return vm.raise(vm.t.TypeError_, exc.obj()->type->name->text + ".split must return a tuple, not " +
                                         vm.type_name(pair));
  auto* t = static_cast<TupleObject*>(pair.obj());
  if (t->items.size() < 2)
    return vm.raise(vm.t.TypeError_, exc.obj()->type->name->text + ".split must return a 2-tuple, got tuple of size " +
                                         std::to_string(t->items.size()));
  Value match = t->items[0], rest = t->items[1];
  if (match == vm.None) {
    *out = vm.make_tuple({vm.None, exc});
    return Status::Ok;
  }
  vm.thread->handled = match;  // the handler's sys.exc_info() and __context__
  *out = vm.make_tuple({match, rest});
  return Status::Ok;
}

bool is_star_forbidden(Vm& vm, Value type) {
  if (type.is_object() && type.obj()->kind == Kind::Tuple) {
    for (Value v : static_cast<TupleObject*>(type.obj())->items)
      if (is_star_forbidden(vm, v)) return true;
    return false;
  }
  return type.is_object() && type.obj()->kind == Kind::Type &&
         vm.is_subtype(static_cast<TypeObject*>(type.obj()), vm.t.BaseExceptionGroup_);
}

// CHECK_EG_MATCH: (exc, type) -> (match, rest). A naked exception that
// matches is wrapped in ExceptionGroup('', (exc,)); a group is split; the
// match (if any) becomes the exception being handled.
Status eg_match(Vm& vm, Value, Args args, Value* out) {
  Value exc = args[0], type = args[1];
  if (!vm.check_exception_type(type)) return Status::Error;
  if (is_star_forbidden(vm, type))
    return vm.raise(vm.t.TypeError_, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  if (vm.exception_matches(exc, type)) {
    Value match = exc;
    if (!is_exception_group(vm, exc)) {
      match = make_group(vm, vm.make_str(""), vm.make_tuple({exc}));
      if (match.is_null()) return Status::Error;
    }
    vm.thread->handled = match;
    *out = vm.make_tuple({match, vm.None});
    return Status::Ok;
  }
  if (is_exception_group(vm, exc)) {
    Value split = vm.get_attr(exc, vm.intern("split"));
    if (split.is_null()) return Status::Error;
    return vm.request_call(split, {type}, eg_match_split_done, exc.obj());
  }
  *out = vm.make_tuple({vm.None, exc});
  return Status::Ok;
}

// PREP_RERAISE_STAR: (orig, [raised or re-raised exceptions, None...]) ->
// what leaves the try statement (None: nothing).
Status eg_reraise(Vm& vm, Value, Args args, Value* out) {
  Value orig = args[0];
  auto* list = static_cast<ListObject*>(args[1].obj());
  bool any = false;
  for (Value v : list->items)
    if (v != vm.None) any = true;
  if (!any) {
    *out = vm.None;
    return Status::Ok;
  }
  if (!is_exception_group(vm, orig)) {
    // A naked exception was wrapped: at most one clause ran.
    *out = list->items[0];
    return Status::Ok;
  }
  Value fn = helper(vm, "prep_reraise_star");
  if (fn.is_null()) return Status::Error;
  return vm.request_call(fn, {orig, args[1]});
}

Status add_note(Vm& vm, Value self, Args args, Value* out) {
  if (args.nkw()) return vm.raise(vm.t.TypeError_, "BaseException.add_note() takes no keyword arguments");
  if (args.n != 1)
    return vm.raise(vm.t.TypeError_,
                    "BaseException.add_note() takes exactly one argument (" + std::to_string(args.n) + " given)");
  if (!vm.is_str(args[0]))
    return vm.raise(vm.t.TypeError_, std::string("note must be a str, not '") + vm.type_name(args[0]) + "'");
  StrObject* name = vm.intern("__notes__");
  Value notes = vm.get_attr_opt(self, name);
  if (notes.is_null()) {
    if (!vm.thread->exc.is_null()) return Status::Error;
    notes = Value::object(vm.new_list());
    if (vm.set_attr(self, name, notes) != Status::Ok) return Status::Error;
  }
  if (!notes.is_object() || notes.obj()->kind != Kind::List)
    return vm.raise(vm.t.TypeError_, "Cannot add note: __notes__ is not a list");
  static_cast<ListObject*>(notes.obj())->items.push_back(args[0]);
  *out = vm.None;
  return Status::Ok;
}

// The natives of the _exceptiongroup source module.
void init_egroup_native_module(Vm& vm, ModuleObject* m) {
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(m->dict, name, Value::object(vm.new_native(name, fn))); };
  // copy_metadata(src, dst): what split() gives each part of [src]: its
  // traceback, __cause__, __context__ (and __suppress_context__ = True,
  // as PyException_SetCause does) and a copy of its notes.
  def("copy_metadata", [](Vm& vm, Value, Args args, Value* out) {
    auto* src = as_exc(args[0]);
    auto* dst = as_exc(args[1]);
    if (!src->traceback.empty()) dst->traceback = src->traceback;
    dst->context = src->context;
    dst->cause = src->cause;
    dst->suppress_context = true;
    StrObject* name = vm.intern("__notes__");
    Value notes = vm.get_attr_opt(args[0], name);
    if (notes.is_null()) {
      if (!vm.thread->exc.is_null()) return Status::Error;
    } else if (is_sequence(vm, notes)) {
      ListObject* copy = vm.new_list();
      if (!vm.collect_items(notes, &copy->items)) return Status::Error;
      if (vm.set_attr(args[1], name, Value::object(copy)) != Status::Ok) return Status::Error;
    }
    *out = vm.None;
    return Status::Ok;
  });
  // same_metadata(e, orig): e is orig's part re-raised by a bare `raise`
  // (CPython compares the traceback, cause and context objects; tracebacks
  // here are lists of entries, compared by value).
  def("same_metadata", [](Vm& vm, Value, Args args, Value* out) {
    auto* a = as_exc(args[0]);
    auto* b = as_exc(args[1]);
    bool same = a->cause == b->cause && a->context == b->context && a->traceback.size() == b->traceback.size();
    for (size_t i = 0; same && i < a->traceback.size(); ++i)
      same = a->traceback[i].code == b->traceback[i].code && a->traceback[i].pc == b->traceback[i].pc;
    *out = vm.make_bool(same);
    return Status::Ok;
  });
  def("hide", [](Vm& vm, Value, Args args, Value* out) {
    for (int i = 0; i < args.n; ++i)
      if (args[i].is_object() && args[i].obj()->kind == Kind::Function)
        static_cast<FunctionObject*>(args[i].obj())->code->flags |= kCodeHiddenFromTracebacks;
    *out = vm.None;
    return Status::Ok;
  });
}

}  // namespace

void init_exception_groups(Vm& vm) {
  vm.module_registry["_egroup"] = init_egroup_native_module;  // _exceptiongroup's natives

  for (TypeObject* type : {vm.t.BaseExceptionGroup_, vm.t.ExceptionGroup_})
    type->constructor = [](Vm& vm, Value cls, Args args, Value* out) {
      auto* type = static_cast<TypeObject*>(cls.obj());
      Status s = new_exception_group(vm, type, Args{args.v, args.n, nullptr}, out);
      if (s == Status::Ok && args.nkw())
        return vm.raise(vm.t.TypeError_, vm.type_of(*out)->name->text + "() takes no keyword arguments");
      return s;
    };
  TypeObject* beg = vm.t.BaseExceptionGroup_;
  // A static method, like object.__new__: the class arrives as self.
  vm.add_static_method(beg, "__new__", [](Vm& vm, Value cls, Args args, Value* out) {
    if (!cls.is_object() || cls.obj()->kind != Kind::Type ||
        !vm.is_subtype(static_cast<TypeObject*>(cls.obj()), vm.t.BaseExceptionGroup_))
      return vm.raise(vm.t.TypeError_, "BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup");
    return new_exception_group(vm, static_cast<TypeObject*>(cls.obj()), Args{args.v, args.n, nullptr}, out);
  });
  vm.add_method(beg, "__init__", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.nkw()) return vm.raise(vm.t.TypeError_, vm.type_of(self)->name->text + "() takes no keyword arguments");
    auto* e = as_exc(self);
    e->args = vm.new_tuple(args.n);
    for (int i = 0; i < args.n; ++i) e->args->items[i] = args[i];
    *out = vm.None;
    return Status::Ok;
  });
  vm.add_method(beg, "__str__", [](Vm& vm, Value self, Args, Value* out) {
    std::string s;
    if (!vm.str_append(s, self)) return Status::Error;
    *out = vm.make_str(std::move(s));
    return Status::Ok;
  });
  vm.add_method(beg, "derive", [](Vm& vm, Value self, Args args, Value* out) {
    if (args.n != 1 || args.nkw())
      return vm.raise(vm.t.TypeError_, "function takes exactly 1 argument (" + std::to_string(args.n + args.nkw()) + " given)");
    auto* e = as_exc(self);
    Value g = make_group(vm, e->eg_message.is_null() ? vm.make_str("") : e->eg_message, args[0]);
    if (g.is_null()) return Status::Error;
    *out = g;
    return Status::Ok;
  });
  vm.add_method(beg, "split", [](Vm& vm, Value self, Args args, Value* out) {
    return split_or_subgroup(vm, self, args, out, true);
  });
  vm.add_method(beg, "subgroup", [](Vm& vm, Value self, Args args, Value* out) {
    return split_or_subgroup(vm, self, args, out, false);
  });
  vm.add_method(vm.t.base_exception, "add_note", add_note);

  vm.eg_match_fn = Value::object(vm.new_native("except* match", eg_match));
  vm.eg_reraise_fn = Value::object(vm.new_native("except* reraise", eg_reraise));
  vm.extra_roots.push_back(vm.eg_match_fn);
  vm.extra_roots.push_back(vm.eg_reraise_fn);
}

// The recursive half of split()/subgroup() and of except*'s re-raise
// (Objects/exceptions.c: exceptiongroup_split_recursive,
// _PyExc_PrepReraiseStar). Matchers: 0 types, 1 predicate, 2 a set of
// leaf ids.
const char* const kExceptionGroupSource = R"PY(
from _egroup import copy_metadata, same_metadata, hide


def _matches(exc, kind, matcher):
    if kind == 0:
        return isinstance(exc, matcher)
    if kind == 1:
        return True if matcher(exc) else False
    return id(exc) in matcher


def _part(eg, excs):
    part = eg.derive(excs)
    if not isinstance(part, BaseExceptionGroup):
        raise TypeError("derive must return an instance of BaseExceptionGroup")
    copy_metadata(eg, part)
    return part


def _split(exc, kind, matcher, with_rest):
    if _matches(exc, kind, matcher):
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        return None, (exc if with_rest else None)
    matched = []
    rest = []
    for e in exc.exceptions:
        m, r = _split(e, kind, matcher, with_rest)
        if m is not None:
            matched.append(m)
        if r is not None:
            rest.append(r)
    m = _part(exc, matched) if matched else None
    r = _part(exc, rest) if rest else None
    return m, r


def split(eg, kind, matcher):
    return _split(eg, kind, matcher, True)


def subgroup(eg, kind, matcher):
    return _split(eg, kind, matcher, False)[0]


def _leaf_ids(exc, ids):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, ids)
    else:
        ids.add(id(exc))


def prep_reraise_star(orig, excs):
    raised = []
    reraised = []
    for e in excs:
        if e is not None:
            if same_metadata(e, orig):
                reraised.append(e)
            else:
                raised.append(e)
    ids = set()
    for e in reraised:
        _leaf_ids(e, ids)
    kept = _split(orig, 2, ids, False)[0]
    if not raised:
        return kept
    if kept is not None:
        raised.append(kept)
    if len(raised) > 1:
        return BaseExceptionGroup("", raised)
    return raised[0]


hide(_matches, _part, _split, split, subgroup, _leaf_ids, prep_reraise_star)
)PY";

}  // namespace interleave::vm
