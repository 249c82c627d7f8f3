// Memory for heap objects and their small buffers (pool.h): free lists by
// 8-byte size class, carved from 64 KB blocks. Only raw memory lives here (no
// Python objects), one pool per OS thread, so separate Vms never share state
// through it.
#include <cstdlib>
#include <new>
#include <vector>

#include "vm/object.h"
#include "vm/pool.h"

namespace interleave::vm {

namespace {

constexpr size_t kGranule = 8;  // nothing in an object needs more alignment than a pointer
constexpr size_t kMaxPooled = kPoolMaxBytes;
constexpr size_t kClasses = kMaxPooled / kGranule;
constexpr size_t kBlock = 64 * 1024;

struct FreeNode {
  FreeNode* next;
};

struct Pool {
  FreeNode* free[kClasses + 1] = {};
  char* cursor = nullptr;
  char* limit = nullptr;
  std::vector<void*> blocks;
  ~Pool() {
    for (void* b : blocks) std::free(b);
  }
};

Pool& pool() {
  static thread_local Pool p;
  return p;
}

}  // namespace

// Under AddressSanitizer every object is its own malloc block, so a use
// after the collector freed it is reported instead of reusing pool memory.
#if defined(__SANITIZE_ADDRESS__)
#define INTERLEAVE_POOL_OBJECTS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define INTERLEAVE_POOL_OBJECTS 0
#endif
#endif
#ifndef INTERLEAVE_POOL_OBJECTS
#define INTERLEAVE_POOL_OBJECTS 1
#endif

void* pool_alloc(size_t size) {
  if (size > kMaxPooled || !INTERLEAVE_POOL_OBJECTS) {
    void* p = std::malloc(size);
    if (!p) std::abort();
    return p;
  }
  size_t c = (size + kGranule - 1) / kGranule;
  Pool& p = pool();
  if (FreeNode* n = p.free[c]) {
    p.free[c] = n->next;
    // Freed memory is cold (the collector freed it in a sweep): fetch the
    // next allocation's while this one is being filled.
    __builtin_prefetch(n->next, 1);
    return n;
  }
  size_t bytes = c * kGranule;
  if (!p.cursor || p.cursor + bytes > p.limit) {
    char* b = static_cast<char*>(std::malloc(kBlock));
    if (!b) std::abort();
    p.blocks.push_back(b);
    p.cursor = b;
    p.limit = b + kBlock;
  }
  void* r = p.cursor;
  p.cursor += bytes;
  return r;
}

void pool_free(void* ptr, size_t size) {
  if (!ptr) return;
  if (size > kMaxPooled || !INTERLEAVE_POOL_OBJECTS) {
    std::free(ptr);
    return;
  }
  size_t c = (size + kGranule - 1) / kGranule;
  Pool& p = pool();
  auto* n = static_cast<FreeNode*>(ptr);
  n->next = p.free[c];
  p.free[c] = n;
}

void* Object::operator new(size_t size) { return pool_alloc(size); }

void Object::operator delete(void* p, size_t size) { pool_free(p, size); }

}  // namespace interleave::vm
