// Heap allocation, frame free lists and the mark-and-sweep collector.
#include "vm/heap.h"
#include "vm/pool.h"

#include <cstdlib>
#include <new>

namespace interleave::vm {

Heap::~Heap() {
  for (size_t i = all_.size(); i-- > 0;) delete all_[i];
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
  // Newest first (the order never-awaited warnings of freed coroutines are
  // reported in); survivors keep their order at the top of the array.
  size_t live = 0;
  Object** objs = all_.data();
  const size_t n = all_.size();
  size_t w = n;
  constexpr size_t kAhead = 8;
  for (size_t i = n; i-- > 0;) {
    if (i >= kAhead) __builtin_prefetch(objs[i - kAhead]);
    Object* o = objs[i];
    if (o->marked) {
      o->marked = false;
      live += o->footprint();
      objs[--w] = o;
    } else if (o->kind == Kind::Str && static_cast<StrObject*>(o)->lends) {
      // A str whose buffer older strs read goes last: a generator freed
      // below may still read one of them (on_free_generator's text).
      lenders_.push_back(o);
    } else {
      if (o->kind == Kind::Generator && on_free_generator) on_free_generator(o);
      delete o;
    }
  }
  for (Object* o : lenders_) delete o;
  lenders_.clear();
  all_.erase(all_.begin(), all_.begin() + static_cast<std::ptrdiff_t>(w));
  live_bytes_ = live;
  objects_ = all_.size();
  allocated_since_gc_ = 0;
  next_collection_ = stress_ ? 1 : live < (size_t{4} << 20) ? (size_t{4} << 20) : live;
  return live;
}

}  // namespace interleave::vm
