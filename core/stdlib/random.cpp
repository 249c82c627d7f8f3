// random: CPython's Mersenne Twister (core/text/mersenne.h) and its derived functions
// (random, randrange/randint via getrandbits rejection, choice, shuffle,
// sample, choices, uniform, gauss), so `random.seed(n)` reproduces
// CPython's sequences exactly. Without a seed call, the generator is
// seeded from the run's seed, so every run is deterministic.
#include <cmath>
#include <memory>

#include "text/mersenne.h"
#include "vm/arg_checks.h"
#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

using text::MersenneTwister;

// The generator of this Vm (core/text's CPython-exact Mersenne Twister),
// seeded from the run's seed until the program calls random.seed().
MersenneTwister& rng(Vm& vm) {
  if (!vm.random_state) {
    auto mt = std::make_shared<MersenneTwister>();
    mt->seed(static_cast<int64_t>(vm.seed));
    vm.random_state = mt;
  }
  return *static_cast<MersenneTwister*>(vm.random_state.get());
}

Status raise_text_error_local(Vm& vm, const text::TextError& e) {
  TypeObject* t = e.type == text::PyErrorType::TypeError       ? vm.t.TypeError_
                  : e.type == text::PyErrorType::OverflowError ? vm.t.OverflowError_
                  : e.type == text::PyErrorType::IndexError    ? vm.t.IndexError_
                                                               : vm.t.ValueError_;
  return vm.raise(t, e.message);
}

Status randrange_impl(Vm& vm, int64_t start, int64_t stop, int64_t step, Value* out) {
  auto r = rng(vm).randrange(start, stop, step);
  if (!r.ok()) return raise_text_error_local(vm, r.error());
  *out = vm.make_int(r.value());
  return Status::Ok;
}

}  // namespace

