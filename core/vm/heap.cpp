// Heap allocation, frame free lists and the mark-and-sweep collector.
#include "vm/heap.h"

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
  for (auto& list : frame_free_) {
    for (Frame* f : list) std::free(f);
  }
}

static int size_class(uint32_t nslots) {
  int c = 0;
  while ((1u << c) < nslots) ++c;
  return c;
}

Frame* Heap::new_frame(uint32_t nslots) {
  if (nslots < 1) nslots = 1;
  int c = size_class(nslots);
  Frame* f;
  if (c < 24 && !frame_free_[c].empty()) {
    f = frame_free_[c].back();
    frame_free_[c].pop_back();
  } else {
    uint32_t cap = 1u << c;
    void* mem = std::malloc(sizeof(Frame) + sizeof(Value) * (cap - 1));
    f = new (mem) Frame();
    f->capacity = cap;
    allocated_since_gc_ += sizeof(Frame) + sizeof(Value) * cap;
  }
  uint32_t cap = f->capacity;
  *f = Frame();
  f->capacity = cap;
  f->nslots = nslots;
  return f;
}

void Heap::free_frame(Frame* f) {
  int c = size_class(f->capacity);
  if (c < 24 && frame_free_[c].size() < 256) {
    frame_free_[c].push_back(f);
  } else {
    std::free(f);
  }
}

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
