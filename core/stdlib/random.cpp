// random: CPython's Mersenne Twister and its derived functions
// (random, randrange/randint via getrandbits rejection, choice, shuffle,
// sample, choices, uniform, gauss), so `random.seed(n)` reproduces
// CPython's sequences exactly. Without a seed call, the generator is
// seeded from the run's seed, so every run is deterministic.
#include <cmath>
#include <memory>

#include "vm/ops.h"
#include "vm/types.h"

namespace interleave::vm {

namespace {

struct MersenneTwister {
  uint32_t mt[624];
  int mti = 625;
  double gauss_next = 0;
  bool has_gauss = false;

  void init_genrand(uint32_t s) {
    mt[0] = s;
    for (mti = 1; mti < 624; mti++) mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + mti;
  }
  void init_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218U);
    size_t i = 1, j = 0;
    size_t k = 624 > key.size() ? 624 : key.size();
    for (; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
      i++;
      j++;
      if (i >= 624) {
        mt[0] = mt[623];
        i = 1;
      }
      if (j >= key.size()) j = 0;
    }
    for (k = 623; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
      i++;
      if (i >= 624) {
        mt[0] = mt[623];
        i = 1;
      }
    }
    mt[0] = 0x80000000U;
    has_gauss = false;
  }
  void seed(uint64_t n) {
    std::vector<uint32_t> key;
    if (n == 0) key.push_back(0);
    while (n) {
      key.push_back(static_cast<uint32_t>(n & 0xffffffffU));
      n >>= 32;
    }
    init_by_array(key);
  }
  uint32_t genrand() {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t y;
    if (mti >= 624) {
      int kk;
      for (kk = 0; kk < 624 - 397; kk++) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + 397] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      for (; kk < 623; kk++) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + (397 - 624)] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      y = (mt[623] & 0x80000000U) | (mt[0] & 0x7fffffffU);
      mt[623] = mt[396] ^ (y >> 1) ^ mag01[y & 0x1U];
      mti = 0;
    }
    y = mt[mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }
  double random() {
    uint32_t a = genrand() >> 5, b = genrand() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
  uint64_t getrandbits(int k) {
    if (k <= 32) return genrand() >> (32 - k);
    uint64_t lo = genrand();
    uint64_t hi = genrand() >> (64 - k);
    return lo | (hi << 32);
  }
  uint64_t randbelow(uint64_t n) {
    if (n == 0) return 0;
    int k = 0;
    for (uint64_t m = n; m; m >>= 1) ++k;
    uint64_t r = getrandbits(k);
    while (r >= n) r = getrandbits(k);
    return r;
  }
};

MersenneTwister& rng(Vm& vm) {
  if (!vm.random_state) {
    auto mt = std::make_shared<MersenneTwister>();
    mt->seed(vm.seed);
    vm.random_state = mt;
  }
  return *static_cast<MersenneTwister*>(vm.random_state.get());
}

Status randrange_impl(Vm& vm, int64_t start, int64_t stop, int64_t step, Value* out) {
  if (step == 0) return vm.raise(vm.t.ValueError_, "zero step for randrange()");
  int64_t width = stop - start;
  if (step == 1) {
    if (width <= 0)
      return vm.raise(vm.t.ValueError_, "empty range for randrange() (" + std::to_string(start) + ", " + std::to_string(stop) +
                                            ", " + std::to_string(width) + ")");
    *out = vm.make_int(start + static_cast<int64_t>(rng(vm).randbelow(static_cast<uint64_t>(width))));
    return Status::Ok;
  }
  int64_t n = step > 0 ? (width + step - 1) / step : (width + step + 1) / step;
  if (n <= 0) return vm.raise(vm.t.ValueError_, "empty range for randrange()");
  *out = vm.make_int(start + step * static_cast<int64_t>(rng(vm).randbelow(static_cast<uint64_t>(n))));
  return Status::Ok;
}

}  // namespace

