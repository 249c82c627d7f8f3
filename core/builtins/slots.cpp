// The special methods of the built-in types as methods: int.__add__,
// list.__getitem__, str.__repr__, dict.__len__ ... What `super().__getitem__(i)`
// in a list subclass, `int.__mul__` passed to reduce(), or `super().__repr__()`
// in an int subclass reach. Each runs the built-in half of the operation
// (ops.h: builtin_*), which never asks the class of `self` for a Python
// dunder, so a subclass's __getitem__ calling its base's does not recurse.
// The interpreter itself does not use these: operators on built-in values go
// straight to the built-in code.
#include <cmath>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

enum class Family : uint8_t { Int, Float, Str, Bytes, List, Tuple, Dict, Set, Range, None, Other };

Family family_of(Value v) {
  if (v.is_small()) return Family::Int;
  switch (v.obj()->kind) {
    case Kind::Int:
    case Kind::Bool: return Family::Int;
    case Kind::Float: return Family::Float;
    case Kind::Str: return Family::Str;
    case Kind::Bytes: return Family::Bytes;
    case Kind::List: return Family::List;
    case Kind::Tuple: return Family::Tuple;
    case Kind::Dict: return Family::Dict;
    case Kind::Set:
    case Kind::FrozenSet: return Family::Set;
    case Kind::Range: return Family::Range;
    case Kind::None: return Family::None;
    default: return Family::Other;
  }
}

// Whether the built-in type of [self] defines binary operator [op] for an
// [other] (CPython's int.__add__(1, 2.0) is NotImplemented: float's
// __radd__ answers it).
bool operand_accepted(Value self, Value other, int op, bool reflected) {
  Family f = family_of(self), g = family_of(other);
  auto bop = static_cast<BinaryOp>(op);
  switch (f) {
    case Family::Int: return g == Family::Int && bop != BinaryOp::MatMul;
    case Family::Float:
      return (g == Family::Int || g == Family::Float) && bop != BinaryOp::MatMul && bop != BinaryOp::And &&
             bop != BinaryOp::Or && bop != BinaryOp::Xor && bop != BinaryOp::LShift && bop != BinaryOp::RShift;
    case Family::Str:
    case Family::Bytes:
      if (bop == BinaryOp::Rem) return !reflected || g == f;
      [[fallthrough]];
    case Family::List:
    case Family::Tuple:
      if (bop == BinaryOp::Mul) return g == Family::Int;
      return bop == BinaryOp::Add && !reflected && g == f;
    case Family::Set:
      return g == Family::Set && (bop == BinaryOp::And || bop == BinaryOp::Or || bop == BinaryOp::Xor ||
                                  bop == BinaryOp::Sub);
    case Family::Dict: return g == Family::Dict && bop == BinaryOp::Or;
    default: return false;
  }
}

Status not_implemented(Vm& vm, Value* out) {
  *out = vm.NotImplemented;
  return Status::Ok;
}

// CPython's wrapper checks: "expected 1 argument, got 0".
bool arity(Vm& vm, Args args, int n) {
  if (args.n == n && !args.nkw()) return true;
  vm.raise(vm.t.TypeError_, "expected " + std::to_string(n) + (n == 1 ? " argument, got " : " arguments, got ") +
                                std::to_string(args.n + args.nkw()));
  return false;
}
bool one_arg(Vm& vm, Args args) { return arity(vm, args, 1); }
bool no_args(Vm& vm, Args args) { return arity(vm, args, 0); }

