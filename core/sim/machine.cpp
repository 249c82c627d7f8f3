#include "sim/machine.h"

#include <algorithm>
#include <cstdio>

#include "sim/costs.h"
#include "vm/types.h"

namespace interleave::sim {

namespace {

constexpr int32_t kFirstPid = 4242;
constexpr uint64_t kNever = UINT64_MAX;
// Creating an OS thread costs the creator this much CPU (pthread_create).
constexpr uint64_t kThreadCreateCost = 15'000;

std::string seconds_text(uint64_t ns) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.6f", static_cast<double>(ns) / 1e9);
  std::string s = buf;
  while (s.size() > 3 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  return s + " s";
}

}  // namespace

Machine::Machine(Config config) : config_(config), rng_state_(config.seed * 0x9E3779B97F4A7C15ULL + 0x1234567) {
  trace_.set_limit(config_.max_trace_records);
  cores_.resize(static_cast<size_t>(config_.cores));
  for (int i = 0; i < config_.cores; ++i)
    cores_[i].track = trace_.add_track(TrackKind::Core, 0, i, "CPU " + std::to_string(i));
  // The network arms its events (a connection made, an answer arriving) in the machine's queue.
  network_ = std::make_unique<Network>(config_.net, config_.seed, [this](uint64_t time, uint64_t id) {
    events_.push(Event{time, event_seq_++, EventKind::Net, 0, 0, id});
    if (time < slice_bound_) poke(time);
  });
}

Machine::~Machine() = default;

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

bool Machine::load(std::string_view source, std::string_view filename) {
  auto proc = std::make_unique<Process>();
  proc->pid = kFirstPid + static_cast<int32_t>(processes_.size());
  proc->vm = std::make_unique<vm::Vm>();
  vm::Vm& vm = *proc->vm;
  vm.machine = this;
  vm.seed = config_.seed;
  vm.switch_points = config_.switch_points;
  if (config_.heap_limit) vm.heap.limit = config_.heap_limit;
  vm.argv = config_.argv;
  set_cpython_costs(vm.op_cost_ns);
  vm.heap.set_stress(config_.gc_stress);
  Process* p = proc.get();
  vm.on_output = [this, p](bool is_err, std::string_view text) {
    vm::Vm& v = *p->vm;
    if (v.thread && v.thread->sim_id >= 0) {
      SimThread* t = threads_[static_cast<size_t>(v.thread->sim_id)].get();
      trace_.add(local_time(*t), t->track, Ev::Output, is_err ? 1 : 0, trace_.str(text));
      if (text.find('\n') != std::string_view::npos && config_.write_ns) {
        t->io_pending_ns += config_.write_ns;
        t->io_to_stderr = is_err;
        poke(0);
      }
    }
    if (on_output) on_output(is_err, text);
  };
  proc->gil.enabled = config_.gil;
  proc->gil.track = trace_.add_track(TrackKind::Gil, proc->pid, 0, "GIL");
  processes_.push_back(std::move(proc));

  filename_ = std::string(filename);
  vm::FunctionObject* fn = vm::compile_main(vm, source, filename, &result_);
  if (!fn) {
    finished_ = true;
    return false;
  }
  auto t = std::make_unique<SimThread>();
  t->id = static_cast<uint32_t>(threads_.size());
  t->name = "MainThread";
  t->is_main = true;
  t->proc = p;
  t->native_id = p->pid;
  t->ident = 140'245'000'000'000 + 4096;
  t->vt = vm.new_thread(vm::Value::object(fn), {});
  t->vt->sim_id = static_cast<int32_t>(t->id);
  vm.main_thread = t->vt;
  vm.thread = t->vt;
  t->track = trace_.add_track(TrackKind::Thread, p->pid, t->native_id, t->name);
  trace_.bind_thread(t->id, t->track);
  p->main = t.get();
  SimThread* raw = t.get();
  by_ident_[raw->ident] = raw;
  threads_.push_back(std::move(t));
  next_native_id_ = p->pid + 1;
  set_state(raw, ThreadState::New, 0);
  make_ready(raw, 0);
  loaded_ = true;
  return true;
}

// ---------------------------------------------------------------------------
// Bookkeeping
// ---------------------------------------------------------------------------

uint64_t Machine::local_time(const SimThread& t) const {
  if (t.state == ThreadState::Running && t.vt) return t.stint_time + (t.vt->clock_ns - t.stint_clock);
  return now_;
}

SimThread* Machine::current(vm::Vm& vm) const {
  if (!vm.thread || vm.thread->sim_id < 0) return nullptr;
  return threads_[static_cast<size_t>(vm.thread->sim_id)].get();
}

uint64_t Machine::now_of(vm::Vm& vm) const {
  SimThread* t = current(vm);
  return t ? local_time(*t) : now_;
}

void Machine::greenlet_switch(vm::Vm& vm, uint32_t from, uint32_t to, int line, uint8_t flags) {
  const auto c = static_cast<int16_t>(line > 0 && line <= INT16_MAX ? line : 0);
  if (SimThread* t = current(vm)) trace_.add(local_time(*t), t->track, Ev::GreenletSwitch, from, to, c, flags);
}

void Machine::greenlet_name(vm::Vm& vm, uint32_t number, const std::string& name, bool main) {
  if (SimThread* t = current(vm))
    trace_.add(local_time(*t), t->track, Ev::GreenletName, number, trace_.str(name), main ? 1 : 0);
}

SimThread* Machine::thread_by_ident(int64_t ident) const {
  auto it = by_ident_.find(ident);
  return it == by_ident_.end() ? nullptr : it->second;
}

void Machine::rename(SimThread* t, std::string name) {
  t->name = name;
  trace_.track(t->track).name = name;
  trace_.add(local_time(*t), t->track, Ev::Name, 0, trace_.str(name));
}

void Machine::set_state(SimThread* t, ThreadState s, uint64_t time, std::string_view reason) {
  t->state = s;
  trace_.add(time, t->track, Ev::State, static_cast<uint32_t>(s), trace_.str(reason), static_cast<int16_t>(t->core));
}

void Machine::schedule(uint64_t time, EventKind kind, SimThread* t, uint64_t data) {
  events_.push(Event{time, event_seq_++, kind, t->id, t->wait_seq, data});
  if (time < slice_bound_) poke(time);
}

void Machine::poke(uint64_t) {
  if (in_run_ && in_run_->vt) in_run_->vt->eval_breaker |= 1;
}

void Machine::make_ready(SimThread* t, uint64_t time) {
  // A waiter woken by a release shows what it will retry: "b.acquire()".
  set_state(t, ThreadState::Ready, time, t->lock_retry ? std::string_view(t->wait_reason) : std::string_view());
  t->ready_at = time;
  ready_.push_back(t);
  poke(time);
}

void Machine::leave_core(SimThread* t, uint64_t time) {
  if (t->core < 0) return;
  Core& c = cores_[static_cast<size_t>(t->core)];
  if (time > c.busy_since) c.busy_ns += time - c.busy_since;
  if (time > t->stint_time) t->cpu_ns += time - t->stint_time;
  c.running = nullptr;
  c.free_at = time;
  trace_.add(time, c.track, Ev::CoreRun, 0);
  t->core = -1;
}

bool Machine::traced_lock(vm::Vm& vm, vm::OpaqueObject* lock) {
  return lock->values.empty() || lock->values[0] == vm.None;
}

LockWaiters& Machine::lock_waiters(vm::Object* lock) {
  auto it = locks_.find(lock->serial);
  if (it == locks_.end()) it = locks_.emplace(lock->serial, LockWaiters{}).first;
  return it->second;
}

// ---------------------------------------------------------------------------
// The OS scheduler
// ---------------------------------------------------------------------------

void Machine::dispatch() {
  for (size_t ci = 0; ci < cores_.size() && !ready_.empty(); ++ci) {
    Core& c = cores_[ci];
    while (!c.running && !ready_.empty()) {
      SimThread* t = ready_.front();
      ready_.pop_front();
      const uint64_t time = std::max(c.free_at, t->ready_at);
      const bool switched = c.last != t;
      const uint64_t start = time + (switched ? config_.context_switch_ns : 0);
      if (switched && c.last) ++context_switches_;
      c.running = t;
      c.last = t;
      c.busy_since = time;
      t->core = static_cast<int>(ci);
      t->stint_time = start;
      t->stint_clock = t->vt->clock_ns;
      t->quantum_start = start;
      ++t->switches;
      trace_.add(time, c.track, Ev::CoreRun, t->id + 1);
      set_state(t, ThreadState::Running, start);
      t->entry_pending = true;
    }
  }
}

void Machine::enter(SimThread* t, uint64_t start) {
  t->entry_pending = false;
  // Woken by a release, the waiter still has to win the lock (another
  // thread may have taken it meanwhile: locks are not fair).
  if (t->lock_retry) {
    auto* lock = static_cast<vm::OpaqueObject*>(t->wait_obj);
    if (!lock->a) {
      lock->a = 1;
      lock->b = t->id + 1;
      lock->c = 1;
      t->lock_retry = false;
      t->wait = WaitKind::None;
      t->wait_obj = nullptr;
      vm::Vm& vm = *t->proc->vm;
      if (traced_lock(vm, lock)) trace_.lock_acquired(start, lock_track(vm, lock, t->proc), t->id);
      auto it = locks_.find(lock->serial);
      if (it != locks_.end() && it->second.waiters.empty()) locks_.erase(it);
      t->proc->vm->complete_blocked(t->vt, t->proc->vm->True);
    } else {
      LockWaiters& lw = lock_waiters(lock);
      lw.waiters.push_back(t);
      t->lock_retry = false;
      ++t->wait_seq;
      if (t->wait_deadline != kNever) schedule(t->wait_deadline, EventKind::Wake, t);
      leave_core(t, start);
      set_state(t, ThreadState::Blocked, start, t->wait_reason);
      return;
    }
  }
  if (!try_take_gil(t, start)) wait_gil(t, start);
}


// ---------------------------------------------------------------------------
// The GIL
// ---------------------------------------------------------------------------

bool Machine::try_take_gil(SimThread* t, uint64_t time) {
  Gil& g = t->proc->gil;
  if (!g.enabled || t->holds_gil) return true;
  if (g.holder) return false;
  g.holder = t;
  t->holds_gil = true;
  if (g.last_holder != t) ++g.switch_number;
  g.last_holder = t;
  g.drop_request = false;
  t->vt->eval_breaker = 0;
  if (t->gil_wait_start != kNever) {
    t->gil_wait_ns += time - t->gil_wait_start;
    t->gil_wait_start = kNever;
  }
  trace_.add(time, g.track, Ev::GilTake, t->id);
  // Forced switching: whoever dropped on request may now go on.
  if (!g.switch_waiters.empty()) {
    std::vector<SimThread*> keep;
    for (SimThread* w : g.switch_waiters) {
      if (w == t) continue;
      make_ready(w, time);
    }
    g.switch_waiters.clear();
  }
  return true;
}

void Machine::wait_gil(SimThread* t, uint64_t time) {
  Gil& g = t->proc->gil;
  leave_core(t, time);
  if (t->gil_wait_start == kNever) t->gil_wait_start = time;
  set_state(t, ThreadState::WaitGil, time);
  g.waiters.push_back(t);
  ++t->wait_seq;
  schedule(time + gil_wait_interval(), EventKind::GilTimeout, t, g.switch_number);
}

void Machine::drop_gil(SimThread* t, uint64_t time, bool forced) {
  Gil& g = t->proc->gil;
  if (!g.enabled || !t->holds_gil) return;
  g.holder = nullptr;
  t->holds_gil = false;
  trace_.add(time, g.track, Ev::GilDrop, t->id, 0, forced ? 1 : 0);
  if (!g.waiters.empty()) {
    // Signal one waiter; it still has to take the GIL when it runs.
    SimThread* w = g.waiters.front();
    g.waiters.pop_front();
    ++w->wait_seq;
    make_ready(w, time);
  }
  if (forced) g.drop_request = false;
}

// ---------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------

bool Machine::step(int64_t budget) {
  if (!loaded_ || finished_) return false;
  if (!max_cost_) {
    const vm::Vm& vm = *processes_.front()->vm;
    for (uint32_t c : vm.op_cost_ns) max_cost_ = std::max<uint64_t>(max_cost_, c);
    min_cost_ = max_cost_;
    for (uint32_t c : vm.op_cost_ns)
      if (c) min_cost_ = std::min<uint64_t>(min_cost_, c);
    if (!max_cost_) max_cost_ = 1;
  }
  while (!finished_ && budget > 0) {
    dispatch();
    if (pending_.thread) {
      Pending p = pending_;
      pending_.thread = nullptr;
      if (p.thread->state == ThreadState::Running) {
        run_slice(p.thread, p.bound, p.parallel, p.remaining, &budget);
        continue;
      }
    }
    // The running thread furthest behind goes next.
    SimThread* best = nullptr;
    uint64_t best_time = kNever, second = kNever;
    for (Core& c : cores_) {
      if (!c.running) continue;
      uint64_t lt = local_time(*c.running);
      if (lt < best_time) {
        second = best_time;
        best_time = lt;
        best = c.running;
      } else if (lt < second) {
        second = lt;
      }
    }
    const uint64_t next_event = events_.empty() ? kNever : events_.top().time;
    if (!best || next_event <= best_time) {
      if (events_.empty()) {
        deadlock(now_);
        break;
      }
      if (config_.max_time_ns && next_event > config_.max_time_ns) {
        now_ = config_.max_time_ns;
        stop_with_limit("interleave: stopped at the simulated time limit of " + seconds_text(config_.max_time_ns) +
                        " (--max-time)");
        break;
      }
      Event e = events_.top();
      events_.pop();
      now_ = std::max(now_, e.time);
      handle(e);
      continue;
    }
    now_ = std::max(now_, best_time);
    if (best->entry_pending) {
      enter(best, best_time);
      continue;
    }
    if (config_.max_time_ns && best_time >= config_.max_time_ns) {
      stop_with_limit("interleave: stopped at the simulated time limit of " + seconds_text(config_.max_time_ns) +
                      " (--max-time)");
      break;
    }
    // OS preemption: a thread that used its quantum yields the core to a
    // ready thread (keeping the GIL if it holds it).
    uint64_t quantum_end = kNever;
    if (!ready_.empty()) {
      quantum_end = best->quantum_start + config_.quantum_ns;
      if (best_time >= quantum_end) {
        leave_core(best, best_time);
        make_ready(best, best_time);
        continue;
      }
    }
    uint64_t bound = std::min({next_event, second, quantum_end});
    if (config_.max_time_ns) bound = std::min(bound, config_.max_time_ns);
    run_slice(best, bound, second != kNever, -1, &budget);
  }
  return !finished_;
}

uint64_t Machine::next_random() {
  uint64_t z = (rng_state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

void Machine::run_slice(SimThread* t, uint64_t bound, bool parallel, int64_t instructions, int64_t* budget) {
  const uint64_t start = local_time(*t);
  int64_t planned = instructions;
  if (planned < 0) {
    planned = bound > start ? static_cast<int64_t>((bound - start) / max_cost_) : 0;
    planned = std::max<int64_t>(planned, 1);
  }
  int64_t n = std::min(planned, *budget);
  if (config_.max_steps >= 0) {
    int64_t left = config_.max_steps - static_cast<int64_t>(steps_);
    if (left <= 0) {
      stop_with_limit("interleave: stopped after " + std::to_string(config_.max_steps) + " steps (--max-steps)");
      return;
    }
    n = std::min(n, left);
  }
  vm::Vm& vm = *t->proc->vm;
  const uint64_t before = t->vt->steps;
  in_run_ = t;
  slice_bound_ = bound;
  vm::StopReason r = vm.run(t->vt, n);
  in_run_ = nullptr;
  slice_bound_ = 0;
  const uint64_t done = t->vt->steps - before;
  steps_ += done;
  *budget -= static_cast<int64_t>(std::max<uint64_t>(done, 1));
  const bool cut_short = r == vm::StopReason::BudgetSpent && static_cast<int64_t>(done) < planned;
  if (cut_short && !t->io_pending_ns) {
    pending_ = Pending{t, bound, parallel, planned - static_cast<int64_t>(done)};
    return;
  }
  // Threads running side by side on real cores drift apart (cache misses,
  // pipeline stalls): without that drift two identical loops would run in
  // lockstep and either always or never race. A seeded stall after each
  // slice breaks the lockstep, the same way in every run with this seed.
  if (parallel && t->state == ThreadState::Running) {
    uint64_t rnd = next_random();
    if ((rnd & 63) == 0) t->stint_time += (rnd >> 8) % (8 * min_cost_);
  }

  after_run(t, r);
}

uint64_t Machine::wake_time(uint64_t deadline) {
  uint64_t slack = config_.timer_slack_ns ? next_random() % (config_.timer_slack_ns + 1) : 0;
  return deadline + slack + config_.wake_latency_ns;
}

bool Machine::start_io(SimThread* t, uint64_t time) {
  if (!t->io_pending_ns) return false;
  const uint64_t ns = t->io_pending_ns;
  t->io_pending_ns = 0;
  leave_core(t, time);
  if (t->holds_gil) drop_gil(t, time, false);
  t->wait = WaitKind::Io;
  t->wait_reason = t->io_to_stderr ? "sys.stderr.write()" : "sys.stdout.write()";
  ++t->wait_seq;
  set_state(t, ThreadState::Blocked, time, t->wait_reason);
  schedule(time + ns, EventKind::Wake, t);
  return true;
}

void Machine::after_run(SimThread* t, vm::StopReason r) {
  const uint64_t time = local_time(*t);
  if (r == vm::StopReason::BudgetSpent || r == vm::StopReason::SwitchRequested) {
    if (t->io_pending_ns) {
      t->vt->eval_breaker = 0;
      // A drop request is answered by the write's own release of the GIL.
      start_io(t, time);
      return;
    }
  } else {
    t->io_pending_ns = 0;  // the thread blocks or ends anyway
  }
  switch (r) {
    case vm::StopReason::BudgetSpent:
      return;
    case vm::StopReason::SwitchRequested: {
      t->vt->eval_breaker = 0;
      Gil& g = t->proc->gil;
      if (g.enabled && t->holds_gil && g.drop_request) {
        // Forced switching: drop, then wait until another thread has it.
        leave_core(t, time);
        drop_gil(t, time, true);
        if (g.last_holder == t && g.holder != t) {
          g.switch_waiters.push_back(t);
          set_state(t, ThreadState::WaitSwitch, time);
        } else {
          make_ready(t, time);
        }
      }
      return;
    }
    case vm::StopReason::Blocked:
      block(t, time);
      return;
    case vm::StopReason::Finished:
    case vm::StopReason::Raised:
      thread_done(t, time);
      return;
    case vm::StopReason::LimitReached:
      stop_with_limit("interleave: a VM limit stopped the run");
      return;
  }
}

void Machine::block(SimThread* t, uint64_t time) {
  leave_core(t, time);
  if (t->holds_gil) drop_gil(t, time, false);
  if (t->wait == WaitKind::None) {
    // A blocking native that did not say what it waits for: nothing will
    // ever wake it. Report it rather than hang.
    t->wait_reason = t->vt->block_reason.empty() ? "an unknown blocking call" : t->vt->block_reason;
  }
  set_state(t, ThreadState::Blocked, time, t->wait_reason);
}

void Machine::handle(const Event& e) {
  SimThread* t = threads_[e.thread].get();
  switch (e.kind) {
    case EventKind::Start:
      make_ready(t, e.time);
      return;
    case EventKind::Net:
      network_->fire(e.data, e.time);
      net_poll(e.time);
      return;
    case EventKind::GilTimeout: {
      if (t->state != ThreadState::WaitGil || t->wait_seq != e.wait_seq) return;
      Gil& g = t->proc->gil;
      if (g.holder && g.switch_number == e.data) {
        if (!g.drop_request) {
          g.drop_request = true;
          ++g.drop_requests;
          trace_.add(e.time, g.track, Ev::GilDropRequest, t->id, 0, static_cast<int16_t>(g.holder->id));
        }
        g.holder->vt->eval_breaker = 1;
      }
      schedule(e.time + gil_wait_interval(), EventKind::GilTimeout, t, g.switch_number);
      return;
    }
    case EventKind::Wake: {
      if (t->state != ThreadState::Blocked || t->wait_seq != e.wait_seq) return;
      vm::Vm& vm = *t->proc->vm;
      switch (t->wait) {
        case WaitKind::Sleep:
          vm.complete_blocked(t->vt, vm.None);
          break;
        case WaitKind::Io:  // stopped between instructions: nothing to deliver
          break;
        case WaitKind::Lock: {
          auto it = locks_.find(t->wait_obj->serial);
          if (it != locks_.end()) {
            auto& w = it->second.waiters;
            w.erase(std::remove(w.begin(), w.end(), t), w.end());
            auto* lock = static_cast<vm::OpaqueObject*>(t->wait_obj);
            if (traced_lock(vm, lock)) trace_.lock_event(e.time, lock_track(vm, lock, t->proc), Ev::LockTimeout, t->id);
            if (w.empty()) locks_.erase(it);
          }
          vm.complete_blocked(t->vt, vm.False);
          break;
        }
        case WaitKind::Net: {  // select() timed out: nothing is ready
          net_waits_.erase(t->id);
          vm.complete_blocked(t->vt, vm.make_tuple({vm::Value::object(vm.new_list()), vm::Value::object(vm.new_list())}));
          break;
        }
        case WaitKind::Join: {
          auto& j = threads_[t->join_target]->joiners;
          j.erase(std::remove(j.begin(), j.end(), t->id), j.end());
          vm.complete_blocked(t->vt, vm.False);
          break;
        }
        default:
          return;
      }
      t->wait = WaitKind::None;
      t->wait_obj = nullptr;
      make_ready(t, e.time);
      return;
    }
  }
}

void Machine::thread_done(SimThread* t, uint64_t time) {
  Process& p = *t->proc;
  vm::Vm& vm = *p.vm;
  vm.thread = t->vt;
  vm::Value exc = t->vt->exc;
  t->vt->exc = vm::Value();
  if (t->is_main) {
    // After the module's body the main thread runs more calls, each a
    // call like any other (vm::Vm::start_call) that comes back here: the
    // uncaught exception's report, threading's atexit hooks, the report of
    // an error in one of them, and last (finish_program) module cleanup.
    if (t->exit_stage == ExitStage::Body) {
      t->exit_stage = ExitStage::Report;
      if (exc.is_null()) {
        p.result.outcome = vm::Outcome::Finished;
        p.result.exit_code = 0;
      } else {
        vm::exit_status(vm, exc, &p.result);
        vm::start_report(vm, t->vt, exc);
        return;
      }
    }
    if (t->exit_stage == ExitStage::Report) {
      t->exit_stage = ExitStage::Hooks;
      if (start_exit_hooks(t)) return;
    } else if (!exc.is_null()) {
      vm::start_report(vm, t->vt, exc);
      return;
    }
    // Like threading._shutdown(): the main thread waits for every
    // non-daemon thread before the interpreter exits.
    leave_core(t, time);
    if (t->holds_gil) drop_gil(t, time, false);
    t->wait = WaitKind::Shutdown;
    t->wait_reason = "threading._shutdown()";
    set_state(t, ThreadState::Blocked, time, t->wait_reason);
    check_shutdown(time);
    return;
  }
  if (!exc.is_null() && !vm.exception_matches(exc, vm::Value::object(vm.t.SystemExit_))) {
    // CPython's unraisable hook: "Exception ignored in thread started by: <function f at 0x...>".
    vm::start_report(vm, t->vt, exc, "Exception ignored in thread started by", t->vt->started_with);
    return;  // back here when it is printed
  }
  leave_core(t, time);
  if (t->holds_gil) drop_gil(t, time, false);
  set_state(t, ThreadState::Done, time);
  if (!t->daemon) --p.live_non_daemon;
  for (uint32_t j : t->joiners) {
    SimThread* w = threads_[j].get();
    if (w->wait != WaitKind::Join || w->state != ThreadState::Blocked) continue;
    w->wait = WaitKind::None;
    ++w->wait_seq;
    vm.complete_blocked(w->vt, vm.True);
    make_ready(w, time);
  }
  t->joiners.clear();
  // The finished chain is garbage now; the OS thread is gone.
  auto& list = vm.threads;
  auto it = std::find(list.begin(), list.end(), t->vt);
  if (it != list.end()) {
    *it = list.back();
    list.pop_back();
  }
  if (vm.thread == t->vt) vm.thread = p.main && p.main->vt ? p.main->vt : nullptr;
  delete t->vt;
  t->vt = nullptr;
  check_shutdown(time);
}

bool Machine::start_exit_hooks(SimThread* main) {
  vm::Vm& vm = *main->proc->vm;
  vm::Value mod = vm.dict_get_str(vm.modules, vm.intern("threading"));
  if (mod.is_null() || !mod.is_object() || mod.obj()->kind != vm::Kind::Module) return false;
  auto* dict = static_cast<vm::ModuleObject*>(mod.obj())->dict;
  vm::Value hooks = vm.dict_get_str(dict, vm.intern("_threading_atexits"));
  vm::Value run = vm.dict_get_str(dict, vm.intern("_run_atexits"));
  if (hooks.is_null() || run.is_null() || !hooks.is_object() || hooks.obj()->kind != vm::Kind::List ||
      static_cast<vm::ListObject*>(hooks.obj())->items.empty())
    return false;
  vm.start_call(main->vt, run);
  return true;
}

void Machine::check_shutdown(uint64_t time) {
  for (auto& p : processes_) {
    SimThread* m = p->main;
    if (!m || m->wait != WaitKind::Shutdown || p->finished) continue;
    if (p->live_non_daemon <= 0) finish_program(time);
  }
}

void Machine::finish_program(uint64_t time) {
  Process& p = main_process();
  vm::Vm& vm = *p.vm;
  if (!p.finalizing) {
    // Module cleanup: __main__'s suspended generators are closed by a call
    // the main thread runs like any other; when it returns, the main thread
    // is done again and this comes back here. (Daemon threads go on
    // meanwhile: CPython has frozen them by then.)
    p.finalizing = true;
    vm.thread = p.main->vt;
    if ((p.result.outcome == vm::Outcome::Finished || p.result.outcome == vm::Outcome::Exception) &&
        vm::start_main_finalizer(vm, p.main->vt)) {
      p.main->wait = WaitKind::None;
      ++p.main->wait_seq;
      p.main->wait_reason.clear();
      make_ready(p.main, time);
      return;
    }
  }
  p.finished = true;
  set_state(p.main, ThreadState::Done, time);
  // Daemon threads simply stop with the process.
  for (auto& t : threads_) {
    if (t->state == ThreadState::Done) continue;
    leave_core(t.get(), time);
    set_state(t.get(), ThreadState::Done, time, "daemon");
  }
  trace_.flush_locks();
  result_ = p.result;
  result_.steps = steps_;
  result_.clock_ns = time;
  now_ = std::max(now_, time);
  trace_.set_end_time(std::max(trace_.end_time(), time));
  finished_ = true;
}

void Machine::stop_with_limit(std::string message) {
  trace_.flush_locks();
  result_.outcome = vm::Outcome::LimitReached;
  result_.exit_code = 3;
  result_.message = std::move(message);
  result_.steps = steps_;
  result_.clock_ns = now_;
  trace_.set_end_time(std::max(trace_.end_time(), now_));
  finished_ = true;
}

const vm::RunResult& Machine::run() {
  // Steps of 2^18 instructions (what a step does does not depend on its
  // size): Vm::run() is entered again every few milliseconds, and a wasm
  // engine only switches to the optimized code of a function it compiled
  // meanwhile at the function's next call.
  while (step(int64_t{1} << 18)) {
  }
  if (result_.outcome == vm::Outcome::LimitReached && !result_.message.empty())
    main_process().vm->write_out(result_.message + "\n", true);
  return result_;
}

// ---------------------------------------------------------------------------
// Deadlocks
// ---------------------------------------------------------------------------

int Machine::current_line(const SimThread& t) const {
  if (!t.vt) return 0;
  // The learner's line: frames of the built-in Python modules (threading's
  // Condition.wait, queue's get, ...) are skipped.
  for (vm::Frame* f = t.vt->top; f; f = f->back) {
    if (!f->code) continue;
    if (f->code->filename && f->code->filename->text.rfind("<frozen ", 0) == 0 && f->back) continue;
    int32_t pc = f->pc();
    const auto& pos = f->code->positions;
    if (pos.empty()) return 0;
    size_t i = static_cast<size_t>(pc) < pos.size() ? static_cast<size_t>(pc) : pos.size() - 1;
    return pos[i].line;
  }
  return 0;
}

namespace {

// A name a learner recognises for [obj]: a global of __main__ bound to it.
std::string object_name(vm::Vm& vm, vm::Object* obj) {
  if (std::string name = Machine::global_name(vm, obj); !name.empty()) return name;
  char buf[64];
  std::snprintf(buf, sizeof buf, "lock at 0x%llx",
                static_cast<unsigned long long>(vm.serial_id_base + obj->serial * 16));
  return buf;
}

}  // namespace

std::string Machine::global_name(vm::Vm& vm, vm::Object* obj) {
  vm::Value main = vm.dict_get_str(vm.modules, vm.n.__main__);
  if (!main.is_null()) {
    auto* dict = static_cast<vm::ModuleObject*>(main.obj())->dict;
    for (auto& e : dict->entries) {
      if (e.key.is_null() || !vm.is_str(e.key)) continue;
      if (e.value.is_object() && e.value.obj() == obj) return vm.as_str(e.key)->text;
    }
  }
  return "";
}

uint32_t Machine::lock_track(vm::Vm& vm, vm::OpaqueObject* lock, Process* proc) {
  auto it = lock_tracks_.find(lock->serial);
  if (it != lock_tracks_.end()) return it->second;
  uint32_t track = trace_.add_track(TrackKind::Lock, proc->pid, static_cast<int32_t>(lock_tracks_.size()),
                                    "Lock " + object_name(vm, lock));
  lock_tracks_.emplace(lock->serial, track);
  return track;
}

std::string Machine::describe_wait(const SimThread& t) const {
  std::string who = t.name;
  int line = current_line(t);
  if (line) who += " (line " + std::to_string(line) + ")";
  vm::Vm& vm = *t.proc->vm;
  switch (t.wait) {
    case WaitKind::Lock: {
      auto* lock = static_cast<vm::OpaqueObject*>(t.wait_obj);
      if (!lock->values.empty() && lock->values[0] != vm.None && vm.is_str(lock->values[0])) {
        const std::string& label = vm.as_str(lock->values[0])->text;
        // A waiter lock is held by the waiter itself until a notify.
        if (!lock->b || static_cast<uint32_t>(lock->b - 1) == t.id)
          return who + " waits in " + label + ", which nothing will notify";
        return who + " waits for " + label + ", held by " + threads_[static_cast<size_t>(lock->b - 1)]->name;
      }
      std::string s = who + " waits for " + object_name(vm, lock);
      if (lock->b) s += ", held by " + threads_[static_cast<size_t>(lock->b - 1)]->name;
      return s;
    }
    case WaitKind::Join:
      return who + " waits in join() for " + threads_[t.join_target]->name;
    case WaitKind::Shutdown:
      return who + " has finished and waits for the non-daemon threads";
    case WaitKind::Net:
      return who + " waits in " + t.wait_reason + " for sockets that nothing will make ready";
    default:
      return who + " is blocked in " + t.wait_reason;
  }
}

void Machine::deadlock(uint64_t time) {
  std::string msg = "interleave: deadlock at " + seconds_text(time) +
                    ": every thread is blocked and nothing can wake any of them.\n";
  // Wait-for edges: a thread waits for the owner of a lock, or for the
  // thread it joins.
  auto waits_for = [](const SimThread& t) -> int64_t {
    if (t.state != ThreadState::Blocked) return -1;
    if (t.wait == WaitKind::Lock) {
      // Condition/Event/Queue waits are on a lock the waiter itself holds:
      // that is waiting for a notify, not a wait-for edge.
      auto* lock = static_cast<vm::OpaqueObject*>(t.wait_obj);
      if (!traced_lock(*t.proc->vm, lock)) return -1;
      return lock->b ? lock->b - 1 : -1;
    }
    if (t.wait == WaitKind::Join) return t.join_target;
    return -1;
  };
  for (const auto& t : threads_)
    if (t->state == ThreadState::Blocked) msg += "  " + describe_wait(*t) + "\n" + describe_tasks(*t);
  // The first cycle, if any.
  for (const auto& t : threads_) {
    std::vector<uint32_t> path;
    int64_t cur = t->id;
    while (cur >= 0 && std::find(path.begin(), path.end(), static_cast<uint32_t>(cur)) == path.end()) {
      path.push_back(static_cast<uint32_t>(cur));
      cur = waits_for(*threads_[static_cast<size_t>(cur)]);
    }
    if (cur < 0) continue;
    auto from = std::find(path.begin(), path.end(), static_cast<uint32_t>(cur));
    std::string cycle;
    for (auto it = from; it != path.end(); ++it) {
      const SimThread& a = *threads_[*it];
      cycle += a.name + " -> ";
      if (a.wait == WaitKind::Lock)
        cycle += object_name(*a.proc->vm, a.wait_obj) + " -> ";
      else
        cycle += "join -> ";
    }
    cycle += threads_[static_cast<size_t>(cur)]->name;
    msg += "  cycle: " + cycle + "\n";
    break;
  }
  while (!msg.empty() && msg.back() == '\n') msg.pop_back();
  now_ = std::max(now_, time);
  stop_with_limit(msg);
}

// ---------------------------------------------------------------------------
// Operations for the modules
// ---------------------------------------------------------------------------

SimThread* Machine::start_thread(vm::Vm& vm, vm::Value callable, std::vector<vm::Value> args, std::string name,
                                 bool daemon) {
  SimThread* creator = current(vm);
  const uint64_t time = creator ? local_time(*creator) : now_;
  auto t = std::make_unique<SimThread>();
  t->id = static_cast<uint32_t>(threads_.size());
  t->name = std::move(name);
  t->daemon = daemon;
  t->proc = creator ? creator->proc : &main_process();
  t->native_id = next_native_id_++;
  t->ident = 140'245'000'000'000 + 4096 + static_cast<int64_t>(t->id) * 8'392'704;
  t->vt = vm.new_thread(callable, std::move(args));
  t->vt->started_with = callable;
  t->vt->sim_id = static_cast<int32_t>(t->id);
  t->track = trace_.add_track(TrackKind::Thread, t->proc->pid, t->native_id, t->name);
  trace_.bind_thread(t->id, t->track);
  SimThread* raw = t.get();
  by_ident_[raw->ident] = raw;
  threads_.push_back(std::move(t));
  set_state(raw, ThreadState::New, time);
  if (!raw->daemon) ++raw->proc->live_non_daemon;
  schedule(time + config_.thread_start_ns, EventKind::Start, raw);
  if (creator) creator->vt->clock_ns += kThreadCreateCost;
  return raw;
}

vm::Status Machine::sleep(vm::Vm& vm, uint64_t ns, vm::Value* out) {
  SimThread* t = current(vm);
  const uint64_t time = local_time(*t);
  t->wait = WaitKind::Sleep;
  ++t->wait_seq;
  char buf[64];
  std::snprintf(buf, sizeof buf, "time.sleep(%g)", static_cast<double>(ns) / 1e9);
  t->wait_reason = buf;
  schedule(ns ? wake_time(time + ns) : time, EventKind::Wake, t);
  *out = vm.None;
  return vm::Status::Block;
}

vm::Status Machine::lock_acquire(vm::Vm& vm, vm::OpaqueObject* lock, bool reentrant, bool blocking,
                                 int64_t timeout_ns, vm::Value* out) {
  SimThread* t = current(vm);
  const uint64_t time = local_time(*t);
  const bool traced = traced_lock(vm, lock);
  if (reentrant && lock->a && lock->b == t->id + 1) {
    ++lock->c;
    *out = vm.True;
    return vm::Status::Ok;
  }
  if (!lock->a) {
    lock->a = 1;
    lock->b = t->id + 1;
    lock->c = 1;
    if (traced) trace_.lock_acquired(time, lock_track(vm, lock, t->proc), t->id);
    *out = vm.True;
    return vm::Status::Ok;
  }
  if (!blocking || timeout_ns == 0) {
    *out = vm.False;
    return vm::Status::Ok;
  }
  LockWaiters& lw = lock_waiters(lock);
  lw.waiters.push_back(t);
  t->wait = WaitKind::Lock;
  t->wait_obj = lock;
  t->vt->block_value = vm::Value::object(lock);  // keeps the lock alive while waited for
  ++t->wait_seq;
  // Reasons are code, readable in any UI language: "Event.wait()",
  // "Queue.mutex.acquire()", "b.acquire()".
  if (!traced && vm.is_str(lock->values[0]))
    t->wait_reason = vm.as_str(lock->values[0])->text + (lock->b - 1 == static_cast<int64_t>(t->id) ? "" : ".acquire()");
  else if (std::string name = object_name(vm, lock); name.rfind("lock at 0x", 0) == 0)
    t->wait_reason = "<" + name + ">.acquire()";
  else
    t->wait_reason = name + ".acquire()";
  t->wait_deadline = timeout_ns > 0 ? wake_time(time + static_cast<uint64_t>(timeout_ns)) : kNever;
  if (t->wait_deadline != kNever) schedule(t->wait_deadline, EventKind::Wake, t);
  if (traced) trace_.lock_event(time, lock_track(vm, lock, t->proc), Ev::LockWait, t->id);
  return vm::Status::Block;
}

vm::Status Machine::lock_release(vm::Vm& vm, vm::OpaqueObject* lock, bool reentrant, vm::Value* out) {
  SimThread* t = current(vm);
  const uint64_t time = local_time(*t);
  if (reentrant) {
    if (!lock->a || lock->b != t->id + 1) return vm.raise(vm.t.RuntimeError_, "cannot release un-acquired lock");
    if (--lock->c > 0) {
      *out = vm.None;
      return vm::Status::Ok;
    }
  } else if (!lock->a) {
    return vm.raise(vm.t.RuntimeError_, "release unlocked lock");
  }
  lock->a = 0;
  lock->b = 0;
  lock->c = 0;
  if (traced_lock(vm, lock)) trace_.lock_released(time, lock_track(vm, lock, t->proc), t->id);
  wake_lock_waiter(lock, time);
  *out = vm.None;
  return vm::Status::Ok;
}

void Machine::wake_lock_waiter(vm::OpaqueObject* lock, uint64_t time) {
  auto it = locks_.find(lock->serial);
  if (it == locks_.end()) return;
  auto& w = it->second.waiters;
  if (w.empty()) {
    locks_.erase(it);
    return;
  }
  SimThread* next = w.front();
  w.pop_front();
  next->lock_retry = true;
  ++next->wait_seq;  // the timeout is re-armed if it loses the race
  make_ready(next, time);
}

vm::Status Machine::join(vm::Vm& vm, SimThread* target, int64_t timeout_ns, vm::Value* out) {
  SimThread* t = current(vm);
  const uint64_t time = local_time(*t);
  if (target->state == ThreadState::Done) {
    *out = vm.True;
    return vm::Status::Ok;
  }
  if (timeout_ns == 0) {
    *out = vm.False;
    return vm::Status::Ok;
  }
  target->joiners.push_back(t->id);
  t->wait = WaitKind::Join;
  t->join_target = target->id;
  t->wait_reason = target->name + ".join()";
  ++t->wait_seq;
  if (timeout_ns > 0) schedule(wake_time(time + static_cast<uint64_t>(timeout_ns)), EventKind::Wake, t);
  return vm::Status::Block;
}

// ---------------------------------------------------------------------------
// The network: select() waits
// ---------------------------------------------------------------------------

bool Machine::net_ready(const SimThread& t, const NetWait& w, vm::Value* out) {
  const int32_t pid = t.proc->pid;
  std::vector<int> r, wr;
  for (int fd : w.r)
    if (network_->readable(pid, fd)) r.push_back(fd);
  for (int fd : w.w)
    if (network_->writable(pid, fd)) wr.push_back(fd);
  if (r.empty() && wr.empty()) return false;
  vm::Vm& vm = *t.proc->vm;
  vm::ListObject* rl = vm.new_list();
  for (int fd : r) rl->items.push_back(vm.make_int(fd));
  vm::ListObject* wl = vm.new_list();
  for (int fd : wr) wl->items.push_back(vm.make_int(fd));
  *out = vm.make_tuple({vm::Value::object(rl), vm::Value::object(wl)});
  return true;
}

void Machine::net_poll(uint64_t time) {
  for (auto it = net_waits_.begin(); it != net_waits_.end();) {
    SimThread* t = threads_[it->first].get();
    vm::Value result;
    if (t->state != ThreadState::Blocked || t->wait != WaitKind::Net || !net_ready(*t, it->second, &result)) {
      ++it;
      continue;
    }
    it = net_waits_.erase(it);
    t->wait = WaitKind::None;
    ++t->wait_seq;  // its timeout is stale now
    t->proc->vm->complete_blocked(t->vt, result);
    make_ready(t, time);
  }
}

void Machine::net_changed(vm::Vm& vm) {
  if (!net_waits_.empty()) net_poll(now_of(vm));
}

vm::Status Machine::net_wait(vm::Vm& vm, std::vector<int> rfds, std::vector<int> wfds, int64_t timeout_ns,
                             std::string reason, vm::Value* out) {
  SimThread* t = current(vm);
  const uint64_t time = local_time(*t);
  t->vt->clock_ns += config_.net.syscall_ns;
  NetWait w{std::move(rfds), std::move(wfds)};
  if (net_ready(*t, w, out)) return vm::Status::Ok;
  if (timeout_ns == 0) {
    *out = vm.make_tuple({vm::Value::object(vm.new_list()), vm::Value::object(vm.new_list())});
    return vm::Status::Ok;
  }
  t->wait = WaitKind::Net;
  ++t->wait_seq;
  t->wait_reason = std::move(reason);
  net_waits_[t->id] = std::move(w);
  if (timeout_ns > 0) schedule(wake_time(time + static_cast<uint64_t>(timeout_ns)), EventKind::Wake, t);
  *out = vm.None;
  return vm::Status::Block;
}

// ---------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------

Stats Machine::stats() const {
  Stats s;
  s.elapsed_ns = finished_ ? result_.clock_ns : now_;
  for (const Core& c : cores_) {
    uint64_t busy = c.busy_ns;
    if (c.running && s.elapsed_ns > c.busy_since) busy += s.elapsed_ns - c.busy_since;
    s.core_busy_ns.push_back(busy);
  }
  for (const auto& p : processes_) {
    s.gil_switches += p->gil.switch_number;
    s.gil_drop_requests += p->gil.drop_requests;
  }
  s.context_switches = context_switches_;
  s.steps = steps_;
  return s;
}

std::string Machine::format_stats() const {
  Stats s = stats();
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "simulated time  %s\ninstructions    %llu\n", seconds_text(s.elapsed_ns).c_str(),
                static_cast<unsigned long long>(s.steps));
  out += buf;
  for (size_t i = 0; i < s.core_busy_ns.size(); ++i) {
    double u = s.elapsed_ns ? 100.0 * static_cast<double>(s.core_busy_ns[i]) / static_cast<double>(s.elapsed_ns) : 0;
    std::snprintf(buf, sizeof buf, "CPU %-2zu          %5.1f%% busy\n", i, u);
    out += buf;
  }
  std::snprintf(buf, sizeof buf,
                "GIL             %s, %llu hand-offs, %llu drop requests\ncontext switches %llu\n",
                config_.gil ? "on" : "off", static_cast<unsigned long long>(s.gil_switches),
                static_cast<unsigned long long>(s.gil_drop_requests),
                static_cast<unsigned long long>(s.context_switches));
  out += buf;
  const Trace& tr = trace_;
  std::snprintf(buf, sizeof buf, "trace           %zu records, %zu tracks, %.1f bytes per record\n", tr.records().size(),
                tr.tracks().size(),
                tr.records().empty() ? 0.0 : static_cast<double>(tr.memory_bytes()) / static_cast<double>(tr.records().size()));
  out += buf;
  if (tr.truncated()) out += "trace           full: nothing recorded after " + seconds_text(tr.truncated_at()) + "\n";
  size_t shown = 0;
  for (const auto& t : threads_) {
    if (++shown > 16) {
      out += "... and " + std::to_string(threads_.size() - 16) + " more threads\n";
      break;
    }
    std::snprintf(buf, sizeof buf, "thread %-22s cpu %s, waited for the GIL %s\n", t->name.c_str(),
                  seconds_text(t->cpu_ns).c_str(), seconds_text(t->gil_wait_ns).c_str());
    out += buf;
  }
  return out;
}

}  // namespace interleave::sim
