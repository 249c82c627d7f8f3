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
//
// asyncio: a task track's TaskState records are its edges (its state), the
// ones that end it are also marks (done / cancelled / failed); its TaskWake
// records are kept apart, with a reverse list on the resolver's track, for
// the flow arrows. Each event loop gets a view of its own: which task runs
// when (edges derived from the tasks' records), its passes with the ready
// and timer counts (range maxima for the step chart), and its tasks.
//
// greenlet: each greenlet gets a view under its thread (from the thread
// track's GreenletName and GreenletSwitch records): its state over time as
// edges (running: the thread's current greenlet; suspended: parked in a
// switch(); none before it starts and after it ends). A thread's main
// greenlet runs from the thread's start. The switches themselves stay on
// the thread's track index, for the arrows between the rows.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "sim/tasks.h"
#include "sim/trace.h"

namespace interleave::ui {

// What an edge makes a row show from its time on; kNone draws nothing
// (an idle core, a free GIL or lock, a finished thread).
constexpr uint32_t kNone = UINT32_MAX;
uint32_t edge_value(const sim::Record& r);  // ThreadState, thread id, TaskState, or kNone
bool is_edge(sim::Ev kind);
bool is_mark(sim::Ev kind);
// A TaskState record that ends its task (done, cancelled, failed).
bool is_task_end(const sim::Record& r);

// Maxima of an append-only sequence over any range in O(log n): level k
// holds the maxima of aligned blocks of 2^k values.
class RangeMax {
 public:
  void push(uint32_t v);
  uint32_t max(size_t begin, size_t end) const;  // 0 for an empty range
  size_t size() const { return levels_.empty() ? 0 : levels_[0].size(); }

 private:
  std::vector<std::vector<uint32_t>> levels_;
};

struct TrackIndex {
  std::vector<uint32_t> edges;  // record indices, in time order
  std::vector<uint64_t> edge_times;  // their times, side by side: searches touch one small array
  std::vector<uint32_t> edge_values;  // edge_value() of each, for summing up folds
  std::vector<uint32_t> marks;
  std::vector<uint64_t> mark_times;
  // asyncio flows: TaskWake records on this task track (it was woken), and
  // the ones whose resolver is this track (it woke someone), in time order.
  std::vector<uint32_t> wakes_in, wakes_out;
  std::vector<uint64_t> wake_in_times, wake_out_times;
  // greenlet: GreenletSwitch records on this thread track, and the views
  // (indices into TraceIndex::greenlets()) of its greenlets, by number.
  std::vector<uint32_t> switches;
  std::vector<uint64_t> switch_times;
  std::vector<uint32_t> greenlets;
};

// A greenlet's edge values.
constexpr uint32_t kGreenletRunning = 0, kGreenletSuspended = 1;

// A greenlet as the trace tells it: a row under its thread.
struct GreenletView {
  uint32_t thread_track = 0;
  uint32_t number = 0;  // creation order in its process (what GreenletSwitch names it by)
  uint32_t name = 0;    // trace string: "test1 (gr1)"; "main" for a main greenlet
  bool main = false;
  TrackIndex states;    // kGreenletRunning / kGreenletSuspended / kNone edges
};

// An event loop as the trace tells it.
struct LoopView {
  uint32_t track = 0;
  int32_t thread = -1;          // the thread running it (from its passes and its tasks' records)
  std::vector<uint32_t> tasks;  // task tracks, in creation order
  // Which task runs when: an edge per step begin (value: the task's track)
  // and end (kNone), drawn like a core's row.
  TrackIndex running;
  std::vector<uint64_t> busy;  // per running edge: ns spent running tasks before it
  std::vector<uint32_t> passes;  // LoopPass records
  std::vector<uint64_t> pass_times;
  RangeMax ready, timers;  // over the passes
};

// A task as the trace tells it (its state at any time: its track's edges).
struct TaskView {
  uint32_t track = 0;
  uint32_t loop = kNone;  // index into TraceIndex::loops()
  uint32_t number = 0;    // creation order, the machine's task number
};

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
  using TrackIndex = ui::TrackIndex;

