// Arena: the bump allocator that owns every node of one parsed module.
//
// The parser allocates nodes, sequences and strings here; the whole tree is
// freed at once when the arena goes away. Everything placed in an arena must
// be trivially destructible (no destructor ever runs), which is why AST nodes
// hold `Seq<T>` and `std::string_view` instead of std::vector / std::string.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace interleave::lang {

// A read-only array that lives in an arena (CPython's asdl_seq).
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t count = 0;

  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T* begin() const { return items; }
  T* end() const { return items + count; }
  T& operator[](uint32_t i) const { return items[i]; }
};

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) = default;
  Arena& operator=(Arena&&) = default;

  void* allocate(size_t size, size_t align) {
    size_t start = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || start + size > capacity_) {
      size_t want = size + align > kBlockSize ? size + align : kBlockSize;
      blocks_.push_back(std::make_unique<char[]>(want));
      capacity_ = want;
      used_ = 0;
      char* base = blocks_.back().get();
      size_t mis = reinterpret_cast<uintptr_t>(base) & (align - 1);
      start = mis ? align - mis : 0;
    }
    used_ = start + size;
    total_ += size;
    return blocks_.back().get() + start;
  }

  // Constructs a T in the arena. T must not need a destructor.
  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
  }

  // Copies [items] into the arena as a Seq.
  template <class T>
  Seq<T> seq(const std::vector<T>& items) {
    static_assert(std::is_trivially_copyable_v<T>);
    Seq<T> s;
    s.count = static_cast<uint32_t>(items.size());
    if (s.count) {
      s.items = static_cast<T*>(allocate(sizeof(T) * s.count, alignof(T)));
      std::memcpy(static_cast<void*>(s.items), items.data(), sizeof(T) * s.count);
    }
    return s;
  }

  // Copies a string (bytes, no terminator needed) into the arena.
  std::string_view str(std::string_view text) {
    if (text.empty()) return std::string_view("", 0);
    char* p = static_cast<char*>(allocate(text.size(), 1));
    std::memcpy(p, text.data(), text.size());
    return std::string_view(p, text.size());
  }

  // Bytes handed out so far (for tests and memory accounting).
  size_t bytes_used() const { return total_; }

 private:
  static constexpr size_t kBlockSize = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t capacity_ = 0;
  size_t used_ = 0;
  size_t total_ = 0;
};

}  // namespace interleave::lang
