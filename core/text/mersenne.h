// Python's random module, bit for bit for seeded use: the MT19937
// generator with CPython's seeding (Modules/_randommodule.c) and the
// Python-level algorithms of Lib/random.py built on it (rejection
// sampling for randrange, Fisher-Yates shuffle, sample's two strategies).
//
// State lives in the object: one per simulated process or random.Random().
// gauss/normalvariate/expovariate use portable_math.h (our correctly
// rounded log/sin/cos), so they too are identical natively and in wasm.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "text/text_error.h"

namespace interleave::text {

class MersenneTwister {
 public:
  static constexpr int kStateWords = 624;

  // random.seed(n) for an int: the 32-bit words of |n|, least significant
  // first (init_by_array). Floats and other objects seed with hash(x).
  // An unseeded generator behaves as after init_genrand(5489); the VM
  // seeds it from the run's seed instead of the OS.
  void seed(int64_t n);
  // Seeds from an arbitrary key (big ints, str seeds after sha512).
  void seed_words(const uint32_t* key, size_t count);
  // random.seed(s) for a str (its UTF-8 bytes) or bytes: CPython seeds with
  // int.from_bytes(b + sha512(b).digest()).
  void seed_bytes(std::string_view bytes);
  // The reference generator's init_genrand(s) alone: how numpy's legacy
  // RandomState seeds from an int (mt19937_seed).
  void seed_genrand(uint32_t s) {
    init_genrand(s);
    gauss_next_.reset();
  }

  // The raw 32-bit output.
  uint32_t next_uint32();
  // random(): 53 random bits as a double in [0, 1).
  double random();
  // getrandbits(k) for 0 <= k <= 63 (ours are 64-bit ints). ValueError
  // "number of bits must be non-negative"; OverflowError for k >= 64.
  TextResult<int64_t> getrandbits(int64_t k);
  // _randbelow(n) for n > 0: getrandbits(n.bit_length()) until below n.
  int64_t randbelow(int64_t n);

  // randrange(stop) / randrange(start, stop[, step]) with CPython's errors.
  TextResult<int64_t> randrange(int64_t stop);
  TextResult<int64_t> randrange(int64_t start, int64_t stop, int64_t step = 1);
  // randint(a, b) == randrange(a, b + 1).
  TextResult<int64_t> randint(int64_t a, int64_t b);
  // choice(seq): the index to take ("Cannot choose from an empty sequence").
  TextResult<int64_t> choice_index(int64_t length);
  // shuffle(x) in place, any random-access container.
  template <class Container>
  void shuffle(Container& x);
  // sample(population, k): indices into the population, in result order.
  TextResult<std::vector<int64_t>> sample_indices(int64_t population, int64_t k);
  // choices(population, weights=None, k=k) without weights: indices.
  std::vector<int64_t> choices_indices(int64_t population, int64_t k);
  // choices with cumulative weights (the VM accumulates `weights`).
  TextResult<std::vector<int64_t>> choices_indices(const std::vector<double>& cum_weights,
                                                   int64_t k);

  double uniform(double a, double b) { return a + (b - a) * random(); }
  double gauss(double mu, double sigma);
  double normalvariate(double mu, double sigma);
  double expovariate(double lambd);

  // getstate()/setstate(): (3, (624 words..., index), gauss_next).
  struct State {
    std::array<uint32_t, kStateWords> words{};
    int index = kStateWords;
    std::optional<double> gauss_next;
  };
  State getstate() const { return {mt_, index_, gauss_next_}; }
  void setstate(const State& s) {
    mt_ = s.words;
    index_ = s.index;
    gauss_next_ = s.gauss_next;
  }

 private:
  void init_genrand(uint32_t s);
  void twist();

  std::array<uint32_t, kStateWords> mt_{};
  int index_ = kStateWords + 1;
  std::optional<double> gauss_next_;
};

template <class Container>
void MersenneTwister::shuffle(Container& x) {
  // for i in reversed(range(1, len(x))): swap x[i] with x[randbelow(i+1)]
  for (int64_t i = static_cast<int64_t>(x.size()) - 1; i >= 1; --i) {
    int64_t j = randbelow(i + 1);
    using std::swap;
    swap(x[static_cast<size_t>(i)], x[static_cast<size_t>(j)]);
  }
}

}  // namespace interleave::text
