#include "trace_index.h"

#include <algorithm>

namespace interleave::ui {

using sim::Ev;
using sim::Record;

bool is_edge(Ev kind) {
  switch (kind) {
    case Ev::State:
    case Ev::CoreRun:
    case Ev::GilTake:
    case Ev::GilDrop:
    case Ev::LockAcquire:
    case Ev::LockRelease:
    case Ev::TaskState:
      return true;
    default:
      return false;
  }
}

bool is_task_end(const Record& r) {
  return r.kind == Ev::TaskState && r.a >= static_cast<uint32_t>(sim::TaskState::Done);
}

bool is_mark(Ev kind) {
  return kind == Ev::Output || kind == Ev::GilDropRequest || kind == Ev::LockWait || kind == Ev::LockTimeout;
}

uint32_t edge_value(const Record& r) {
  switch (r.kind) {
    case Ev::State: {
      const auto s = static_cast<sim::ThreadState>(r.a);
      return s == sim::ThreadState::Done ? kNone : r.a;
    }
    case Ev::CoreRun: return r.a ? r.a - 1 : kNone;
    case Ev::GilTake:
    case Ev::LockAcquire: return r.a;
    case Ev::TaskState: return is_task_end(r) ? kNone : r.a;
    default: return kNone;
  }
}

void RangeMax::push(uint32_t v) {
  if (levels_.empty()) levels_.emplace_back();
  levels_[0].push_back(v);
  // Each completed pair of blocks makes one block on the level above.
  for (size_t k = 1; levels_[k - 1].size() % 2 == 0; ++k) {
    if (levels_.size() == k) levels_.emplace_back();
    const std::vector<uint32_t>& below = levels_[k - 1];
    levels_[k].push_back(std::max(below[below.size() - 2], below[below.size() - 1]));
  }
}

uint32_t RangeMax::max(size_t begin, size_t end) const {
  uint32_t m = 0;
  end = std::min(end, size());
  for (size_t k = 0; begin < end; ++k) {
    if (begin & 1) m = std::max(m, levels_[k][begin++]);
    if (end & 1) m = std::max(m, levels_[k][--end]);
    begin /= 2;
    end /= 2;
  }
  return m;
}

void TraceIndex::update(const sim::Trace& trace, const std::vector<sim::TaskInfo>& tasks,
                        const std::vector<sim::LoopInfo>& loops) {
  trace_ = &trace;
  const std::vector<Record>& records = trace.records();
  grow(trace.tracks().size());
  for (; seen_ < records.size(); ++seen_) {
    const Record& r = records[seen_];
    grow(r.track + 1);  // a track added after the resize above
    const auto index = static_cast<uint32_t>(seen_);
    TrackIndex& t = tracks_[r.track];
    if (is_edge(r.kind)) {
      t.edges.push_back(index);
      t.edge_times.push_back(r.time);
      t.edge_values.push_back(edge_value(r));
    }
    if (is_mark(r.kind) || is_task_end(r)) {
      t.marks.push_back(index);
      t.mark_times.push_back(r.time);
    }
    if (r.kind >= Ev::LockAcquire && r.kind <= Ev::LockTimeout) note_lock(r);
    if (r.kind >= Ev::TaskState && r.kind <= Ev::LoopPass) note_task(trace, r, index, tasks, loops);
    if (r.kind == Ev::GreenletName || r.kind == Ev::GreenletSwitch ||
        (r.kind == Ev::State && !t.greenlets.empty()))
      note_greenlet(r, index);
  }
}

uint32_t TraceIndex::greenlet_of(uint32_t thread_track, uint32_t number) const {
  if (thread_track >= tracks_.size()) return kNone;
  for (uint32_t g : tracks_[thread_track].greenlets)
    if (greenlets_[g].number == number) return g;
  return kNone;
}

// Replays one greenlet record: a new greenlet's name, a switch (the origin
// is suspended, or ended; the target runs), or its thread's end (which ends
// every greenlet of it).
void TraceIndex::note_greenlet(const Record& r, uint32_t index) {
  TrackIndex& thread = tracks_[r.track];
  auto edge = [&](GreenletView& g, uint64_t time, uint32_t value) {
    TrackIndex& s = g.states;
    if (!s.edge_values.empty() && s.edge_values.back() == value) return;
    s.edges.push_back(index);
    s.edge_times.push_back(time);
    s.edge_values.push_back(value);
  };
  switch (r.kind) {
    case Ev::GreenletName: {
      if (greenlet_of(r.track, r.a) != kNone) break;
      GreenletView g;
      g.thread_track = r.track;
      g.number = r.a;
      g.name = r.b;
      g.main = r.c != 0;
      // The main greenlet is the thread's own code: it has run since the thread did.
      if (g.main) edge(g, thread.edge_times.empty() ? r.time : thread.edge_times.front(), kGreenletRunning);
      const auto id = static_cast<uint32_t>(greenlets_.size());
      greenlets_.push_back(std::move(g));
      // The thread's list stays in creation order.
      auto at = std::upper_bound(thread.greenlets.begin(), thread.greenlets.end(), r.a,
                                 [this](uint32_t number, uint32_t v) { return number < greenlets_[v].number; });
      thread.greenlets.insert(at, id);
      break;
    }
    case Ev::GreenletSwitch: {
      thread.switches.push_back(index);
      thread.switch_times.push_back(r.time);
      const uint32_t from = greenlet_of(r.track, r.a), to = greenlet_of(r.track, r.b);
      if (from != kNone) edge(greenlets_[from], r.time, r.a8 & sim::kGreenletEnded ? kNone : kGreenletSuspended);
      if (to != kNone) edge(greenlets_[to], r.time, kGreenletRunning);
      break;
    }
    case Ev::State:
      if (static_cast<sim::ThreadState>(r.a) == sim::ThreadState::Done)
        for (uint32_t g : thread.greenlets) edge(greenlets_[g], r.time, kNone);
      break;
    default: break;
  }
}

void TraceIndex::grow(size_t tracks) {
  if (tracks_.size() >= tracks) return;
  tracks_.resize(tracks);
  lock_of_track_.resize(tracks, -1);
  loop_of_track_.resize(tracks, -1);
  task_of_track_.resize(tracks, -1);
}

int32_t TraceIndex::loop_for_track(uint32_t loop_track) {
  grow(loop_track + 1);
  int32_t& slot = loop_of_track_[loop_track];
  if (slot < 0) {
    slot = static_cast<int32_t>(loops_.size());
    loops_.emplace_back();
    loops_.back().track = loop_track;
  }
  return slot;
}

// Replays one asyncio record: a task's state (and so which task its loop
// runs), a wake (both ends of the flow), a pass of a loop.
void TraceIndex::note_task(const sim::Trace& trace, const Record& r, uint32_t index,
                           const std::vector<sim::TaskInfo>& tasks, const std::vector<sim::LoopInfo>& loops) {
  switch (r.kind) {
    case Ev::TaskState: {
      int32_t& slot = task_of_track_[r.track];
      if (slot < 0) {
        // A new task: its loop from the machine (the trace does not say).
        slot = static_cast<int32_t>(tasks_.size());
        TaskView task;
        task.track = r.track;
        task.number = static_cast<uint32_t>(trace.tracks()[r.track].tid);
        if (task.number < tasks.size() && tasks[task.number].loop < loops.size()) {
          const int32_t loop = loop_for_track(loops[tasks[task.number].loop].track);
          task.loop = static_cast<uint32_t>(loop);
          loops_[static_cast<size_t>(loop)].tasks.push_back(r.track);
        }
        tasks_.push_back(task);
      }
      const TaskView& task = tasks_[static_cast<size_t>(slot)];
      if (task.loop == kNone) break;
      LoopView& loop = loops_[task.loop];
      if (loop.thread < 0 && r.c >= 0) loop.thread = r.c;
      TrackIndex& run = loop.running;
      const bool running = r.a == static_cast<uint32_t>(sim::TaskState::Running);
      const bool was_running = !run.edge_values.empty() && run.edge_values.back() == r.track;
      if (running || was_running) {
        const size_t n = run.edges.size();
        loop.busy.push_back(n == 0 ? 0
                                   : loop.busy[n - 1] + (run.edge_values[n - 1] != kNone ? r.time - run.edge_times[n - 1] : 0));
        run.edges.push_back(index);
        run.edge_times.push_back(r.time);
        run.edge_values.push_back(running ? r.track : kNone);
      }
      break;
    }
    case Ev::TaskWake: {
      TrackIndex& woken = tracks_[r.track];
      woken.wakes_in.push_back(index);
      woken.wake_in_times.push_back(r.time);
      if (r.a > 0 && r.a - 1 < tracks_.size()) {
        TrackIndex& resolver = tracks_[r.a - 1];
        resolver.wakes_out.push_back(index);
        resolver.wake_out_times.push_back(r.time);
      }
      break;
    }
    case Ev::LoopPass: {
      LoopView& loop = loops_[static_cast<size_t>(loop_for_track(r.track))];
      if (loop.thread < 0 || loop.passes.empty()) loop.thread = r.c;
      loop.passes.push_back(index);
      loop.pass_times.push_back(r.time);
      loop.ready.push(r.a);
      loop.timers.push(r.b);
      break;
    }
    default: break;
  }
}

size_t TraceIndex::edge_at(const TrackIndex& track, uint64_t t) const {
  const size_t i = seek(track.edge_times, 0, t, true);
  return i == 0 ? SIZE_MAX : i - 1;
}

uint64_t TraceIndex::busy_until(const LoopView& loop, uint64_t t) const {
  const TrackIndex& run = loop.running;
  const size_t i = seek(run.edge_times, 0, t, true);
  if (i == 0) return 0;
  const size_t k = i - 1;
  return loop.busy[k] + (run.edge_values[k] != kNone ? t - run.edge_times[k] : 0);
}

size_t TraceIndex::pass_at(const LoopView& loop, uint64_t t) const {
  const size_t i = seek(loop.pass_times, 0, t, true);
  return i == 0 ? SIZE_MAX : i - 1;
}

uint32_t TraceIndex::wake_resolver(const sim::Trace& trace, uint32_t wake_record) const {
  const Record& w = trace.records()[wake_record];
  if (w.a == 0 || w.a - 1 >= tracks_.size()) return kNone;
  const uint32_t resolver = w.a - 1;
  if (trace.tracks()[resolver].kind != sim::TrackKind::Task) return resolver;
  // A task can resolve a future only during one of its steps.
  const TrackIndex& r = tracks_[resolver];
  const size_t at = edge_at(r, w.time);
  if (at != SIZE_MAX && r.edge_values[at] == static_cast<uint32_t>(sim::TaskState::Running)) return resolver;
  // Otherwise a callback of the loop did: the loop's thread, as the woken
  // task's next state record (at the same time) says.
  const TrackIndex& woken = tracks_[w.track];
  const size_t next = seek(woken.edge_times, 0, w.time, false);
  if (next < woken.edges.size()) {
    const Record& s = trace.records()[woken.edges[next]];
    if (s.c >= 0) return trace.thread_track(static_cast<uint32_t>(s.c));
  }
  return kNone;
}

// Replays one lock record: the trace says who took the lock, who started
// waiting and who gave up, which is all the Locks panel shows.
void TraceIndex::note_lock(const Record& r) {
  int32_t& slot = lock_of_track_[r.track];
  if (slot < 0) {
    slot = static_cast<int32_t>(locks_.size());
    locks_.emplace_back();
    locks_.back().track = r.track;
    locks_.back().shown = trace_->tracks()[r.track].name.rfind("Lock lock at 0x", 0) != 0;
  }
  LockView& lock = locks_[static_cast<size_t>(slot)];
  auto forget_waiter = [&lock](uint32_t thread) {
    lock.waiters.erase(std::remove(lock.waiters.begin(), lock.waiters.end(), thread), lock.waiters.end());
  };
  switch (r.kind) {
    case Ev::LockAcquire:
      lock.holder = r.a;
      ++lock.acquisitions;
      forget_waiter(r.a);
      break;
    case Ev::LockRelease:
      // Re-acquisitions by the same thread folded into one held span.
      lock.holder = kNone;
      lock.acquisitions += r.b;
      break;
    case Ev::LockWait:
      lock.shown = true;
      if (std::find(lock.waiters.begin(), lock.waiters.end(), r.a) == lock.waiters.end())
        lock.waiters.push_back(r.a);
      break;
    case Ev::LockTimeout: forget_waiter(r.a); break;
    default: break;
  }
}

// The first position at or after [from] whose time is >= [t] (strictly > [t]
// when [after]). Gallops forward from [from] before the binary search: the
// rows walk their records left to right, so the answer is usually near and
// the probes stay in memory the previous ones touched.
size_t seek(const std::vector<uint64_t>& times, size_t from, uint64_t t, bool after) {
  const size_t n = times.size();
  auto before = [&](size_t k) { return after ? times[k] <= t : times[k] < t; };
  if (from >= n || !before(from)) return from;
  size_t lo = from, step = 1;  // before(lo) holds
  size_t hi = from + 1;
  while (hi < n && before(hi)) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  hi = std::min(hi, n);
  // Now before(lo), and hi == n or !before(hi): binary search in (lo, hi].
  while (hi - lo > 1) {
    const size_t mid = lo + (hi - lo) / 2;
    if (before(mid)) lo = mid;
    else hi = mid;
  }
  return hi;
}

namespace {

// Fills [fold]'s values and shares: what its time went to.
void sum_up_fold(const TrackIndex& track, SpanItem* fold) {
  constexpr int kSlots = 8;
  uint32_t values[kSlots];
  double amounts[kSlots];
  int used = 0;
  auto add = [&](uint32_t value, double amount) {
    for (int k = 0; k < used; ++k)
      if (values[k] == value) {
        amounts[k] += amount;
        return;
      }
    if (used < kSlots) {
      values[used] = value;
      amounts[used++] = amount;
    }
  };
  const std::vector<uint64_t>& times = track.edge_times;
  const size_t first = fold->first;
  const size_t last = first + fold->count;  // the edge that ends the fold
  if (fold->count <= 256) {
    for (size_t k = first; k < last; ++k)
      add(track.edge_values[k], static_cast<double>(times[k + 1] - times[k]));
  } else {
    constexpr int kSamples = 64;
    size_t pos = first;
    const double width = static_cast<double>(fold->t1 - fold->t0);
    for (int j = 0; j < kSamples; ++j) {
      const auto t = fold->t0 + static_cast<uint64_t>(width * (j + 0.5) / kSamples);
      pos = seek(times, pos, t, true);
      add(track.edge_values[pos - 1], 1.0);
    }
  }
  double total = 0;
  for (int k = 0; k < used; ++k) total += amounts[k];
  for (int m = 0; m < SpanItem::kMix; ++m) {
    int best = -1;
    for (int k = 0; k < used; ++k)
      if (amounts[k] > 0 && (best < 0 || amounts[k] > amounts[best])) best = k;
    if (best < 0 || total <= 0) break;
    fold->values[m] = values[best];
    fold->shares[m] = static_cast<float>(amounts[best] / total);
    amounts[best] = 0;
  }
}

}  // namespace

void collect_spans(const TrackIndex& track, uint64_t t0, uint64_t t1, uint64_t end, uint64_t min_ns,
                   uint64_t max_fold_ns, std::vector<SpanItem>* out) {
  const std::vector<uint64_t>& times = track.edge_times;
  const size_t n = times.size();
  if (n == 0) return;
  min_ns = std::max<uint64_t>(min_ns, 1);
  // Start at the edge in effect at t0.
  size_t i = seek(times, 0, t0, true);
  if (i > 0) --i;
  while (i < n && times[i] < t1) {
    const uint64_t start = times[i];
    const uint64_t next = i + 1 < n ? times[i + 1] : std::max(end, start);
    if (next - start >= min_ns || i + 1 == n) {
      SpanItem span{start, next, track.edges[i], 1};
      span.first = static_cast<uint32_t>(i);
      out->push_back(span);
      ++i;
      continue;
    }
    // Too narrow to see: fold every edge that starts within min_ns of this
    // one, then go on from the last of them (whose own span may be wide).
    const size_t last = seek(times, i + 1, start + min_ns, false) - 1;  // > i
    const uint64_t fold_end = times[last];
    SpanItem* prev = out->empty() ? nullptr : &out->back();
    if (prev && prev->count > 1 && prev->t1 == start && fold_end - prev->t0 <= max_fold_ns) {
      prev->t1 = fold_end;  // widen the fold just before
      prev->count += static_cast<uint32_t>(last - i);
    } else {
      SpanItem fold{start, fold_end, track.edges[i], static_cast<uint32_t>(last - i)};
      fold.first = static_cast<uint32_t>(i);
      out->push_back(fold);
    }
    i = last;
  }
  for (SpanItem& s : *out)
    if (s.count > 1) sum_up_fold(track, &s);
}

void collect_marks(const TrackIndex& track, uint64_t t0, uint64_t t1, uint64_t min_ns,
                   std::vector<MarkItem>* out) {
  const std::vector<uint64_t>& times = track.mark_times;
  min_ns = std::max<uint64_t>(min_ns, 1);
  size_t i = seek(times, 0, t0, false);
  while (i < times.size() && times[i] < t1) {
    const size_t j = seek(times, i + 1, times[i] + min_ns, false);
    out->push_back({times[i], track.marks[i], static_cast<uint32_t>(j - i)});
    i = j;
  }
}

}  // namespace interleave::ui