template <int Op>
Status binary_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args)) return Status::Error;
  if (!operand_accepted(self, args[0], Op, false)) {
    // Sequences' + and * raise (CPython's sq_concat/sq_repeat): str.__add__("a", 1).
    Family f = family_of(self);
    const char* what = f == Family::Str ? "str" : f == Family::List ? "list" : f == Family::Tuple ? "tuple" : nullptr;
    if ((what || f == Family::Bytes) && Op == static_cast<int>(BinaryOp::Add)) {
      if (!what) return vm.raise(vm.t.TypeError_, std::string("can't concat ") + vm.type_name(args[0]) + " to bytes");
      return vm.raise(vm.t.TypeError_, std::string("can only concatenate ") + what + " (not \"" +
                                           vm.type_name(args[0]) + "\") to " + what);
    }
    if ((what || f == Family::Bytes) && Op == static_cast<int>(BinaryOp::Mul))
      return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(args[0]) +
                                           "' object cannot be interpreted as an integer");
    return not_implemented(vm, out);
  }
  Status s = builtin_binary(vm, self, args[0], Op, false, out);
  return binary_unhandled(vm, s) ? not_implemented(vm, out) : s;
}

template <int Op>
Status reflected_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args)) return Status::Error;
  if (!operand_accepted(self, args[0], Op, true)) return not_implemented(vm, out);
  Status s = builtin_binary(vm, args[0], self, Op, false, out);
  return binary_unhandled(vm, s) ? not_implemented(vm, out) : s;
}

// list += iterable, set |= set, dict |= mapping: in place, returning self.
template <int Op>
Status inplace_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args)) return Status::Error;
  Family f = family_of(self);
  if (f == Family::Set && family_of(args[0]) != Family::Set) return not_implemented(vm, out);
  Status s = builtin_binary(vm, self, args[0], Op, true, out);
  return binary_unhandled(vm, s) ? not_implemented(vm, out) : s;
}

template <int Cmp>
Status compare_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args)) return Status::Error;
  // int compares with ints only; float with both (int.__lt__(1, 2.5) is
  // NotImplemented: float's reflected method answers 1 < 2.5).
  Family f = family_of(self), g = family_of(args[0]);
  bool numbers = f == Family::Float && g == Family::Int;
  if (!numbers && f != g) return not_implemented(vm, out);
  int r = builtin_compare(vm, self, args[0], static_cast<CompareOp>(Cmp));
  if (r == -1) return Status::Error;
  if (r == -2) return not_implemented(vm, out);
  *out = vm.make_bool(r);
  return Status::Ok;
}

// object.__lt__ and the other orderings: NotImplemented, whatever the operands.
Status object_order_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args)) return Status::Error;
  return not_implemented(vm, out);
}

template <int UnaryOp>
Status unary_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  Status s = builtin_unary(vm, static_cast<Op>(UnaryOp), self, out);
  return s == Status::Call ? vm.raise(vm.t.TypeError_, "bad operand type") : s;
}

Status repr_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  std::string text;
  if (!vm.repr_append(text, self, false)) return Status::Error;
  *out = vm.make_str(std::move(text));
  return Status::Ok;
}

Status str_str_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  *out = vm.make_str(vm.as_str(self)->text);
  return Status::Ok;
}

Status hash_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  int64_t h;
  if (!builtin_hash(vm, self, &h)) return Status::Error;
  *out = vm.make_int(h);
  return Status::Ok;
}

Status len_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  int64_t n;
  if (!builtin_len(vm, self, &n)) return Status::Error;
  *out = vm.make_int(n);
  return Status::Ok;
}

Status bool_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  switch (family_of(self)) {
    case Family::Int: *out = vm.make_bool(vm.int_of(self) != 0); break;
    case Family::Float: *out = vm.make_bool(vm.float_of(self) != 0.0); break;
    case Family::None: *out = vm.False; break;
    default: {
      int64_t n;
      if (!builtin_len(vm, self, &n)) return Status::Error;
      *out = vm.make_bool(n != 0);
    }
  }
  return Status::Ok;
}

Status getitem_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args)) return Status::Error;
  return builtin_getitem(vm, self, args[0], out);
}

Status setitem_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!arity(vm, args, 2)) return Status::Error;
  Status s = builtin_setitem(vm, self, args[0], args[1]);
  if (s == Status::Ok) *out = vm.None;
  return s;
}

