// SerialMap: object serial -> uint32_t, open addressing in one array. The
// machine's asyncio bookkeeping looks up a task or future by its object's
// serial a few times per task step; with 100,000 tasks std::unordered_map's
// node per entry cost a cache miss or two per lookup.
#pragma once

#include <cstdint>
#include <vector>

namespace interleave::sim {

class SerialMap {
 public:
  // The value of [key], or null.
  uint32_t* find(uint64_t key) {
    if (slots_.empty()) return nullptr;
    for (size_t i = hash(key) & mask();; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (s.key == key) return &s.value;
      if (s.key == kEmpty) return nullptr;
    }
  }
  bool contains(uint64_t key) { return find(key) != nullptr; }
  // Inserts or overwrites.
  void set(uint64_t key, uint32_t value) {
    if ((used_ + 1) * 4 > slots_.size() * 3) grow();
    size_t tomb = SIZE_MAX;
    for (size_t i = hash(key) & mask();; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (s.key == key) {
        s.value = value;
        return;
      }
      if (s.key == kTomb && tomb == SIZE_MAX) tomb = i;
      if (s.key == kEmpty) {
        Slot& dst = tomb != SIZE_MAX ? slots_[tomb] : s;
        if (tomb == SIZE_MAX) ++used_;
        dst.key = key;
        dst.value = value;
        ++size_;
        return;
      }
    }
  }
  void erase(uint64_t key) {
    if (slots_.empty()) return;
    for (size_t i = hash(key) & mask();; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (s.key == key) {
        s.key = kTomb;
        --size_;
        return;
      }
      if (s.key == kEmpty) return;
    }
  }

 private:
  static constexpr uint64_t kEmpty = 0;  // serials start at 1
  static constexpr uint64_t kTomb = ~uint64_t{0};
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t value = 0;
  };
  static size_t hash(uint64_t key) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20); }
  size_t mask() const { return slots_.size() - 1; }
  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    size_t n = 64;
    while (n * 3 < (size_ + 1) * 8) n <<= 1;  // at most 3/8 full after growing
    slots_.assign(n, Slot{});
    used_ = size_ = 0;
    for (const Slot& s : old)
      if (s.key != kEmpty && s.key != kTomb) set(s.key, s.value);
  }
  std::vector<Slot> slots_;
  size_t used_ = 0;  // slots not empty (live or tombstone)
  size_t size_ = 0;  // live entries
};

}  // namespace interleave::sim
