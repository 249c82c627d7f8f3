// Heap allocation, frame free lists and the mark-and-sweep collector.
#include "vm/heap.h"
#include "vm/pool.h"

#include <cstdlib>
#include <new>

namespace interleave::vm {

Heap::~Heap() {
  Object* o = all_;
  while (o) {
    Object* next = o->gc_next;
    delete o;
    o = next;
  }
  for (Frame* list : frame_free_) {
    while (list) {
      Frame* next = list->back;
      pool_free(list, frame_bytes(list->capacity));
      list = next;
    }
  }
}

Frame* Heap::new_frame_slow(uint32_t nslots, int c) {
  uint32_t cap = 1u << c;
  void* mem = pool_alloc(frame_bytes(cap));
  Frame* f = new (mem) Frame();
  f->capacity = cap;
  f->nslots = nslots;
  allocated_since_gc_ += sizeof(Frame) + sizeof(Value) * cap;
  return f;
}

void Heap::free_frame_slow(Frame* f) { discard_frame(f); }

size_t Heap::collect(const std::function<void(Tracer&)>& mark_roots) {
  ++collections_;
  Tracer tracer(mark_stack_);
  mark_roots(tracer);
  while (!mark_stack_.empty()) {
    Object* o = mark_stack_.back();
    mark_stack_.pop_back();
    tracer.visit(o->type);
    o->trace(tracer);
  }
  size_t live = 0;
  size_t count = 0;
  Object** link = &all_;
  while (Object* o = *link) {
    if (o->marked) {
      o->marked = false;
      live += o->footprint();
      ++count;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      if (o->kind == Kind::Generator && on_free_generator) on_free_generator(o);
      delete o;
    }
  }
  live_bytes_ = live;
  objects_ = count;
  allocated_since_gc_ = 0;
  next_collection_ = stress_ ? 1 : live < (size_t{4} << 20) ? (size_t{4} << 20) : live;
  return live;
}

}  // namespace interleave::vm
