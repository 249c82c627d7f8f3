// CPython's hash functions (Python/pyhash.c, Objects/tupleobject.c,
// Objects/setobject.c, Objects/longobject.c).
#include "text/hash.h"

#include <cmath>
#include <cstring>
#include <string>

#include "text/utf8.h"

namespace interleave::text {

namespace {
constexpr int kHashBits = 61;
int64_t never_minus_one(uint64_t x) {
  return x == static_cast<uint64_t>(-1) ? -2 : static_cast<int64_t>(x);
}
}  // namespace

int64_t hash_int(int64_t v) {
  uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t h = static_cast<int64_t>(magnitude % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_pointer(uint64_t address) {
  // Objects are aligned, so the low bits carry no information: rotate
  // them to the top.
  uint64_t y = (address >> 4) | (address << 60);
  return never_minus_one(y);
}

// _Py_HashDouble: reduce the exact binary value modulo 2**61-1, 28 bits at
// a time, so that equal ints and floats hash equal.
int64_t hash_float(double v, int64_t nan_identity_hash) {
  if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
  if (std::isnan(v)) return nan_identity_hash;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  return never_minus_one(x);
}

int64_t hash_tuple(const int64_t* items, size_t count) {
  const uint64_t kPrime1 = 11400714785074694791ull;
  const uint64_t kPrime2 = 14029467366897019727ull;
  const uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < count; ++i) {
    acc += static_cast<uint64_t>(items[i]) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  // The length is mixed in so that hash(()) keeps its historical value.
  acc += count ^ (kPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

namespace {
uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }
}  // namespace

int64_t hash_frozenset(const int64_t* items, size_t count) {
  uint64_t hash = 0;
  for (size_t i = 0; i < count; ++i) hash ^= shuffle_bits(static_cast<uint64_t>(items[i]));
  // CPython xors every table slot, then cancels the empty and deleted
  // ones again: what remains is exactly the items.
  hash ^= (static_cast<uint64_t>(count) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  return static_cast<int64_t>(hash);
}

namespace {
uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  v0 += v1; v2 += v3;
  v1 = rotl(v1, 13) ^ v0;
  v3 = rotl(v3, 16) ^ v2;
  v0 = rotl(v0, 32);
  v2 += v1; v0 += v3;
  v1 = rotl(v1, 17) ^ v2;
  v3 = rotl(v3, 21) ^ v0;
  v2 = rotl(v2, 32);
}

uint64_t load_le64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}
}  // namespace

uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char* in, size_t size) {
  uint64_t b = static_cast<uint64_t>(size) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ull;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dull;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ull;
  uint64_t v3 = k1 ^ 0x7465646279746573ull;
  while (size >= 8) {
    uint64_t mi = load_le64(in);
    in += 8;
    size -= 8;
    v3 ^= mi;
    sip_round(v0, v1, v2, v3);
    v0 ^= mi;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < size; ++i) t |= static_cast<uint64_t>(in[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  sip_round(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t hash_bytes(std::string_view bytes) {
  if (bytes.empty()) return 0;
  uint64_t x = siphash13(0, 0, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return never_minus_one(x);
}

// CPython hashes the str's internal PEP 393 buffer: 1, 2 or 4 bytes per
// code point (little-endian) depending on the largest code point.
int64_t hash_str(std::string_view utf8) {
  if (utf8.empty()) return 0;
  if (is_ascii(utf8)) return hash_bytes(utf8);
  std::u32string cps = utf8_to_u32(utf8);
  char32_t max = 0;
  for (char32_t c : cps) max = c > max ? c : max;
  int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  std::string buffer;
  buffer.reserve(cps.size() * static_cast<size_t>(width));
  for (char32_t c : cps) {
    for (int i = 0; i < width; ++i) buffer += static_cast<char>((c >> (8 * i)) & 0xFF);
  }
  return hash_bytes(buffer);
}

}  // namespace interleave::text