Status delitem_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args)) return Status::Error;
  Status s = builtin_delitem(vm, self, args[0]);
  if (s == Status::Ok) *out = vm.None;
  return s;
}

Status contains_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!one_arg(vm, args)) return Status::Error;
  return builtin_contains(vm, self, args[0], out);
}

Status iter_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  Status s = builtin_iter(vm, self, out);
  if (s == Status::Call)
    return vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(self) + "' object is not iterable");
  return s;
}

Status format_slot(Vm& vm, Value self, Args args, Value* out) {
  if (args.n != 1 || args.nkw() || !vm.is_str(args[0]))
    return vm.raise(vm.t.TypeError_, std::string("__format__() argument must be str, not ") +
                                         (args.n ? vm.type_name(args[0]) : "nothing"));
  return builtin_format(vm, self, args[0], out);
}

Status int_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  if (family_of(self) == Family::Float) {
    double d = vm.float_of(self);
    if (std::isnan(d)) return vm.raise(vm.t.ValueError_, "cannot convert float NaN to integer");
    if (std::isinf(d)) return vm.raise(vm.t.OverflowError_, "cannot convert float infinity to integer");
    if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) return vm.raise_overflow();
    *out = vm.make_int(static_cast<int64_t>(d));
    return Status::Ok;
  }
  *out = vm.make_int(vm.int_of(self));
  return Status::Ok;
}

Status float_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  *out = vm.make_float(vm.float_of(self));
  return Status::Ok;
}

Status abs_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  if (family_of(self) == Family::Float) {
    *out = vm.make_float(std::fabs(vm.float_of(self)));
    return Status::Ok;
  }
  int64_t x = vm.int_of(self);
  if (x == INT64_MIN) return vm.raise_overflow();
  *out = vm.make_int(x < 0 ? -x : x);
  return Status::Ok;
}

// int.__trunc__/__floor__/__ceil__: the int itself (as a plain int).
Status int_identity_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  *out = vm.make_int(vm.int_of(self));
  return Status::Ok;
}

template <int Mode>  // 0 trunc, 1 floor, 2 ceil
Status float_round_slot(Vm& vm, Value self, Args args, Value* out) {
  if (!no_args(vm, args)) return Status::Error;
  double d = vm.float_of(self);
  double r = Mode == 0 ? std::trunc(d) : Mode == 1 ? std::floor(d) : std::ceil(d);
  return int_slot(vm, vm.make_float(r), args, out);
}

// Adds [fn] as [name] unless the type already has its own method of that name.
void add_slot(Vm& vm, TypeObject* type, const char* name, NativeFn fn) {
  if (vm.dict_find_str(type->dict, vm.intern(name)) >= 0) return;
  vm.add_method(type, name, fn);
  auto* nf = static_cast<NativeFunctionObject*>(vm.dict_get_str(type->dict, vm.intern(name)).obj());
  nf->is_slot = true;
}

template <int Op>
void add_binary(Vm& vm, TypeObject* type, bool with_reflected) {
  add_slot(vm, type, vm.n.binop_dunder[Op]->text.c_str(), binary_slot<Op>);
  if (with_reflected) add_slot(vm, type, vm.n.binop_rdunder[Op]->text.c_str(), reflected_slot<Op>);
}

void add_compares(Vm& vm, TypeObject* type) {
  add_slot(vm, type, "__lt__", compare_slot<static_cast<int>(CompareOp::Lt)>);
  add_slot(vm, type, "__le__", compare_slot<static_cast<int>(CompareOp::Le)>);
  add_slot(vm, type, "__eq__", compare_slot<static_cast<int>(CompareOp::Eq)>);
  add_slot(vm, type, "__ne__", compare_slot<static_cast<int>(CompareOp::Ne)>);
  add_slot(vm, type, "__gt__", compare_slot<static_cast<int>(CompareOp::Gt)>);
  add_slot(vm, type, "__ge__", compare_slot<static_cast<int>(CompareOp::Ge)>);
}

