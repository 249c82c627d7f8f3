// Frame and traceback objects: what sys._getframe(), exc.__traceback__,
// tb.tb_frame and f.f_back give a program.
//
// The interpreter's frames are plain memory that returns to a free list
// when a call ends, so a frame's Python object is made only when asked for
// (as CPython 3.11 makes PyFrameObjects lazily over its
// _PyInterpreterFrames). It reads the frame while it runs; when the frame
// ends, release_frame() hands the object a copy of the frame's locals, its
// last instruction and its caller's frame object (CPython's
// take_ownership). An exception that passes through a frame takes the
// frame's object into its traceback entry (PyTraceBack_Here); the
// traceback objects themselves are made when __traceback__ is read, one
// per entry and kept, so `tb is exc.__traceback__` holds and re-raising
// only adds entries on top.
#include "vm/code.h"
#include "vm/types.h"
#include "vm/vm.h"

namespace interleave::vm {

void FrameObject::trace(Tracer& tr) {
  tr.visit(owner);
  tr.visit(code);
  tr.visit(globals);
  tr.visit(locals);
  tr.visit(back);
  for (Value v : saved) tr.visit(v);
}

Frame* Vm::visible_frame(Frame* f) {
  while (f && (!f->code || (f->code->flags & kCodeHiddenFromTracebacks))) f = f->back;
  return f;
}

FrameObject* Vm::frame_object(Frame* f) {
  if (f->obj) return f->obj;
  auto* fo = heap.make<FrameObject>(t.frame, f->code, f->globals);
  fo->live = f;
  fo->locals = f->locals;
  // A frame off the thread's chain lives in its generator's or its parked
  // greenlet's memory: the object keeps that owner alive while it reads it.
  fo->owner = f->gen ? static_cast<Object*>(f->gen) : (thread ? thread->greenlet : nullptr);
  f->obj = fo;
  return fo;
}

void Vm::detach_frame_object(Frame* f) {
  FrameObject* fo = f->obj;
  f->obj = nullptr;
  fo->lasti = f->pc();
  fo->live = nullptr;
  fo->owner = nullptr;
  const CodeObject* c = f->code;
  fo->saved.assign(f->slots, f->slots + c->nlocals() + c->ncells() + c->nfrees());
  if (Frame* b = visible_frame(f->back)) fo->back = frame_object(b);
}

int32_t Vm::frame_lineno(FrameObject* fo) {
  // A frame that has not run yet (a new generator's) is on its def line.
  if (fo->live && fo->live->ip == fo->code->code.data()) return fo->code->firstlineno;
  int32_t pc = fo->live ? fo->live->pc() : fo->lasti;
  if (pc < 0 || static_cast<size_t>(pc) >= fo->code->positions.size()) return fo->code->firstlineno;
  const int32_t line = fo->code->positions[static_cast<size_t>(pc)].line;
  return line > 0 ? line : fo->code->firstlineno;
}

namespace {

// f_locals of a function's frame: a new dict of its bound locals, cells
// and free variables, in CPython's order (a parameter that is also a cell
// keeps its place among the parameters).
Value function_locals(Vm& vm, FrameObject* fo) {
  DictObject* d = vm.new_dict();
  const CodeObject* c = fo->code;
  const Value* slots = fo->live ? fo->live->slots : fo->saved.data();
  if (!fo->live && fo->saved.empty()) return Value::object(d);
  auto cell_value = [&](int k) -> Value {
    Value cell = slots[c->nlocals() + k];
    if (!cell.is_object() || cell.obj()->kind != Kind::Cell) return Value();
    return static_cast<CellObject*>(cell.obj())->value;
  };
  auto cell_index = [&](StrObject* name) {
    for (int k = 0; k < c->ncells(); ++k)
      if (c->cellvars[static_cast<size_t>(k)] == name) return k;
    return -1;
  };
  for (int i = 0; i < c->nlocals(); ++i) {
    StrObject* name = c->varnames[static_cast<size_t>(i)];
    int k = cell_index(name);
    Value v = k >= 0 ? cell_value(k) : slots[i];
    if (k >= 0 && v.is_null()) v = slots[i];  // before MAKE_CELL moved it
    if (!v.is_null()) vm.dict_set_str(d, name, v);
  }
  for (int k = 0; k < c->ncells(); ++k) {
    StrObject* name = c->cellvars[static_cast<size_t>(k)];
    bool param = false;
    for (StrObject* v : c->varnames) param = param || v == name;
    Value v = cell_value(k);
    if (!param && !v.is_null()) vm.dict_set_str(d, name, v);
  }
  for (int k = 0; k < c->nfrees(); ++k) {
    Value v = cell_value(c->ncells() + k);
    if (!v.is_null()) vm.dict_set_str(d, c->freevars[static_cast<size_t>(k)], v);
  }
  return Value::object(d);
}

}  // namespace

Value Vm::frame_attr(FrameObject* fo, std::string_view a) {
  if (a == "f_code") return Value::object(fo->code);
  if (a == "f_lineno") return make_int(frame_lineno(fo));
  if (a == "f_lasti") return make_int(2 * (fo->live ? fo->live->pc() : fo->lasti));
  if (a == "f_globals") return Value::object(fo->globals);
  if (a == "f_builtins") return Value::object(builtins);
  if (a == "f_locals") return fo->locals ? Value::object(fo->locals) : function_locals(*this, fo);
  if (a == "f_trace") return None;
  if (a == "f_back") {
    if (!fo->live) return fo->back ? Value::object(fo->back) : None;
    // A suspended generator's frame has no caller.
    if (fo->live->gen && fo->live->gen->state != GenState::Running) return None;
    Frame* b = visible_frame(fo->live->back);
    return b ? Value::object(frame_object(b)) : None;
  }
  return Value();
}

Value Vm::traceback_attr(TracebackObject* tb, std::string_view a) {
  if (a == "tb_frame") return Value::object(tb->frame);
  if (a == "tb_next") return tb->next ? Value::object(tb->next) : None;
  if (a == "tb_lasti") return make_int(2 * tb->pc);
  if (a == "tb_lineno") {
    const auto& pos = tb->frame->code->positions;
    return make_int(tb->pc >= 0 && static_cast<size_t>(tb->pc) < pos.size() ? pos[static_cast<size_t>(tb->pc)].line
                                                                               : tb->frame->code->firstlineno);
  }
  return Value();
}

Value Vm::traceback_of(ExceptionObject* e) {
  if (e->traceback.empty()) return None;
  // Entries run innermost first; each traceback object's tb_next is the
  // entry made before it.
  TracebackObject* inner = nullptr;
  for (TracebackEntry& te : e->traceback) {
    if (!te.tb) {
      te.tb = heap.make<TracebackObject>(t.traceback, te.frame, te.pc);
      te.tb->next = inner;
    }
    inner = te.tb;
  }
  return Value::object(inner);
}

bool Vm::set_traceback(ExceptionObject* e, Value v) {
  if (v == None) {
    e->traceback.clear();
    return true;
  }
  if (!v.is_object() || v.obj()->kind != Kind::Traceback) {
    raise(t.TypeError_, "__traceback__ must be a traceback or None");
    return false;
  }
  std::vector<TracebackEntry> entries;
  for (auto* tb = static_cast<TracebackObject*>(v.obj()); tb && entries.size() < 100000; tb = tb->next)
    entries.push_back({tb->frame->code, tb->pc, tb->frame, tb});
  e->traceback.assign(entries.rbegin(), entries.rend());
  return true;
}

}  // namespace interleave::vm
