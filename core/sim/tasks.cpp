// The machine's view of asyncio: loops and tasks as trace tracks, and the
// tasks' part of the deadlock report. See tasks.h.
#include "sim/machine.h"

namespace interleave::sim {

const char* task_state_name(TaskState s) {
  switch (s) {
    case TaskState::Ready: return "ready";
    case TaskState::Running: return "running";
    case TaskState::Waiting: return "waiting";
    case TaskState::Done: return "done";
    case TaskState::Cancelled: return "cancelled";
    case TaskState::Failed: return "failed";
  }
  return "?";
}

TaskInfo* Machine::task_of(vm::Object* task) {
  uint32_t* n = task_index_.find(task->serial);
  return n ? &tasks_[*n] : nullptr;
}

void Machine::set_task_state(TaskInfo& t, TaskState s, uint64_t time, uint32_t reason, int32_t thread) {
  t.state = s;
  // The line a task waits at goes just before its Waiting record.
  if (s == TaskState::Waiting && t.line > 0) trace_.add(time, t.track, Ev::TaskLine, static_cast<uint32_t>(t.line));
  trace_.add(time, t.track, Ev::TaskState, static_cast<uint32_t>(s), reason, static_cast<int16_t>(thread));
}

void Machine::asyncio_loop_created(vm::Vm& vm, vm::Object* loop) {
  if (loop_index_.count(loop->serial)) return;
  LoopInfo info;
  info.serial = loop->serial;
  SimThread* t = current(vm);
  info.track = trace_.add_track(TrackKind::Loop, t ? t->proc->pid : main_process().pid,
                                static_cast<int32_t>(loops_.size()), "Event loop " + std::to_string(loops_.size() + 1));
  loop_index_.emplace(loop->serial, static_cast<uint32_t>(loops_.size()));
  loops_.push_back(std::move(info));
}

void Machine::asyncio_loop_running(vm::Vm& vm, vm::Object* loop, bool running) {
  auto it = loop_index_.find(loop->serial);
  if (it == loop_index_.end()) return;
  SimThread* t = current(vm);
  loops_[it->second].thread = running && t ? static_cast<int32_t>(t->id) : -1;
}

void Machine::asyncio_loop_closed(vm::Vm& vm, vm::Object* loop) {
  auto it = loop_index_.find(loop->serial);
  if (it != loop_index_.end()) loops_[it->second].closed = true;
}

void Machine::asyncio_loop_pass(vm::Vm& vm, vm::Object* loop, int64_t ready, int64_t timers) {
  auto it = loop_index_.find(loop->serial);
  if (it == loop_index_.end()) return;
  LoopInfo& l = loops_[it->second];
  ++l.passes;
  SimThread* t = current(vm);
  trace_.add(now_of(vm), l.track, Ev::LoopPass, static_cast<uint32_t>(ready), static_cast<uint32_t>(timers),
             static_cast<int16_t>(t ? t->id : 0));
}

void Machine::asyncio_task_created(vm::Vm& vm, vm::Object* task, vm::Object* loop, std::string name) {
  auto li = loop_index_.find(loop->serial);
  TaskInfo info;
  info.serial = task->serial;
  info.loop = li == loop_index_.end() ? 0 : li->second;
  info.number = static_cast<uint32_t>(tasks_.size());
  SimThread* t = current(vm);
  info.track = trace_.add_track(TrackKind::Task, t ? t->proc->pid : main_process().pid,
                                static_cast<int32_t>(info.number), std::move(name));
  task_index_.set(task->serial, info.number);
  tasks_.push_back(std::move(info));
  set_task_state(tasks_.back(), TaskState::Ready, now_of(vm), 0, t ? static_cast<int32_t>(t->id) : 0);
}

void Machine::asyncio_task_renamed(vm::Vm& vm, vm::Object* task, std::string name) {
  TaskInfo* info = task_of(task);
  if (!info) return;
  trace_.track(info->track).name = std::move(name);
}

void Machine::asyncio_task_step(vm::Vm& vm, vm::Object* task, bool begin) {
  SimThread* t = current(vm);
  if (!begin && t) t->running_task = -1;  // also when the step ended the task
  TaskInfo* info = task_of(task);
  if (!info) return;
  const int32_t thread = t ? static_cast<int32_t>(t->id) : 0;
  const uint64_t time = now_of(vm);
  if (begin) {
    info->parked = false;
    if (t) t->running_task = static_cast<int32_t>(info->number);
    set_task_state(*info, TaskState::Running, time, 0, thread);
    return;
  }
  if (info->state != TaskState::Running) return;  // it ended (task_done recorded the end)
  if (info->parked)
    set_task_state(*info, TaskState::Waiting, time, info->waiting, thread);
  else
    set_task_state(*info, TaskState::Ready, time, 0, thread);  // sleep(0), or an error scheduled for its next step
}

void Machine::asyncio_task_waits(vm::Vm& vm, vm::Object* task, vm::Object* future, std::string_view what, int line) {
  TaskInfo* info = task_of(task);
  if (!info) return;
  info->parked = true;
  info->waiting = trace_.str(what);
  info->line = line;
  info->future = future->serial;
  uint32_t node;
  if (free_waiter_nodes_) {
    node = free_waiter_nodes_ - 1;
    free_waiter_nodes_ = waiter_nodes_[node].next;
  } else {
    node = static_cast<uint32_t>(waiter_nodes_.size());
    waiter_nodes_.push_back({});
  }
  waiter_nodes_[node] = WaiterNode{info->number, 0};
  uint32_t* head = future_waiters_.find(future->serial);
  if (!head) {
    future_waiters_.set(future->serial, node + 1);
  } else {  // after the others: they wake in the order they began to wait
    uint32_t last = *head - 1;
    while (waiter_nodes_[last].next) last = waiter_nodes_[last].next - 1;
    waiter_nodes_[last].next = node + 1;
  }
}

void Machine::asyncio_task_done(vm::Vm& vm, vm::Object* task, TaskState state) {
  TaskInfo* info = task_of(task);
  if (!info) return;
  SimThread* t = current(vm);
  info->parked = false;
  info->waiting = 0;
  set_task_state(*info, state, now_of(vm), 0, t ? static_cast<int32_t>(t->id) : 0);
  task_index_.erase(task->serial);  // the serial may be reused by a later object
}

void Machine::asyncio_future_done(vm::Vm& vm, vm::Object* future) {
  uint32_t* head = future_waiters_.find(future->serial);
  if (!head) return;
  const uint32_t first = *head;
  future_waiters_.erase(future->serial);
  SimThread* t = current(vm);
  const int32_t thread = t ? static_cast<int32_t>(t->id) : 0;
  const uint64_t time = now_of(vm);
  // Who resolved it: the task whose step runs now, else the thread (a timer
  // or I/O callback of the loop, or another thread).
  uint32_t resolver = 0;
  if (t && t->running_task >= 0)
    resolver = tasks_[static_cast<size_t>(t->running_task)].track + 1;
  else if (t)
    resolver = t->track + 1;
  for (uint32_t node = first; node;) {
    const uint32_t n = waiter_nodes_[node - 1].task;
    const uint32_t next = waiter_nodes_[node - 1].next;
    waiter_nodes_[node - 1].next = free_waiter_nodes_;
    free_waiter_nodes_ = node;
    node = next;
    TaskInfo& w = tasks_[n];
    if (w.state != TaskState::Waiting || w.future != future->serial) continue;
    w.future = 0;
    trace_.add(time, w.track, Ev::TaskWake, resolver);
    set_task_state(w, TaskState::Ready, time, 0, thread);
  }
}

std::string Machine::describe_tasks(const SimThread& loop_thread) const {
  std::string out;
  for (const LoopInfo& l : loops_) {
    if (l.thread != static_cast<int32_t>(loop_thread.id) || l.closed) continue;
    for (const TaskInfo& t : tasks_) {
      if (t.loop != static_cast<uint32_t>(&l - loops_.data())) continue;
      if (t.state != TaskState::Waiting && t.state != TaskState::Ready) continue;
      std::string line = "    task " + trace_.tracks()[t.track].name;
      if (t.line) line += " (line " + std::to_string(t.line) + ")";
      if (t.state == TaskState::Waiting)
        line += " waits for " + (t.waiting == 0 ? std::string("a future") : trace_.text(t.waiting)) +
                ", which nothing will complete";
      else
        line += " is ready";
      out += line + "\n";
    }
  }
  return out;
}

}  // namespace interleave::sim
