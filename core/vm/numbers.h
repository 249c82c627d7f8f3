// Number helpers shared by the operators and the builtins: CPython-exact
// hashing, float repr, and checked int64 arithmetic.
#pragma once

#include <cstdint>
#include <string>

namespace interleave::vm {

int64_t hash_int(int64_t v);
int64_t hash_float(double d);
int64_t hash_bytes(const std::string& s);
std::string float_repr(double d);
// Python's floor division and modulo on int64 (b != 0; may overflow for
// INT64_MIN // -1: returns false then).
bool int_floordiv(int64_t a, int64_t b, int64_t* out);
int64_t int_mod(int64_t a, int64_t b);
double float_mod(double a, double b);
bool int_pow(int64_t base, int64_t exp, int64_t* out);  // exp >= 0; false on overflow

}  // namespace interleave::vm