void init_random_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(d, name, Value::object(vm.new_native(name, fn))); };
  def("seed", [](Vm& vm, Value, Args args, Value* out) {
    Value a = args.n ? args[0] : vm.None;
    MersenneTwister& r = rng(vm);
    if (vm.is_int(a)) {
      r.seed(vm.int_of(a));
    } else if (vm.is_str(a)) {
      r.seed_bytes(vm.as_str(a)->text);
    } else if (a.is_object() && a.obj()->kind == Kind::Bytes) {
      r.seed_bytes(static_cast<BytesObject*>(a.obj())->data);
    } else if (a == vm.None) {
      r.seed(static_cast<int64_t>(vm.seed));
    } else {
      int64_t h;
      if (!vm.hash(a, &h)) return Status::Error;
      r.seed(h);
    }
    *out = vm.None;
    return Status::Ok;
  });
  def("random", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_float(rng(vm).random());
    return Status::Ok;
  });
  def("getrandbits", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "getrandbits() takes exactly one argument (" + std::to_string(args.n) + " given)");
    int64_t k;
    if (!int_arg(vm, args[0], &k)) return Status::Error;
    auto r = rng(vm).getrandbits(k);
    if (!r.ok()) return raise_text_error_local(vm, r.error());
    *out = vm.make_int(r.value());
    return Status::Ok;
  });
  def("uniform", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 2) return vm.raise(vm.t.TypeError_, "uniform expected 2 arguments, got " + std::to_string(args.n));
    double a, b;
    if (!float_arg(vm, args[0], &a) || !float_arg(vm, args[1], &b)) return Status::Error;
    *out = vm.make_float(a + (b - a) * rng(vm).random());
    return Status::Ok;
  });
  def("randint", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n != 2) return vm.raise(vm.t.TypeError_, "randint() missing 1 required positional argument: 'b'");
    int64_t a, b;
    if (!int_arg(vm, args[0], &a) || !int_arg(vm, args[1], &b)) return Status::Error;
    if (b == INT64_MAX) return vm.raise(vm.t.OverflowError_, "integer overflow: Interleave's int is limited to 64 bits");
    return randrange_impl(vm, a, b + 1, 1, out);
  });
  def("randrange", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1 || args.n > 3)
      return vm.raise(vm.t.TypeError_, "randrange expected 1 to 3 arguments, got " + std::to_string(args.n));
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < args.n; ++i) {
      if (!vm.is_int(args[i])) return vm.raise(vm.t.ValueError_, "non-integer arg " + std::to_string(i + 1) + " for randrange()");
      v[i] = vm.int_of(args[i]);
    }
    if (args.n == 1) return randrange_impl(vm, 0, v[0], 1, out);
    return randrange_impl(vm, v[0], v[1], v[2], out);
  });
  def("choice", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "choice() takes exactly one argument (" + std::to_string(args.n) + " given)");
    int64_t n;
    if (!vm.len(args[0], &n)) return Status::Error;
    auto r = rng(vm).choice_index(n);
    if (!r.ok()) return raise_text_error_local(vm, r.error());
    *out = vm.get_item(args[0], vm.make_int(r.value()));
    return out->is_null() ? Status::Error : Status::Ok;
  });
  def("shuffle", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "shuffle() takes exactly one argument (" + std::to_string(args.n) + " given)");
    if (!args[0].is_object() || args[0].obj()->kind != Kind::List) return vm.raise(vm.t.TypeError_, "shuffle() expects a list");
    rng(vm).shuffle(static_cast<ListObject*>(args[0].obj())->items);
    *out = vm.None;
    return Status::Ok;
  });
  def("sample", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "sample() missing 1 required positional argument: 'population'");
    std::vector<Value> pop;
    if (!vm.collect_items(args[0], &pop)) return Status::Error;
    Value kv = args.n > 1 ? args[1] : vm.kwarg(args, "k");
    if (kv.is_null()) return vm.raise(vm.t.TypeError_, "sample() missing 1 required positional argument: 'k'");
    int64_t k;
    if (!int_arg(vm, kv, &k)) return Status::Error;
    auto r = rng(vm).sample_indices(static_cast<int64_t>(pop.size()), k);
    if (!r.ok()) return raise_text_error_local(vm, r.error());
    ListObject* result = vm.new_list();
    for (int64_t i : r.value()) result->items.push_back(pop[static_cast<size_t>(i)]);
    *out = Value::object(result);
    return Status::Ok;
  });
  def("choices", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "choices expected at least 1 argument, got " + std::to_string(args.n));
    std::vector<Value> pop;
    if (!vm.collect_items(args[0], &pop)) return Status::Error;
    Value kv = vm.kwarg(args, "k");
    int64_t k = 1;
    if (!kv.is_null() && !int_arg(vm, kv, &k)) return Status::Error;
    Value weights = args.n > 1 ? args[1] : vm.kwarg(args, "weights");
    Value cum = vm.kwarg(args, "cum_weights");
    ListObject* result = vm.new_list();
    std::vector<int64_t> idx;
    if ((weights.is_null() || weights == vm.None) && cum.is_null()) {
      if (pop.empty()) return vm.raise(vm.t.IndexError_, "Cannot choose from an empty sequence");
      idx = rng(vm).choices_indices(static_cast<int64_t>(pop.size()), k);
    } else {
      std::vector<Value> w;
      std::vector<double> cw;
      if (!vm.collect_items(cum.is_null() ? weights : cum, &w)) return Status::Error;
      double acc = 0;
      for (Value x : w) {
        double f;
        if (!float_arg(vm, x, &f)) return Status::Error;
        cw.push_back(cum.is_null() ? (acc += f) : f);
      }
      if (cw.size() != pop.size()) return vm.raise(vm.t.ValueError_, "The number of weights does not match the population");
      auto r = rng(vm).choices_indices(cw, k);
      if (!r.ok()) return raise_text_error_local(vm, r.error());
      idx = r.value();
    }
    for (int64_t i : idx) result->items.push_back(pop[static_cast<size_t>(i)]);
    *out = Value::object(result);
    return Status::Ok;
  });
  def("gauss", [](Vm& vm, Value, Args args, Value* out) {
    double mu = 0.0, sigma = 1.0;
    if ((args.n > 0 && !float_arg(vm, args[0], &mu)) || (args.n > 1 && !float_arg(vm, args[1], &sigma))) return Status::Error;
    *out = vm.make_float(rng(vm).gauss(mu, sigma));
    return Status::Ok;
  });
  def("normalvariate", [](Vm& vm, Value, Args args, Value* out) {
    double mu = 0.0, sigma = 1.0;
    if ((args.n > 0 && !float_arg(vm, args[0], &mu)) || (args.n > 1 && !float_arg(vm, args[1], &sigma))) return Status::Error;
    *out = vm.make_float(rng(vm).normalvariate(mu, sigma));
    return Status::Ok;
  });
  def("expovariate", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n < 1) return vm.raise(vm.t.TypeError_, "expovariate() takes exactly one argument (" + std::to_string(args.n) + " given)");
    double lambd;
    if (!float_arg(vm, args[0], &lambd)) return Status::Error;
    *out = vm.make_float(rng(vm).expovariate(lambd));
    return Status::Ok;
  });
}

}  // namespace interleave::vm
