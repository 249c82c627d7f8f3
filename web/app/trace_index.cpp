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
    TrackIndex& t = tracks_[r.track];
    if (is_edge(r.kind)) {
      t.edges.push_back(index);
      t.edge_times.push_back(r.time);
      t.edge_values.push_back(edge_value(r));
    } else if (is_mark(r.kind)) {
      t.marks.push_back(index);
      t.mark_times.push_back(r.time);
    }
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

namespace {

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

// Fills [fold]'s values and shares: what its time went to.
void sum_up_fold(const TraceIndex::TrackIndex& track, SpanItem* fold) {
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

void collect_spans(const TraceIndex::TrackIndex& track, uint64_t t0, uint64_t t1, uint64_t end, uint64_t min_ns,
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
      out->push_back({start, next, track.edges[i], 1});
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

void collect_marks(const TraceIndex::TrackIndex& track, uint64_t t0, uint64_t t1, uint64_t min_ns,
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
