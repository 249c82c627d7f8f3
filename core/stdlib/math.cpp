// math: the functions course programs use, with CPython's error messages.
#include <cmath>
#include <numeric>

#include "text/int_math.h"
#include "vm/arg_checks.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

bool num(Vm& vm, Value v, double* out) {
  if (vm.is_number(v)) {
    *out = vm.float_of(v);
    return true;
  }
  vm.raise(vm.t.TypeError_, std::string("must be real number, not ") + vm.type_name(v));
  return false;
}

Status domain(Vm& vm) { return vm.raise(vm.t.ValueError_, "math domain error"); }

template <double (*F)(double)>
Status unary(Vm& vm, Value, Args args, Value* out) {
  double x;
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "math function takes exactly one argument (" + std::to_string(args.n) + " given)");
  if (!num(vm, args[0], &x)) return Status::Error;
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return domain(vm);
  if (std::isinf(r) && std::isfinite(x)) return vm.raise(vm.t.OverflowError_, "math range error");
  *out = vm.make_float(r);
  return Status::Ok;
}

Status int_or_float_round(Vm& vm, Args args, Value* out, double (*f)(double)) {
  if (args.n != 1) return vm.raise(vm.t.TypeError_, "expected one argument");
  if (vm.is_int(args[0])) {
    *out = vm.make_int(vm.int_of(args[0]));
    return Status::Ok;
  }
  double x;
  if (!num(vm, args[0], &x)) return Status::Error;
  if (std::isinf(x)) return vm.raise(vm.t.OverflowError_, "cannot convert float infinity to integer");
  if (std::isnan(x)) return vm.raise(vm.t.ValueError_, "cannot convert float NaN to integer");
  double r = f(x);
  if (r >= 9.2233720368547758e18 || r < -9.2233720368547758e18) return vm.raise_overflow();
  *out = vm.make_int(static_cast<int64_t>(r));
  return Status::Ok;
}

}  // namespace

