// The timeline's index over the trace, and what a row draws from it.
//
// A track's records mix two kinds: edges, which end the value shown so far
// and start the next one (a thread's State, a core's CoreRun, the GIL's
// Take/Drop, a lock's Acquire/Release), and marks, points in time drawn as
// small ticks (output lines, GIL drop requests, lock waits). The index keeps
// the two apart per track, so a row binary-searches its spans without
// wading through a million print() calls. It is built incrementally from
// the trace's append-only record list: each frame indexes only what is new.
//
// Deciding what to draw (collect_spans / collect_marks) is separate from
// drawing it (timeline.cpp). Both cull with binary search and fold what is
// narrower than a few pixels into one item, as Tracy and Perfetto do, so a
// row costs O(pixels * log n) however many records it holds.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "sim/trace.h"

namespace interleave::ui {

// What an edge makes a row show from its time on; kNone draws nothing
// (an idle core, a free GIL or lock, a finished thread).
constexpr uint32_t kNone = UINT32_MAX;
uint32_t edge_value(const sim::Record& r);  // ThreadState, thread id, or kNone
bool is_edge(sim::Ev kind);
bool is_mark(sim::Ev kind);

// A user-visible lock as the trace tells it: who holds it, who waits.
struct LockView {
  uint32_t track = 0;
  uint32_t holder = kNone;       // thread id
  std::vector<uint32_t> waiters;  // thread ids, in the order they began to wait
  uint64_t acquisitions = 0;
  // Named locks (bound to a global of __main__) are always shown; an
  // anonymous one ("lock at 0x...": usually threading's own bookkeeping)
  // only once some thread has had to wait for it.
  bool shown = false;
};

class TraceIndex {
 public:
  struct TrackIndex {
    std::vector<uint32_t> edges;  // record indices, in time order
    std::vector<uint64_t> edge_times;  // their times, side by side: searches touch one small array
    std::vector<uint32_t> edge_values;  // edge_value() of each, for summing up folds
    std::vector<uint32_t> marks;
    std::vector<uint64_t> mark_times;
  };

  // Indexes the records appended since the last call.
  void update(const sim::Trace& trace);
  const TrackIndex& track(uint32_t id) const { return tracks_[id]; }
  size_t track_count() const { return tracks_.size(); }
  size_t records_indexed() const { return seen_; }
  const std::vector<LockView>& locks() const { return locks_; }

 private:
  void note_lock(const sim::Record& r);

  const sim::Trace* trace_ = nullptr;
  size_t seen_ = 0;
  std::vector<TrackIndex> tracks_;
  std::vector<LockView> locks_;
  std::vector<int32_t> lock_of_track_;  // track -> index in locks_, -1 for other tracks
};

// One thing a row draws: a span with its edge's value, or a fold of
// [count] edges too close together to tell apart at this zoom. A fold
// says what its time went to: up to three values with their shares, the
// largest first (exactly when it holds few edges, from 64 evenly spaced
// samples otherwise).
struct SpanItem {
  static constexpr int kMix = 3;
  uint64_t t0, t1;
  uint32_t record;  // the edge that starts it (for a fold, the first edge)
  uint32_t count;   // edges in it: 1 for a plain span
  uint32_t first = 0;  // a fold: the position of its first edge in the track's arrays
  uint32_t values[kMix] = {kNone, kNone, kNone};
  float shares[kMix] = {0, 0, 0};
};

struct MarkItem {
  uint64_t time;
  uint32_t record;
  uint32_t count;  // marks within a few pixels of it, drawn as one
};

// Spans of [track]'s edges visible in [t0, t1); the last one ends at [end].
// Spans shorter than [min_ns] are folded with their neighbours into folds
// at most [max_fold_ns] wide: at a far zoom a row becomes a small chart of
// where each few pixels' time went.
void collect_spans(const TraceIndex::TrackIndex& track, uint64_t t0, uint64_t t1, uint64_t end, uint64_t min_ns,
                   uint64_t max_fold_ns, std::vector<SpanItem>* out);
// Marks in [t0, t1), at most one per [min_ns].
void collect_marks(const TraceIndex::TrackIndex& track, uint64_t t0, uint64_t t1, uint64_t min_ns,
                   std::vector<MarkItem>* out);

}  // namespace interleave::ui
