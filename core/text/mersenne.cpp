// MT19937 (Matsumoto & Nishimura) with CPython's seeding, and the
// algorithms of Lib/random.py on top of it.
#include "text/mersenne.h"

#include <algorithm>
#include <set>
#include <string>

#include "text/portable_math.h"
#include "text/sha512.h"

namespace interleave::text {

namespace {
constexpr int kN = MersenneTwister::kStateWords;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpperMask = 0x80000000u;
constexpr uint32_t kLowerMask = 0x7fffffffu;

int bit_length(uint64_t v) {
  int n = 0;
  while (v != 0) {
    v >>= 1;
    ++n;
  }
  return n;
}
}  // namespace

void MersenneTwister::init_genrand(uint32_t s) {
  mt_[0] = s;
  for (int i = 1; i < kN; ++i) {
    mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  index_ = kN;
}

void MersenneTwister::seed_words(const uint32_t* key, size_t key_length) {
  init_genrand(19650218u);
  int i = 1;
  size_t j = 0;
  size_t k = kN > key_length ? kN : key_length;
  for (; k > 0; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + key[j] +
             static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = kN - 1; k > 0; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
  }
  mt_[0] = 0x80000000u;  // the MSB is 1, assuring a non-zero initial array
  index_ = kN;
  gauss_next_.reset();
}

void MersenneTwister::seed(int64_t n) {
  // CPython seeds with abs(n), split into 32-bit words from the right;
  // zero still uses one word.
  uint64_t magnitude = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  uint32_t key[2] = {static_cast<uint32_t>(magnitude), static_cast<uint32_t>(magnitude >> 32)};
  seed_words(key, key[1] != 0 ? 2 : 1);
}

void MersenneTwister::seed_bytes(std::string_view bytes) {
  std::array<unsigned char, 64> digest = sha512(bytes);
  std::string all(bytes);
  all.append(reinterpret_cast<const char*>(digest.data()), digest.size());
  // A big-endian number; leading zero bytes do not count.
  size_t first = all.find_first_not_of('\0');
  std::string_view number = std::string_view(all).substr(first == std::string::npos ? all.size() : first);
  std::vector<uint32_t> key;
  for (size_t end = number.size(); end > 0;) {
    size_t start = end >= 4 ? end - 4 : 0;
    uint32_t word = 0;
    for (size_t i = start; i < end; ++i) word = (word << 8) | static_cast<unsigned char>(number[i]);
    key.push_back(word);
    end = start;
  }
  if (key.empty()) key.push_back(0);
  seed_words(key.data(), key.size());
}

void MersenneTwister::twist() {
  if (index_ == kN + 1) init_genrand(5489u);  // never seeded
  int kk = 0;
  for (; kk < kN - kM; ++kk) {
    uint32_t y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
    mt_[kk] = mt_[kk + kM] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
  }
  for (; kk < kN - 1; ++kk) {
    uint32_t y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
    mt_[kk] = mt_[kk + (kM - kN)] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
  }
  uint32_t y = (mt_[kN - 1] & kUpperMask) | (mt_[0] & kLowerMask);
  mt_[kN - 1] = mt_[kM - 1] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
  index_ = 0;
}

uint32_t MersenneTwister::next_uint32() {
  if (index_ >= kN) twist();
  uint32_t y = mt_[index_++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

double MersenneTwister::random() {
  uint32_t a = next_uint32() >> 5, b = next_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

TextResult<int64_t> MersenneTwister::getrandbits(int64_t k) {
  if (k < 0) return value_error("number of bits must be non-negative");
  if (k == 0) return int64_t{0};
  if (k <= 32) return static_cast<int64_t>(next_uint32() >> (32 - k));
  if (k > 63) return overflow_error(kIntOverflowMessage);
  // Little-endian 32-bit words; the last one keeps only its top bits.
  uint64_t low = next_uint32();
  uint64_t high = next_uint32() >> (64 - k);
  return static_cast<int64_t>(low | (high << 32));
}

int64_t MersenneTwister::randbelow(int64_t n) {
  int k = bit_length(static_cast<uint64_t>(n));
  int64_t r = getrandbits(k).value();
  while (r >= n) r = getrandbits(k).value();
  return r;
}

TextResult<int64_t> MersenneTwister::randrange(int64_t stop) {
  if (stop > 0) return randbelow(stop);
  return value_error("empty range for randrange()");
}

TextResult<int64_t> MersenneTwister::randrange(int64_t start, int64_t stop, int64_t step) {
  int64_t width;
  if (__builtin_sub_overflow(stop, start, &width)) return overflow_error(kIntOverflowMessage);
  if (step == 1) {
    if (width > 0) return start + randbelow(width);
    return value_error("empty range for randrange() (" + std::to_string(start) + ", " +
                       std::to_string(stop) + ", " + std::to_string(width) + ")");
  }
  if (step == 0) return value_error("zero step for randrange()");
  // n = ceil(width / step) with Python's floor division.
  __int128 w = width, s = step;
  __int128 num = step > 0 ? w + s - 1 : w + s + 1;
  __int128 q = num / s;
  if ((num % s != 0) && ((num < 0) != (s < 0))) q -= 1;
  if (q <= 0) return value_error("empty range for randrange()");
  int64_t n = static_cast<int64_t>(q);
  return start + step * randbelow(n);
}

TextResult<int64_t> MersenneTwister::randint(int64_t a, int64_t b) {
  if (b == INT64_MAX) return overflow_error(kIntOverflowMessage);
  return randrange(a, b + 1);
}

TextResult<int64_t> MersenneTwister::choice_index(int64_t length) {
  if (length == 0) return TextError{PyErrorType::IndexError, "Cannot choose from an empty sequence"};
  return randbelow(length);
}

TextResult<std::vector<int64_t>> MersenneTwister::sample_indices(int64_t n, int64_t k) {
  if (k < 0 || k > n) return value_error("Sample larger than population or is negative");
  std::vector<int64_t> result(static_cast<size_t>(k));
  // random.py picks a list pool when it is smaller than the set it would
  // otherwise need; both strategies consume different random numbers.
  int64_t setsize = 21;
  if (k > 5) {
    setsize += static_cast<int64_t>(
        std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
  }
  if (n <= setsize) {
    std::vector<int64_t> pool(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) pool[static_cast<size_t>(i)] = i;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = randbelow(n - i);
      result[static_cast<size_t>(i)] = pool[static_cast<size_t>(j)];
      pool[static_cast<size_t>(j)] = pool[static_cast<size_t>(n - i - 1)];
    }
  } else {
    std::set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = randbelow(n);
      while (selected.count(j) != 0) j = randbelow(n);
      selected.insert(j);
      result[static_cast<size_t>(i)] = j;
    }
  }
  return result;
}

std::vector<int64_t> MersenneTwister::choices_indices(int64_t population, int64_t k) {
  std::vector<int64_t> out;
  double n = static_cast<double>(population);
  for (int64_t i = 0; i < k; ++i) out.push_back(static_cast<int64_t>(std::floor(random() * n)));
  return out;
}

TextResult<std::vector<int64_t>> MersenneTwister::choices_indices(
    const std::vector<double>& cum_weights, int64_t k) {
  if (cum_weights.empty()) return TextError{PyErrorType::IndexError, "list index out of range"};
  double total = cum_weights.back();
  if (total <= 0.0) return value_error("Total of weights must be greater than zero");
  if (!std::isfinite(total)) return value_error("Total of weights must be finite");
  std::vector<int64_t> out;
  auto hi = cum_weights.end() - 1;
  for (int64_t i = 0; i < k; ++i) {
    // bisect_right(cum_weights, random() * total, 0, n - 1)
    double x = random() * total;
    out.push_back(std::upper_bound(cum_weights.begin(), hi, x) - cum_weights.begin());
  }
  return out;
}

double MersenneTwister::gauss(double mu, double sigma) {
  double z;
  if (gauss_next_) {
    z = *gauss_next_;
    gauss_next_.reset();
  } else {
    const double kTwoPi = 2.0 * 3.141592653589793;
    double x2pi = random() * kTwoPi;
    double g2rad = std::sqrt(-2.0 * portable_log(1.0 - random()));
    z = portable_cos(x2pi) * g2rad;
    gauss_next_ = portable_sin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

double MersenneTwister::normalvariate(double mu, double sigma) {
  const double kMagic = 1.7155277699214135;  // 4 * exp(-0.5) / sqrt(2.0) in CPython
  double z;
  while (true) {
    double u1 = random();
    double u2 = 1.0 - random();
    z = kMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -portable_log(u2)) break;
  }
  return mu + z * sigma;
}

double MersenneTwister::expovariate(double lambd) { return -portable_log(1.0 - random()) / lambd; }

}  // namespace interleave::text