void add_number_slots(Vm& vm, TypeObject* type, bool integer) {
  constexpr int Add = static_cast<int>(BinaryOp::Add), Sub = static_cast<int>(BinaryOp::Sub),
                Mul = static_cast<int>(BinaryOp::Mul), TrueDiv = static_cast<int>(BinaryOp::TrueDiv),
                FloorDiv = static_cast<int>(BinaryOp::FloorDiv), Rem = static_cast<int>(BinaryOp::Rem),
                Pow = static_cast<int>(BinaryOp::Pow), And = static_cast<int>(BinaryOp::And),
                Or = static_cast<int>(BinaryOp::Or), Xor = static_cast<int>(BinaryOp::Xor),
                LShift = static_cast<int>(BinaryOp::LShift), RShift = static_cast<int>(BinaryOp::RShift);
  add_binary<Add>(vm, type, true);
  add_binary<Sub>(vm, type, true);
  add_binary<Mul>(vm, type, true);
  add_binary<TrueDiv>(vm, type, true);
  add_binary<FloorDiv>(vm, type, true);
  add_binary<Rem>(vm, type, true);
  add_binary<Pow>(vm, type, true);
  if (integer) {
    add_binary<And>(vm, type, true);
    add_binary<Or>(vm, type, true);
    add_binary<Xor>(vm, type, true);
    add_binary<LShift>(vm, type, true);
    add_binary<RShift>(vm, type, true);
    add_slot(vm, type, "__invert__", unary_slot<static_cast<int>(Op::UNARY_INVERT)>);
    add_slot(vm, type, "__trunc__", int_identity_slot);
    add_slot(vm, type, "__floor__", int_identity_slot);
    add_slot(vm, type, "__ceil__", int_identity_slot);
  } else {
    add_slot(vm, type, "__trunc__", float_round_slot<0>);
    add_slot(vm, type, "__floor__", float_round_slot<1>);
    add_slot(vm, type, "__ceil__", float_round_slot<2>);
  }
  add_slot(vm, type, "__neg__", unary_slot<static_cast<int>(Op::UNARY_NEGATIVE)>);
  add_slot(vm, type, "__pos__", unary_slot<static_cast<int>(Op::UNARY_POSITIVE)>);
  add_slot(vm, type, "__abs__", abs_slot);
  add_slot(vm, type, "__bool__", bool_slot);
  add_slot(vm, type, "__int__", int_slot);
  add_slot(vm, type, "__float__", float_slot);
  add_slot(vm, type, "__hash__", hash_slot);
  add_slot(vm, type, "__repr__", repr_slot);
  add_slot(vm, type, "__format__", format_slot);
  add_compares(vm, type);
}

void add_sequence_slots(Vm& vm, TypeObject* type, bool mutable_) {
  constexpr int Add = static_cast<int>(BinaryOp::Add), Mul = static_cast<int>(BinaryOp::Mul);
  add_binary<Add>(vm, type, false);
  add_binary<Mul>(vm, type, false);
  add_slot(vm, type, "__rmul__", reflected_slot<Mul>);
  add_slot(vm, type, "__len__", len_slot);
  add_slot(vm, type, "__getitem__", getitem_slot);
  add_slot(vm, type, "__contains__", contains_slot);
  add_slot(vm, type, "__iter__", iter_slot);
  add_slot(vm, type, "__repr__", repr_slot);
  add_compares(vm, type);
  if (mutable_) {
    add_slot(vm, type, "__setitem__", setitem_slot);
    add_slot(vm, type, "__delitem__", delitem_slot);
    add_slot(vm, type, "__iadd__", inplace_slot<Add>);
    add_slot(vm, type, "__imul__", inplace_slot<Mul>);
    vm.dict_set_str(type->dict, vm.n.__hash__, vm.None);
  } else {
    add_slot(vm, type, "__hash__", hash_slot);
  }
}

