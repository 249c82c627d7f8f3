// The small-object pool (object_pool.cpp) for C++ storage that lives and
// dies with heap objects: a dict's entry and index arrays, frames. The
// collector frees millions of these at a time; malloc/free of them took a
// fifth of the time of asyncio programs with many tasks.
#pragma once

#include <cstddef>

namespace interleave::vm {

// [bytes] up to kPoolMaxBytes come from per-size free lists, larger ones
// from malloc; pool_free must be given the same size.
constexpr size_t kPoolMaxBytes = 256;
void* pool_alloc(size_t bytes);
void pool_free(void* p, size_t bytes);

// std::allocator over the pool.
template <class T>
struct PoolAllocator {
  using value_type = T;
  PoolAllocator() = default;
  template <class U>
  PoolAllocator(const PoolAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(pool_alloc(n * sizeof(T))); }
  void deallocate(T* p, size_t n) { pool_free(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const PoolAllocator<U>&) const { return true; }
  template <class U>
  bool operator!=(const PoolAllocator<U>&) const { return false; }
};

}  // namespace interleave::vm