  // Indexes the records appended since the last call. [tasks] and [loops]
  // (the machine's, tasks.h) say which loop each task belongs to; the rest
  // comes from the trace alone.
  void update(const sim::Trace& trace, const std::vector<sim::TaskInfo>& tasks = {},
              const std::vector<sim::LoopInfo>& loops = {});
  const TrackIndex& track(uint32_t id) const { return tracks_[id]; }
  size_t track_count() const { return tracks_.size(); }
  size_t records_indexed() const { return seen_; }
  const std::vector<LockView>& locks() const { return locks_; }
  const std::vector<LoopView>& loops() const { return loops_; }
  const std::vector<TaskView>& tasks() const { return tasks_; }  // in creation order
  // The task or loop view of [track], or null.
  const TaskView* task_of_track(uint32_t track) const {
    return track < task_of_track_.size() && task_of_track_[track] >= 0 ? &tasks_[task_of_track_[track]] : nullptr;
  }
  const std::vector<GreenletView>& greenlets() const { return greenlets_; }  // in the order the trace names them
  // The view of greenlet [number] of [thread_track], or kNone.
  uint32_t greenlet_of(uint32_t thread_track, uint32_t number) const;
  const LoopView* loop_of_track(uint32_t track) const {
    return track < loop_of_track_.size() && loop_of_track_[track] >= 0 ? &loops_[loop_of_track_[track]] : nullptr;
  }

  // The edge of [track] in effect at [t] (the last one at or before it), as
  // a position in the track's arrays; SIZE_MAX when none is.
  size_t edge_at(const TrackIndex& track, uint64_t t) const;
  // How long [loop] had spent running task steps by [t] (ns): busy time over
  // any stretch in O(log n), however many steps it holds.
  uint64_t busy_until(const LoopView& loop, uint64_t t) const;
  // The last pass of [loop] at or before [t]: a position in its passes, or SIZE_MAX.
  size_t pass_at(const LoopView& loop, uint64_t t) const;
  // Who resolved the future a TaskWake record woke its task with: the
  // resolver's track, checked against the trace (a task resolves only
  // while it runs; otherwise the loop's thread ran the callback that did),
  // or kNone.
  uint32_t wake_resolver(const sim::Trace& trace, uint32_t wake_record) const;

 private:
  void note_lock(const sim::Record& r);
  void note_greenlet(const sim::Record& r, uint32_t index);
  void note_task(const sim::Trace& trace, const sim::Record& r, uint32_t index, const std::vector<sim::TaskInfo>& tasks,
                 const std::vector<sim::LoopInfo>& loops);
  int32_t loop_for_track(uint32_t loop_track);
  void grow(size_t tracks);  // per-track arrays for [tracks] tracks

  const sim::Trace* trace_ = nullptr;
  size_t seen_ = 0;
  std::vector<TrackIndex> tracks_;
  std::vector<LockView> locks_;
  std::vector<int32_t> lock_of_track_;  // track -> index in locks_, -1 for other tracks
  std::vector<LoopView> loops_;
  std::vector<TaskView> tasks_;
  std::vector<int32_t> loop_of_track_, task_of_track_;  // track -> index, -1 for other tracks
  std::vector<GreenletView> greenlets_;
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
  uint32_t first = 0;  // the position of its (first) edge in the track's arrays
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
void collect_spans(const TrackIndex& track, uint64_t t0, uint64_t t1, uint64_t end, uint64_t min_ns,
                   uint64_t max_fold_ns, std::vector<SpanItem>* out);
// Marks in [t0, t1), at most one per [min_ns].
void collect_marks(const TrackIndex& track, uint64_t t0, uint64_t t1, uint64_t min_ns,
                   std::vector<MarkItem>* out);

// The first position at or after [from] in [times] whose time is >= [t]
// (> [t] when [after]), galloping forward from [from].
size_t seek(const std::vector<uint64_t>& times, size_t from, uint64_t t, bool after);

}  // namespace interleave::ui
