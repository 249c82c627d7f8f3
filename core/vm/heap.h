// Heap: every object of one simulated process, and its garbage collector.
//
// Objects are created with `make<T>(...)` and recorded in one array. The
// collector is a precise mark-and-sweep that runs only at instruction
// boundaries (the interpreter checks `collection_due()` at its switch
// points), so native code may allocate freely without rooting temporaries.
// Roots are supplied by the owner (the Vm) through a callback.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "vm/frame.h"
#include "vm/object.h"
#include "vm/pool.h"

namespace interleave::vm {

class Heap {
 public:
  Heap() = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  ~Heap();

  template <class T, class... A>
  T* make(A&&... args) {
    T* o = new T(std::forward<A>(args)...);
    o->serial = ++serial_;
    all_.push_back(o);
    // The object's own bytes plus its overhead: its slot in all_ and the
    // pool's rounding to 8 bytes (malloc's headers are gone).
    allocated_since_gc_ += sizeof(T) + 16;
    ++objects_;
    return o;
  }
  // Call after growing an object's owned storage a lot (list of a million
  // items) so the collector paces itself and the limit is noticed.
  void account(size_t bytes) { allocated_since_gc_ += bytes; }

  bool collection_due() const { return allocated_since_gc_ >= next_collection_; }
  // Collect at every switch point that follows an allocation (tests use it
  // to shake out objects a native forgot to keep reachable).
  void set_stress(bool on) { stress_ = on; if (on) next_collection_ = 1; }

  // Marks from [mark_roots] and frees everything unreachable. Returns the
  // bytes still live (approximately).
  size_t collect(const std::function<void(Tracer&)>& mark_roots);
  // Called with each generator or coroutine the collector frees, before it
  // is deleted (the "never awaited" warning).
  std::function<void(Object*)> on_free_generator;
  // Every object, oldest first.
  const std::vector<Object*>& all_objects() const { return all_; }

  // Frames: free lists by power-of-two slot count, linked through
  // Frame::back (a call and its return are the hottest path there is).
  __attribute__((always_inline)) Frame* new_frame(uint32_t nslots) {
    if (nslots < 1) nslots = 1;
    int c = frame_class(nslots);
    Frame* f = frame_free_[c];
    if (__builtin_expect(f == nullptr, 0)) return new_frame_slow(nslots, c);
    frame_free_[c] = f->back;
    --frame_free_count_[c];
    // Only the header is reset: a frame's slots are written before they
    // are read (new_frame_for clears locals; the collector reads the value
    // stack only up to sp).
    uint32_t cap = f->capacity;
    *f = Frame();
    f->capacity = cap;
    f->nslots = nslots;
    return f;
  }
  __attribute__((always_inline)) void free_frame(Frame* f) {
    int c = frame_class(f->capacity);
    if (__builtin_expect(frame_free_count_[c] >= 256, 0)) return free_frame_slow(f);
    f->back = frame_free_[c];
    frame_free_[c] = f;
    ++frame_free_count_[c];
  }

  // Frees the memory of a frame that is not going back to a free list (a
  // dead generator's or greenlet's frames).
  static void discard_frame(Frame* f) { pool_free(f, frame_bytes(f->capacity)); }

  size_t live_bytes() const { return live_bytes_; }
  size_t objects() const { return objects_; }
  uint64_t collections() const { return collections_; }
  uint64_t last_serial() const { return serial_; }  // objects made later have larger serials
  size_t limit = size_t{512} << 20;  // bytes; 0 = none

 private:
  // Every object in allocation order: the sweep walks an array (and can
  // prefetch ahead) instead of chasing a list through the objects.
  std::vector<Object*> all_;
  uint64_t serial_ = 0;
  size_t allocated_since_gc_ = 0;
  size_t next_collection_ = size_t{4} << 20;
  bool stress_ = false;
  size_t live_bytes_ = 0;
  size_t objects_ = 0;
  uint64_t collections_ = 0;
  static size_t frame_bytes(uint32_t capacity) { return sizeof(Frame) + sizeof(Value) * (capacity - 1); }
  static int frame_class(uint32_t nslots) {  // ceil(log2(nslots)), nslots >= 1
    return nslots <= 1 ? 0 : 32 - __builtin_clz(nslots - 1);
  }
  Frame* new_frame_slow(uint32_t nslots, int c);
  void free_frame_slow(Frame* f);
  Frame* frame_free_[33] = {};
  uint32_t frame_free_count_[33] = {};
  std::vector<Object*> mark_stack_;
  std::vector<Object*> lenders_;  // collect(): dead strs deleted after the sweep
};

}  // namespace interleave::vm
