// hash() exactly as CPython 3.11 computes it for numbers, tuples and
// frozensets, and for str/bytes as CPython does with PYTHONHASHSEED=0
// (SipHash-1-3 with a zero key over the PEP 393 representation): fixed,
// so runs are reproducible, and still CPython's own values.
#pragma once

#include <cstdint>
#include <string_view>

namespace interleave::text {

// The modulus of numeric hashing: 2**61 - 1.
inline constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;
inline constexpr int64_t kHashInf = 314159;

// hash(v): v mod 2**61-1 with v's sign; -1 (an error marker in C) becomes -2.
int64_t hash_int(int64_t v);
// hash(True) == 1, hash(False) == 0.
inline int64_t hash_bool(bool b) { return b ? 1 : 0; }
// hash(x) for finite x and +-inf; equal to hash_int when x is integral.
// A nan hashes by object identity since 3.10: pass the identity hash the
// VM uses for objects (hash_pointer of its id) as [nan_identity_hash].
int64_t hash_float(double x, int64_t nan_identity_hash);
// CPython's _Py_HashPointer: the address rotated by 4 bits. The VM feeds
// its stable object ids so hashes are deterministic.
int64_t hash_pointer(uint64_t address);

// hash(tuple) from the hashes of its items (xxHash-based, CPython 3.8+).
int64_t hash_tuple(const int64_t* item_hashes, size_t count);
// hash(frozenset) from the hashes of its (distinct) items; order-free.
int64_t hash_frozenset(const int64_t* item_hashes, size_t count);

// hash(s) of a str held as UTF-8, hash(b) of bytes.
int64_t hash_str(std::string_view utf8);
int64_t hash_bytes(std::string_view bytes);

// SipHash-1-3 as in CPython's Python/pyhash.c.
uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char* data, size_t size);

}  // namespace interleave::text