void init_math_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  vm.add_attr(d, "pi", vm.make_float(M_PI));
  vm.add_attr(d, "e", vm.make_float(M_E));
  vm.add_attr(d, "tau", vm.make_float(2 * M_PI));
  vm.add_attr(d, "inf", vm.make_float(INFINITY));
  vm.add_attr(d, "nan", vm.make_float(NAN));
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(d, name, Value::object(vm.new_native(name, fn))); };
  def("sqrt", [](Vm& vm, Value, Args args, Value* out) {
    double x;
    if (args.n != 1 || !num(vm, args[0], &x)) return args.n != 1 ? vm.raise(vm.t.TypeError_, "math.sqrt() takes exactly one argument (" + std::to_string(args.n) + " given)") : Status::Error;
    if (x < 0) return domain(vm);
    *out = vm.make_float(std::sqrt(x));
    return Status::Ok;
  });
  def("exp", unary<std::exp>);
  def("sin", unary<std::sin>);
  def("cos", unary<std::cos>);
  def("tan", unary<std::tan>);
  def("asin", unary<std::asin>);
  def("acos", unary<std::acos>);
  def("atan", unary<std::atan>);
  def("sinh", unary<std::sinh>);
  def("cosh", unary<std::cosh>);
  def("tanh", unary<std::tanh>);
  def("fabs", unary<std::fabs>);
  def("log2", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.log2() takes exactly one argument (" + std::to_string(args.n) + " given)");
    double x;
    if (!num(vm, args[0], &x)) return Status::Error;
    if (x <= 0) return domain(vm);
    *out = vm.make_float(std::log2(x));
    return Status::Ok;
  });
  def("log10", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.log10() takes exactly one argument (" + std::to_string(args.n) + " given)");
    double x;
    if (!num(vm, args[0], &x)) return Status::Error;
    if (x <= 0) return domain(vm);
    *out = vm.make_float(std::log10(x));
    return Status::Ok;
  });
  def("log", [](Vm& vm, Value, Args args, Value* out) {
    double x;
    if (args.n < 1 || !num(vm, args[0], &x)) return args.n < 1 ? vm.raise(vm.t.TypeError_, "log expected at least 1 argument, got 0") : Status::Error;
    if (x <= 0) return domain(vm);
    double r = std::log(x);
    if (args.n > 1) {
      double b;
      if (!num(vm, args[1], &b)) return Status::Error;
      if (b <= 0) return domain(vm);
      double lb = std::log(b);
      if (lb == 0) return vm.raise(vm.t.ZeroDivisionError_, "float division by zero");
      r /= lb;
    }
    *out = vm.make_float(r);
    return Status::Ok;
  });
  def("pow", [](Vm& vm, Value, Args args, Value* out) {
    double x, y;
    if (args.n != 2 || !num(vm, args[0], &x) || !num(vm, args[1], &y)) return args.n != 2 ? vm.raise(vm.t.TypeError_, "pow expected 2 arguments, got " + std::to_string(args.n)) : Status::Error;
    if (x == 0 && y < 0) return domain(vm);
    double r = std::pow(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain(vm);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return vm.raise(vm.t.OverflowError_, "math range error");
    *out = vm.make_float(r);
    return Status::Ok;
  });
  def("atan2", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 2) return vm.raise(vm.t.TypeError_, "math.atan2 expected 2 arguments, got " + std::to_string(args.n));
    double y, x;
    if (!num(vm, args[0], &y) || !num(vm, args[1], &x)) return Status::Error;
    *out = vm.make_float(std::atan2(y, x));
    return Status::Ok;
  });
  def("hypot", [](Vm& vm, Value, Args args, Value* out) {
    double acc = 0;
    for (int i = 0; i < args.n; ++i) {
      double x;
      if (!num(vm, args[i], &x)) return Status::Error;
      acc = std::hypot(acc, x);
    }
    *out = vm.make_float(acc);
    return Status::Ok;
  });
  def("copysign", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 2) return vm.raise(vm.t.TypeError_, "math.copysign expected 2 arguments, got " + std::to_string(args.n));
    double x, y;
    if (!num(vm, args[0], &x) || !num(vm, args[1], &y)) return Status::Error;
    *out = vm.make_float(std::copysign(x, y));
    return Status::Ok;
  });
  def("degrees", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.degrees() takes exactly one argument (" + std::to_string(args.n) + " given)");
    double x;
    if (!num(vm, args[0], &x)) return Status::Error;
    *out = vm.make_float(x * (180.0 / M_PI));
    return Status::Ok;
  });
  def("radians", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.radians() takes exactly one argument (" + std::to_string(args.n) + " given)");
    double x;
    if (!num(vm, args[0], &x)) return Status::Error;
    *out = vm.make_float(x * (M_PI / 180.0));
    return Status::Ok;
  });
  def("floor", [](Vm& vm, Value, Args args, Value* out) { return int_or_float_round(vm, args, out, std::floor); });
  def("ceil", [](Vm& vm, Value, Args args, Value* out) { return int_or_float_round(vm, args, out, std::ceil); });
  def("trunc", [](Vm& vm, Value, Args args, Value* out) { return int_or_float_round(vm, args, out, std::trunc); });
  def("isfinite", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.isfinite() takes exactly one argument (" + std::to_string(args.n) + " given)");
    double x;
    if (!num(vm, args[0], &x)) return Status::Error;
    *out = vm.make_bool(std::isfinite(x));
    return Status::Ok;
  });
  def("isinf", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.isinf() takes exactly one argument (" + std::to_string(args.n) + " given)");
    double x;
    if (!num(vm, args[0], &x)) return Status::Error;
    *out = vm.make_bool(std::isinf(x));
    return Status::Ok;
  });
  def("isnan", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.isnan() takes exactly one argument (" + std::to_string(args.n) + " given)");
    double x;
    if (!num(vm, args[0], &x)) return Status::Error;
    *out = vm.make_bool(std::isnan(x));
    return Status::Ok;
  });
  def("isclose", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 2) return vm.raise(vm.t.TypeError_, "math.isclose expected 2 arguments, got " + std::to_string(args.n));
    double a, b;
    if (!num(vm, args[0], &a) || !num(vm, args[1], &b)) return Status::Error;
    double rel = 1e-9, abs_tol = 0;
    Value r = vm.kwarg(args, "rel_tol"), at = vm.kwarg(args, "abs_tol");
    if (!r.is_null() && !float_arg(vm, r, &rel)) return Status::Error;
    if (!at.is_null() && !float_arg(vm, at, &abs_tol)) return Status::Error;
    bool close = a == b || std::fabs(a - b) <= std::max(rel * std::max(std::fabs(a), std::fabs(b)), abs_tol);
    *out = vm.make_bool(close);
    return Status::Ok;
  });
  def("factorial", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.factorial() takes exactly one argument (" + std::to_string(args.n) + " given)");
    if (!vm.is_int(args[0])) return vm.raise(vm.t.TypeError_, "'float' object cannot be interpreted as an integer");
    int64_t n = vm.int_of(args[0]);
    if (n < 0) return vm.raise(vm.t.ValueError_, "factorial() not defined for negative values");
    int64_t r = 1;
    for (int64_t i = 2; i <= n; ++i)
      if (__builtin_mul_overflow(r, i, &r)) return vm.raise_overflow();
    *out = vm.make_int(r);
    return Status::Ok;
  });
  def("gcd", [](Vm& vm, Value, Args args, Value* out) {
    int64_t g = 0;
    for (int i = 0; i < args.n; ++i) {
      int64_t x;
      if (!int_arg(vm, args[i], &x)) return Status::Error;
      if (x == INT64_MIN) return vm.raise_overflow();  // std::gcd takes |x|
      g = std::gcd(g, x);
    }
    *out = vm.make_int(g < 0 ? -g : g);
    return Status::Ok;
  });
  def("lcm", [](Vm& vm, Value, Args args, Value* out) {
    int64_t l = 1;
    for (int i = 0; i < args.n; ++i) {
      int64_t x;
      if (!int_arg(vm, args[i], &x)) return Status::Error;
      if (x == 0) {
        l = 0;
        break;
      }
      if (x == INT64_MIN || __builtin_mul_overflow(l / std::gcd(l, x), x, &x) || x == INT64_MIN) return vm.raise_overflow();
      l = x < 0 ? -x : x;
    }
    *out = vm.make_int(l < 0 ? -l : l);
    return Status::Ok;
  });
  def("isqrt", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.isqrt() takes exactly one argument (" + std::to_string(args.n) + " given)");
    int64_t n;
    if (!int_arg(vm, args[0], &n)) return Status::Error;
    if (n < 0) return vm.raise(vm.t.ValueError_, "isqrt() argument must be nonnegative");
    int64_t r = static_cast<int64_t>(std::sqrt(static_cast<double>(n)));
    int64_t sq;
    while (__builtin_mul_overflow(r, r, &sq) || sq > n) --r;
    while (!__builtin_mul_overflow(r + 1, r + 1, &sq) && sq <= n) ++r;
    *out = vm.make_int(r);
    return Status::Ok;
  });
  def("comb", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 2) return vm.raise(vm.t.TypeError_, "math.comb expected 2 arguments, got " + std::to_string(args.n));
    int64_t n, k;
    if (!int_arg(vm, args[0], &n) || !int_arg(vm, args[1], &k)) return Status::Error;
    if (n < 0 || k < 0) return vm.raise(vm.t.ValueError_, "n must be a non-negative integer");
    if (k > n) {
      *out = Value::small(0);
      return Status::Ok;
    }
    if (k > n - k) k = n - k;
    int64_t r = 1;
    for (int64_t i = 1; i <= k; ++i) {
      int64_t g = std::gcd(r, i);
      int64_t num = n - k + i;
      // r * num / i, exactly: i / g divides num because gcd(r / g, i / g) == 1.
      if (__builtin_mul_overflow(r / g, num / (i / g), &r)) return vm.raise_overflow();
    }
    *out = vm.make_int(r);
    return Status::Ok;
  });
  def("perm", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.perm expected at least 1 argument, got " + std::to_string(args.n));
    int64_t n, k;
    if (!int_arg(vm, args[0], &n)) return Status::Error;
    k = n;
    if (args.n > 1 && args[1] != vm.None && !int_arg(vm, args[1], &k)) return Status::Error;
    if (n < 0) return vm.raise(vm.t.ValueError_, "n must be a non-negative integer");
    if (k < 0) return vm.raise(vm.t.ValueError_, "k must be a non-negative integer");
    if (k > n) {  // also keeps the loop below short: it overflows after 64 factors
      *out = Value::small(0);
      return Status::Ok;
    }
    int64_t r = 1;
    for (int64_t i = 0; i < k; ++i)
      if (__builtin_mul_overflow(r, n - i, &r)) return vm.raise_overflow();
    *out = vm.make_int(k > n ? 0 : r);
    return Status::Ok;
  });
  def("fsum", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.fsum() takes exactly one argument (" + std::to_string(args.n) + " given)");
    std::vector<Value> items;
    if (!vm.collect_items(args[0], &items)) return Status::Error;
    long double s = 0, c = 0;
    for (Value v : items) {
      double f;
      if (!float_arg(vm, v, &f)) return Status::Error;
      long double y = f - c;
      long double t = s + y;
      c = (t - s) - y;
      s = t;
    }
    *out = vm.make_float(static_cast<double>(s));
    return Status::Ok;
  });
  def("prod", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "math.prod() takes exactly one argument (" + std::to_string(args.n) + " given)");
    std::vector<Value> items;
    if (!vm.collect_items(args[0], &items)) return Status::Error;
    Value acc = Value::small(1);
    Value start = vm.kwarg(args, "start");
    if (!start.is_null()) acc = start;
    for (Value v : items) {
      acc = vm.binary_op(acc, v, BinaryOp::Mul);
      if (acc.is_null()) return Status::Error;
    }
    *out = acc;
    return Status::Ok;
  });
  def("dist", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 2) return vm.raise(vm.t.TypeError_, "math.dist expected 2 arguments, got " + std::to_string(args.n));
    std::vector<Value> p, q;
    if (!vm.collect_items(args[0], &p) || !vm.collect_items(args[1], &q)) return Status::Error;
    double acc = 0;
    for (size_t i = 0; i < p.size() && i < q.size(); ++i) {
      double a, b;
      if (!float_arg(vm, p[i], &a) || !float_arg(vm, q[i], &b)) return Status::Error;
      acc = std::hypot(acc, a - b);
    }
    *out = vm.make_float(acc);
    return Status::Ok;
  });
}

}  // namespace interleave::vm
