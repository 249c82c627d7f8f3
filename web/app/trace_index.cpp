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
      return true;
    default:
      return false;
  }
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
    default: return kNone;
  }
}

void TraceIndex::update(const sim::Trace& trace) {
  trace_ = &trace;
  const std::vector<Record>& records = trace.records();
  if (tracks_.size() < trace.tracks().size()) {
    tracks_.resize(trace.tracks().size());
    lock_of_track_.resize(trace.tracks().size(), -1);
  }
  for (; seen_ < records.size(); ++seen_) {
    const Record& r = records[seen_];
    if (r.track >= tracks_.size()) {  // a track added after the resize above
      tracks_.resize(r.track + 1);
      lock_of_track_.resize(r.track + 1, -1);
    }
    const auto index = static_cast<uint32_t>(seen_);
    if (is_edge(r.kind)) tracks_[r.track].edges.push_back(index);
    else if (is_mark(r.kind)) tracks_[r.track].marks.push_back(index);
    if (r.kind >= Ev::LockAcquire && r.kind <= Ev::LockTimeout) note_lock(r);
  }
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
    case Ev::LockRelease: lock.holder = kNone; break;
    case Ev::LockWait:
      lock.shown = true;
      if (std::find(lock.waiters.begin(), lock.waiters.end(), r.a) == lock.waiters.end())
        lock.waiters.push_back(r.a);
      break;
    case Ev::LockTimeout: forget_waiter(r.a); break;
    default: break;
  }
}

namespace {

// First position in [idx] whose record's time is >= [t].
size_t first_at_or_after(const sim::Trace& trace, std::span<const uint32_t> idx, uint64_t t) {
  const std::vector<Record>& records = trace.records();
  auto it = std::lower_bound(idx.begin(), idx.end(), t,
                             [&records](uint32_t i, uint64_t time) { return records[i].time < time; });
  return static_cast<size_t>(it - idx.begin());
}

// First position whose record's time is > [t].
size_t first_after(const sim::Trace& trace, std::span<const uint32_t> idx, uint64_t t) {
  const std::vector<Record>& records = trace.records();
  auto it = std::upper_bound(idx.begin(), idx.end(), t,
                             [&records](uint64_t time, uint32_t i) { return time < records[i].time; });
  return static_cast<size_t>(it - idx.begin());
}

}  // namespace

int64_t edge_at(const sim::Trace& trace, std::span<const uint32_t> edges, uint64_t time) {
  const size_t k = first_after(trace, edges, time);
  return k == 0 ? -1 : static_cast<int64_t>(edges[k - 1]);
}

void collect_spans(const sim::Trace& trace, std::span<const uint32_t> edges, uint64_t t0, uint64_t t1,
                   uint64_t end, uint64_t min_ns, std::vector<SpanItem>* out) {
  const std::vector<Record>& records = trace.records();
  const size_t n = edges.size();
  if (n == 0) return;
  min_ns = std::max<uint64_t>(min_ns, 1);
  // Start at the edge in effect at t0.
  size_t i = first_after(trace, edges, t0);
  if (i > 0) --i;
  auto time_of = [&](size_t k) { return records[edges[k]].time; };
  while (i < n && time_of(i) < t1) {
    const uint64_t start = time_of(i);
    const uint64_t next = i + 1 < n ? time_of(i + 1) : std::max(end, start);
    if (next - start >= min_ns || i + 1 == n) {
      if (edge_value(records[edges[i]]) != kNone) out->push_back({start, next, edges[i], 1});
      ++i;
      continue;
    }
    // Too narrow to see: fold every edge that starts within min_ns of this
    // one, then go on from the last of them (whose own span may be wide).
    const size_t j = first_at_or_after(trace, edges, start + min_ns);  // > i + 1
    const size_t last = j - 1;
    const uint64_t fold_end = time_of(last);
    if (!out->empty() && out->back().count > 1 && out->back().t1 == start) {
      SpanItem& prev = out->back();  // extend the fold just before
      prev.t1 = fold_end;
      prev.count += static_cast<uint32_t>(last - i);
      const int64_t mid = edge_at(trace, edges, prev.t0 + (prev.t1 - prev.t0) / 2);
      prev.record = mid < 0 ? edges[i] : static_cast<uint32_t>(mid);
    } else {
      const int64_t mid = edge_at(trace, edges, start + (fold_end - start) / 2);
      out->push_back({start, fold_end, mid < 0 ? edges[i] : static_cast<uint32_t>(mid),
                      static_cast<uint32_t>(last - i)});
    }
    i = last;
  }
}

void collect_marks(const sim::Trace& trace, std::span<const uint32_t> marks, uint64_t t0, uint64_t t1,
                   uint64_t min_ns, std::vector<MarkItem>* out) {
  const std::vector<Record>& records = trace.records();
  min_ns = std::max<uint64_t>(min_ns, 1);
  size_t i = first_at_or_after(trace, marks, t0);
  while (i < marks.size() && records[marks[i]].time < t1) {
    const uint64_t time = records[marks[i]].time;
    const size_t j = first_at_or_after(trace, marks, time + min_ns);
    out->push_back({time, marks[i], static_cast<uint32_t>(j - i)});
    i = j;
  }
}

}  // namespace interleave::ui