void init_random_module(Vm& vm, ModuleObject* m) {
  DictObject* d = m->dict;
  auto def = [&](const char* name, NativeFn fn) { vm.add_attr(d, name, Value::object(vm.new_native(name, fn))); };
  def("seed", [](Vm& vm, Value, Args args, Value* out) {
    Value a = args.n ? args[0] : vm.None;
    uint64_t s = vm.seed;
    if (vm.is_int(a)) {
      int64_t v = vm.int_of(a);
      s = static_cast<uint64_t>(v < 0 ? -v : v);
    } else if (a.is_object() && a.obj()->kind == Kind::Float) {
      int64_t h;
      vm.hash(a, &h);
      s = static_cast<uint64_t>(h < 0 ? -h : h);
    } else if (vm.is_str(a)) {
      // CPython hashes str seeds with SHA-512; Interleave uses the bytes.
      s = 0;
      for (unsigned char c : vm.as_str(a)->text) s = s * 131 + c;
    }
    rng(vm).seed(s);
    *out = vm.None;
    return Status::Ok;
  });
  def("random", [](Vm& vm, Value, Args, Value* out) {
    *out = vm.make_float(rng(vm).random());
    return Status::Ok;
  });
  def("getrandbits", [](Vm& vm, Value, Args args, Value* out) {
    int64_t k = vm.int_of(args[0]);
    if (k < 0) return vm.raise(vm.t.ValueError_, "number of bits must be non-negative");
    if (k > 62) return vm.raise_overflow();
    *out = vm.make_int(static_cast<int64_t>(rng(vm).getrandbits(static_cast<int>(k))));
    return Status::Ok;
  });
  def("uniform", [](Vm& vm, Value, Args args, Value* out) {
    double a = vm.float_of(args[0]), b = vm.float_of(args[1]);
    *out = vm.make_float(a + (b - a) * rng(vm).random());
    return Status::Ok;
  });
  def("randint", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n != 2) return vm.raise(vm.t.TypeError_, "randint() missing 1 required positional argument: 'b'");
    return randrange_impl(vm, vm.int_of(args[0]), vm.int_of(args[1]) + 1, 1, out);
  });
  def("randrange", [](Vm& vm, Value, Args args, Value* out) {
    if (args.n == 1) return randrange_impl(vm, 0, vm.int_of(args[0]), 1, out);
    return randrange_impl(vm, vm.int_of(args[0]), vm.int_of(args[1]), args.n > 2 ? vm.int_of(args[2]) : 1, out);
  });
  def("choice", [](Vm& vm, Value, Args args, Value* out) {
    int64_t n;
    if (!vm.len(args[0], &n)) return Status::Error;
    if (n == 0) return vm.raise(vm.t.IndexError_, "Cannot choose from an empty sequence");
    *out = vm.get_item(args[0], vm.make_int(static_cast<int64_t>(rng(vm).randbelow(static_cast<uint64_t>(n)))));
    return out->is_null() ? Status::Error : Status::Ok;
  });
  def("shuffle", [](Vm& vm, Value, Args args, Value* out) {
    if (!args[0].is_object() || args[0].obj()->kind != Kind::List) return vm.raise(vm.t.TypeError_, "shuffle() expects a list");
    auto& items = static_cast<ListObject*>(args[0].obj())->items;
    for (size_t i = items.size(); i > 1; --i) {
      size_t j = static_cast<size_t>(rng(vm).randbelow(i));
      std::swap(items[i - 1], items[j]);
    }
    *out = vm.None;
    return Status::Ok;
  });
  def("sample", [](Vm& vm, Value, Args args, Value* out) {
    std::vector<Value> pop;
    if (!vm.collect_items(args[0], &pop)) return Status::Error;
    Value kv = args.n > 1 ? args[1] : vm.kwarg(args, "k");
    int64_t k = vm.int_of(kv);
    int64_t n = static_cast<int64_t>(pop.size());
    if (k < 0 || k > n) return vm.raise(vm.t.ValueError_, "Sample larger than population or is negative");
    ListObject* result = vm.new_list(static_cast<size_t>(k));
    int64_t setsize = 21;
    if (k > 5) setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
    MersenneTwister& r = rng(vm);
    if (n <= setsize) {
      std::vector<Value> pool = pop;
      for (int64_t i = 0; i < k; ++i) {
        int64_t j = static_cast<int64_t>(r.randbelow(static_cast<uint64_t>(n - i)));
        result->items[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      std::vector<bool> selected(n, false);
      for (int64_t i = 0; i < k; ++i) {
        int64_t j = static_cast<int64_t>(r.randbelow(static_cast<uint64_t>(n)));
        while (selected[j]) j = static_cast<int64_t>(r.randbelow(static_cast<uint64_t>(n)));
        selected[j] = true;
        result->items[i] = pop[j];
      }
    }
    *out = Value::object(result);
    return Status::Ok;
  });
  def("choices", [](Vm& vm, Value, Args args, Value* out) {
    std::vector<Value> pop;
    if (!vm.collect_items(args[0], &pop)) return Status::Error;
    Value kv = vm.kwarg(args, "k");
    int64_t k = kv.is_null() ? 1 : vm.int_of(kv);
    Value weights = args.n > 1 ? args[1] : vm.kwarg(args, "weights");
    Value cum = vm.kwarg(args, "cum_weights");
    ListObject* result = vm.new_list();
    MersenneTwister& r = rng(vm);
    double n = static_cast<double>(pop.size());
    if ((weights.is_null() || weights == vm.None) && cum.is_null()) {
      if (pop.empty()) return vm.raise(vm.t.IndexError_, "Cannot choose from an empty sequence");
      for (int64_t i = 0; i < k; ++i) result->items.push_back(pop[static_cast<size_t>(std::floor(r.random() * n))]);
      *out = Value::object(result);
      return Status::Ok;
    }
    std::vector<double> cw;
    std::vector<Value> w;
    if (!cum.is_null()) {
      if (!vm.collect_items(cum, &w)) return Status::Error;
      for (Value x : w) cw.push_back(vm.float_of(x));
    } else {
      if (!vm.collect_items(weights, &w)) return Status::Error;
      double acc = 0;
      for (Value x : w) cw.push_back(acc += vm.float_of(x));
    }
    if (cw.size() != pop.size()) return vm.raise(vm.t.ValueError_, "The number of weights does not match the population");
    double total = cw.back();
    for (int64_t i = 0; i < k; ++i) {
      double x = r.random() * total;
      size_t lo = 0, hi = cw.size() - 1;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x < cw[mid]) hi = mid;
        else lo = mid + 1;
      }
      result->items.push_back(pop[lo]);
    }
    *out = Value::object(result);
    return Status::Ok;
  });
  def("gauss", [](Vm& vm, Value, Args args, Value* out) {
    double mu = args.n > 0 ? vm.float_of(args[0]) : 0.0, sigma = args.n > 1 ? vm.float_of(args[1]) : 1.0;
    MersenneTwister& r = rng(vm);
    double z;
    if (r.has_gauss) {
      z = r.gauss_next;
      r.has_gauss = false;
    } else {
      double x2pi = r.random() * 2 * M_PI;
      double g2rad = std::sqrt(-2.0 * std::log(1.0 - r.random()));
      z = std::cos(x2pi) * g2rad;
      r.gauss_next = std::sin(x2pi) * g2rad;
      r.has_gauss = true;
    }
    *out = vm.make_float(mu + z * sigma);
    return Status::Ok;
  });
}

}  // namespace interleave::vm