void add_set_slots(Vm& vm, TypeObject* type, bool mutable_) {
  constexpr int And = static_cast<int>(BinaryOp::And), Or = static_cast<int>(BinaryOp::Or),
                Xor = static_cast<int>(BinaryOp::Xor), Sub = static_cast<int>(BinaryOp::Sub);
  add_binary<And>(vm, type, true);
  add_binary<Or>(vm, type, true);
  add_binary<Xor>(vm, type, true);
  add_binary<Sub>(vm, type, true);
  add_slot(vm, type, "__len__", len_slot);
  add_slot(vm, type, "__contains__", contains_slot);
  add_slot(vm, type, "__iter__", iter_slot);
  add_slot(vm, type, "__repr__", repr_slot);
  add_compares(vm, type);
  if (mutable_) {
    add_slot(vm, type, "__iand__", inplace_slot<And>);
    add_slot(vm, type, "__ior__", inplace_slot<Or>);
    add_slot(vm, type, "__ixor__", inplace_slot<Xor>);
    add_slot(vm, type, "__isub__", inplace_slot<Sub>);
    vm.dict_set_str(type->dict, vm.n.__hash__, vm.None);
  } else {
    add_slot(vm, type, "__hash__", hash_slot);
  }
}

}  // namespace

void init_slot_methods(Vm& vm) {
  constexpr int Rem = static_cast<int>(BinaryOp::Rem), Or = static_cast<int>(BinaryOp::Or);
  add_number_slots(vm, vm.t.int_, true);
  add_number_slots(vm, vm.t.float_, false);
  add_sequence_slots(vm, vm.t.str, false);
  add_binary<Rem>(vm, vm.t.str, true);
  add_slot(vm, vm.t.str, "__str__", str_str_slot);
  add_slot(vm, vm.t.str, "__format__", format_slot);
  add_sequence_slots(vm, vm.t.bytes, false);
  add_binary<Rem>(vm, vm.t.bytes, true);
  add_sequence_slots(vm, vm.t.list, true);
  add_sequence_slots(vm, vm.t.tuple, false);
  add_set_slots(vm, vm.t.set, true);
  add_set_slots(vm, vm.t.frozenset, false);
  TypeObject* d = vm.t.dict;
  add_slot(vm, d, "__len__", len_slot);
  add_slot(vm, d, "__getitem__", getitem_slot);
  add_slot(vm, d, "__setitem__", setitem_slot);
  add_slot(vm, d, "__delitem__", delitem_slot);
  add_slot(vm, d, "__contains__", contains_slot);
  add_slot(vm, d, "__iter__", iter_slot);
  add_slot(vm, d, "__repr__", repr_slot);
  add_binary<Or>(vm, d, true);
  add_slot(vm, d, "__ior__", inplace_slot<Or>);
  add_compares(vm, d);
  vm.dict_set_str(d->dict, vm.n.__hash__, vm.None);
  TypeObject* r = vm.t.range;
  add_slot(vm, r, "__len__", len_slot);
  add_slot(vm, r, "__getitem__", getitem_slot);
  add_slot(vm, r, "__contains__", contains_slot);
  add_slot(vm, r, "__iter__", iter_slot);
  add_slot(vm, r, "__repr__", repr_slot);
  add_slot(vm, r, "__bool__", bool_slot);
  add_slot(vm, r, "__hash__", hash_slot);
  add_compares(vm, r);
  // object's own: format() with an empty spec is str(); ordering is
  // NotImplemented (the other operand may answer).
  add_slot(vm, vm.t.object, "__format__", format_slot);
  for (const char* name : {"__lt__", "__le__", "__gt__", "__ge__"}) add_slot(vm, vm.t.object, name, object_order_slot);
  add_slot(vm, vm.t.none, "__bool__", bool_slot);
  add_slot(vm, vm.t.none, "__repr__", repr_slot);
}

}  // namespace interleave::vm
