// Value: one Python value in 64 bits.
//
// Small integers (63-bit, the common case) live inline with the low bit set,
// so `i += 1` never allocates. Everything else -- None, bools, floats, big
// ints up to int64, strings, containers -- is a pointer to an Object on the
// process heap (low bit clear, never zero). The all-zero Value means "no
// value": a native returns it together with a raised exception.
#pragma once

#include <cstdint>

namespace interleave::vm {

struct Object;

class Value {
 public:
  static constexpr int64_t kSmallMax = (int64_t{1} << 61) - 1;
  static constexpr int64_t kSmallMin = -(int64_t{1} << 61);

  constexpr Value() = default;
  static Value null() { return Value(); }
  static Value object(const Object* o) {
    Value v;
    v.bits_ = reinterpret_cast<uint64_t>(o);
    return v;
  }
  // [i] must be within [kSmallMin, kSmallMax]; see make_int in heap.h.
  static Value small(int64_t i) {
    Value v;
    v.bits_ = (static_cast<uint64_t>(i) << 1) | 1;
    return v;
  }
  static bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }

  bool is_null() const { return bits_ == 0; }
  bool is_small() const { return bits_ & 1; }
  bool is_object() const { return !(bits_ & 1) && bits_ != 0; }
  int64_t small_value() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* obj() const { return reinterpret_cast<Object*>(bits_); }
  uint64_t bits() const { return bits_; }

  // Identity (`is`).
  bool operator==(const Value& o) const { return bits_ == o.bits_; }
  bool operator!=(const Value& o) const { return bits_ != o.bits_; }

 private:
  uint64_t bits_ = 0;
};

}  // namespace interleave::vm
