// numpy.random: the course draws its test data with np.random.randint
// (seeds 002's merge sort), so the playground has the scalar half of
// numpy's legacy RandomState -- seed, randint, rand, randn, random,
// random_sample, uniform, normal, choice, shuffle -- drawing the numbers
// numpy draws: MT19937 seeded with init_genrand (mt19937_seed), bounded
// integers by masked rejection on 32-bit words (64-bit above 2**32),
// doubles from two words (53 bits), normals by the polar method with the
// second value kept. np.random.seed(0); np.random.rand() is 0.5488135...
// here as there.
//
// There are no arrays: a size= argument, or rand(3), raises an error that
// says so and how to write it with a list. Results are Python ints and
// floats (numpy's are numpy.int64 and numpy.float64, which print the same
// under numpy 1.x). Without a seed call the generator is seeded from the
// run's seed, so every run is deterministic.
#include <cmath>
#include <memory>

#include "text/mersenne.h"
#include "vm/arg_checks.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

using text::MersenneTwister;

struct NumpyRandom {
  MersenneTwister mt;
  bool has_gauss = false;
  double gauss = 0;

  void seed(uint32_t s) {
    mt.seed_genrand(s);
    has_gauss = false;
  }
  uint64_t next_uint64() {
    uint64_t hi = mt.next_uint32();
    return hi << 32 | mt.next_uint32();
  }
  double next_double() {
    int32_t a = static_cast<int32_t>(mt.next_uint32() >> 5), b = static_cast<int32_t>(mt.next_uint32() >> 6);
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }
  // A uniform integer in [0, rng] (legacy: masked rejection sampling).
  uint64_t bounded(uint64_t rng) {
    if (rng == 0) return 0;
    uint64_t mask = rng;
    for (int shift = 1; shift < 64; shift <<= 1) mask |= mask >> shift;
    if (rng <= 0xFFFFFFFFu) {
      if (rng == 0xFFFFFFFFu) return mt.next_uint32();
      uint64_t v;
      while ((v = (mt.next_uint32() & mask)) > rng) {
      }
      return v;
    }
    if (rng == UINT64_MAX) return next_uint64();
    uint64_t v;
    while ((v = (next_uint64() & mask)) > rng) {
    }
    return v;
  }
  double standard_normal() {
    if (has_gauss) {
      has_gauss = false;
      return gauss;
    }
    double x1, x2, r2;
    do {
      x1 = 2.0 * next_double() - 1.0;
      x2 = 2.0 * next_double() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = std::sqrt(-2.0 * std::log(r2) / r2);
    gauss = f * x1;
    has_gauss = true;
    return f * x2;
  }
};

NumpyRandom& state(Vm& vm) {
  if (!vm.numpy_random_state) {
    auto r = std::make_shared<NumpyRandom>();
    // Not random's own sequence: numpy's generator is a second one.
    r->seed(static_cast<uint32_t>(vm.seed ^ (vm.seed >> 32) ^ 0x6e756d70u));
    vm.numpy_random_state = r;
  }
  return *static_cast<NumpyRandom*>(vm.numpy_random_state.get());
}

// size= (or rand(d0, ...)) asks for an array, which the playground lacks.
Status no_arrays(Vm& vm, const char* fname, const char* instead) {
  return vm.raise(vm.t.NotImplementedError_,
                  std::string("numpy.random.") + fname +
                      ": the Interleave playground's numpy has no arrays, so it draws one number at a time; "
                      "for a list, write " + instead);
}

bool given(Vm& vm, Value v) { return !v.is_null() && v != vm.None; }

bool index_arg(Vm& vm, Value v, int64_t* out) {
  Value i;
  int got = vm.index_of(v, &i);
  if (got == 1) {
    *out = vm.int_of(i);
    return true;
  }
  if (got == 0)
    vm.raise(vm.t.TypeError_, std::string("'") + vm.type_name(v) + "' object cannot be interpreted as an integer");
  return false;
}

bool double_arg(Vm& vm, Value v, double def, double* out) {
  if (!given(vm, v)) {
    *out = def;
    return true;
  }
  return float_arg(vm, v, out);
}

// randint(low, high=None, size=None, dtype=int): an int in [low, high).
Status randint(Vm& vm, Value, Args args, Value* out) {
  Value a[4];
  if (!vm.parse_args("randint", args, 1, {"low", "high", "size", "dtype"}, a)) return Status::Error;
  if (given(vm, a[2])) return no_arrays(vm, "randint(size=...)", "[np.random.randint(low, high) for _ in range(n)]");
  int64_t low, high;
  if (!index_arg(vm, a[0], &low)) return Status::Error;
  if (given(vm, a[1])) {
    if (!index_arg(vm, a[1], &high)) return Status::Error;
  } else {
    high = low;
    low = 0;
  }
  if (low >= high) return vm.raise(vm.t.ValueError_, low == 0 ? "high <= 0" : "low >= high");
  uint64_t rng = static_cast<uint64_t>(high) - static_cast<uint64_t>(low) - 1;
  *out = vm.make_int(static_cast<int64_t>(static_cast<uint64_t>(low) + state(vm).bounded(rng)));
  return Status::Ok;
}

Status seed(Vm& vm, Value, Args args, Value* out) {
  Value a[1];
  if (!vm.parse_args("seed", args, 0, {"seed"}, a)) return Status::Error;
  NumpyRandom& r = state(vm);
  *out = vm.None;
  if (!given(vm, a[0])) {
    r.seed(static_cast<uint32_t>(vm.seed ^ (vm.seed >> 32) ^ 0x6e756d70u));
    return Status::Ok;
  }
  if (vm.is_int(a[0])) {
    int64_t s;
    if (!index_arg(vm, a[0], &s)) return Status::Error;
    if (s < 0 || s > 0xFFFFFFFFll) return vm.raise(vm.t.ValueError_, "Seed must be between 0 and 2**32 - 1");
    r.seed(static_cast<uint32_t>(s));
    return Status::Ok;
  }
  // A list or tuple of ints: init_by_array over them.
  if (!a[0].is_object() || (a[0].obj()->kind != Kind::List && a[0].obj()->kind != Kind::Tuple))
    return vm.raise(vm.t.TypeError_, std::string("numpy.random.seed: the seed must be an int between 0 and 2**32 - 1 "
                                                 "or a list of them, not '") + vm.type_name(a[0]) + "'");
  std::vector<Value> items;
  if (!vm.collect_items(a[0], &items)) return Status::Error;
  if (items.empty()) return vm.raise(vm.t.ValueError_, "Seed must be non-empty");
  std::vector<uint32_t> words;
  for (Value v : items) {
    int64_t w;
    if (!index_arg(vm, v, &w)) return Status::Error;
    if (w < 0 || w > 0xFFFFFFFFll) return vm.raise(vm.t.ValueError_, "Seed must be between 0 and 2**32 - 1");
    words.push_back(static_cast<uint32_t>(w));
  }
  r.mt.seed_words(words.data(), words.size());
  r.has_gauss = false;
  return Status::Ok;
}

Status random_sample(Vm& vm, Value, Args args, Value* out) {
  Value a[1];
  if (!vm.parse_args("random_sample", args, 0, {"size"}, a)) return Status::Error;
  if (given(vm, a[0])) return no_arrays(vm, "random(size=...)", "[np.random.random() for _ in range(n)]");
  *out = vm.make_float(state(vm).next_double());
  return Status::Ok;
}

Status rand(Vm& vm, Value, Args args, Value* out) {
  if (args.n) return no_arrays(vm, "rand(d0, ...)", "[np.random.rand() for _ in range(n)]");
  *out = vm.make_float(state(vm).next_double());
  return Status::Ok;
}

Status randn(Vm& vm, Value, Args args, Value* out) {
  if (args.n) return no_arrays(vm, "randn(d0, ...)", "[np.random.randn() for _ in range(n)]");
  *out = vm.make_float(state(vm).standard_normal());
  return Status::Ok;
}

Status uniform(Vm& vm, Value, Args args, Value* out) {
  Value a[3];
  if (!vm.parse_args("uniform", args, 0, {"low", "high", "size"}, a)) return Status::Error;
  if (given(vm, a[2])) return no_arrays(vm, "uniform(size=...)", "[np.random.uniform(low, high) for _ in range(n)]");
  double low, high;
  if (!double_arg(vm, a[0], 0.0, &low) || !double_arg(vm, a[1], 1.0, &high)) return Status::Error;
  double range = high - low;
  if (!std::isfinite(range)) return vm.raise(vm.t.OverflowError_, "Range exceeds valid bounds");
  *out = vm.make_float(low + range * state(vm).next_double());
  return Status::Ok;
}

Status normal(Vm& vm, Value, Args args, Value* out) {
  Value a[3];
  if (!vm.parse_args("normal", args, 0, {"loc", "scale", "size"}, a)) return Status::Error;
  if (given(vm, a[2])) return no_arrays(vm, "normal(size=...)", "[np.random.normal(loc, scale) for _ in range(n)]");
  double loc, scale;
  if (!double_arg(vm, a[0], 0.0, &loc) || !double_arg(vm, a[1], 1.0, &scale)) return Status::Error;
  if (scale < 0) return vm.raise(vm.t.ValueError_, "scale < 0");
  *out = vm.make_float(loc + scale * state(vm).standard_normal());
  return Status::Ok;
}

// choice(a, size=None, replace=True, p=None): one item of a sequence, or
// one int below a when a is an int.
Status choice(Vm& vm, Value, Args args, Value* out) {
  Value a[4];
  if (!vm.parse_args("choice", args, 1, {"a", "size", "replace", "p"}, a)) return Status::Error;
  if (given(vm, a[1])) return no_arrays(vm, "choice(size=...)", "[np.random.choice(a) for _ in range(n)]");
  bool is_count = vm.is_int(a[0]);
  std::vector<Value> items;
  int64_t n;
  if (is_count) {
    n = vm.int_of(a[0]);
    if (n <= 0) return vm.raise(vm.t.ValueError_, "a must be greater than 0 unless no samples are taken");
  } else {
    if (!vm.collect_items(a[0], &items)) return Status::Error;
    n = static_cast<int64_t>(items.size());
    if (n == 0) return vm.raise(vm.t.ValueError_, "a cannot be empty unless no samples are taken");
  }
  NumpyRandom& r = state(vm);
  int64_t idx;
  if (given(vm, a[3])) {
    std::vector<Value> pv;
    if (!vm.collect_items(a[3], &pv)) return Status::Error;
    if (static_cast<int64_t>(pv.size()) != n) return vm.raise(vm.t.ValueError_, "'a' and 'p' must have same size");
    std::vector<double> cdf;
    double sum = 0;
    for (Value v : pv) {
      double p;
      if (!float_arg(vm, v, &p)) return Status::Error;
      if (std::isnan(p)) return vm.raise(vm.t.ValueError_, "probabilities contain NaN");
      if (p < 0) return vm.raise(vm.t.ValueError_, "probabilities are not non-negative");
      cdf.push_back(sum += p);
    }
    if (std::fabs(sum - 1.0) > std::sqrt(2.220446049250313e-16))
      return vm.raise(vm.t.ValueError_, "probabilities do not sum to 1");
    for (double& c : cdf) c /= cdf.back();
    double u = r.next_double();
    idx = 0;
    while (idx < n - 1 && cdf[static_cast<size_t>(idx)] <= u) ++idx;
  } else {
    idx = static_cast<int64_t>(r.bounded(static_cast<uint64_t>(n - 1)));
  }
  *out = is_count ? vm.make_int(idx) : items[static_cast<size_t>(idx)];
  return Status::Ok;
}

// shuffle(x): a list in place, Fisher-Yates from the end.
Status shuffle(Vm& vm, Value, Args args, Value* out) {
  Value a[1];
  if (!vm.parse_args("shuffle", args, 1, {"x"}, a)) return Status::Error;
  if (!a[0].is_object() || a[0].obj()->kind != Kind::List)
    return vm.raise(vm.t.TypeError_, std::string("numpy.random.shuffle: the Interleave playground shuffles lists, not '") +
                                         vm.type_name(a[0]) + "' objects");
  auto& items = static_cast<ListObject*>(a[0].obj())->items;
  NumpyRandom& r = state(vm);
  for (size_t i = items.size(); i-- > 1;) std::swap(items[i], items[r.bounded(i)]);
  *out = vm.None;
  return Status::Ok;
}

}  // namespace

void init_numpy_random_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(d, name, Value::object(vm.new_native(name, fn))); };
  def("seed", seed);
  def("randint", randint);
  def("rand", rand);
  def("randn", randn);
  def("random", random_sample);
  def("random_sample", random_sample);
  def("uniform", uniform);
  def("normal", normal);
  def("standard_normal", [](Vm& vm, Value self, Args args, Value* out) {
    Value a[1];
    if (!vm.parse_args("standard_normal", args, 0, {"size"}, a)) return Status::Error;
    if (given(vm, a[0])) return no_arrays(vm, "standard_normal(size=...)", "[np.random.standard_normal() for _ in range(n)]");
    return randn(vm, self, Args{nullptr, 0, nullptr}, out);
  });
  def("choice", choice);
  def("shuffle", shuffle);
}

}  // namespace interleave::vm

namespace interleave::vm {
extern const char* const kNumpySource;
const char* const kNumpySource = R"PY(
"""numpy in the Interleave playground: numpy.random's scalar functions
(seed, randint, rand, randn, random, random_sample, uniform, normal,
standard_normal, choice, shuffle). There are no arrays."""
import numpy.random as random
)PY";
}  // namespace interleave::vm
