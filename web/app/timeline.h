// The timeline: what the simulated machine did, over simulated time, in the
// style of Tracy and Perfetto. One row per core (which thread it runs), one
// per process GIL (who holds it; drop requests as ticks), one per thread
// (its state: running, ready, waiting for the GIL, waiting for a GIL switch,
// blocked with a reason; its output lines as ticks), one per lock a learner
// can see (who holds it; waits as ticks).
//
// asyncio: under the thread that runs it, a row per event loop (which task
// runs when, and a step chart of the ready callbacks and pending timers at
// each pass), then a row per task (ready, running, waiting with what it
// awaits; a mark where it ends). A loop's tasks fold into its row on a
// click; past kTaskRows tasks the rest wait behind a "more" row. Hovering or
// selecting a task draws arrows from whoever resolved its futures to the
// moment it ran again, and from it to the tasks it woke.
//
// greenlet: under the thread, a row per greenlet (named by its run function
// and the global bound to it; "main" for the thread's own code): running
// while it is the thread's current greenlet, suspended while parked in a
// switch() (labelled with the line that switched: "suspended: gr2.switch()").
// Every switch is an arrow at its moment from the greenlet that gave up
// control to the one that took it; where a greenlet's run returned and
// control went back to its parent, the arrow is labelled "end".
//
// It reads only the trace (through TraceIndex) and the run's clock. The
// wheel zooms around the cursor, dragging pans, "fit all" shows the whole
// run; while the program runs the view follows its end, and a line marks
// the current simulated time. A click on the time ruler sets the moment the
// panels show (scrubbing); "back to now" returns them to the live end.
#pragma once

#include <cstdint>
#include <vector>

#include "trace_index.h"

namespace interleave::ui {

class ProgramRun;

class TimelineView {
 public:
  static constexpr int kTaskRows = 24;  // task rows shown per loop before "more"

  // Draws into the current ImGui window, filling what is left of it.
  void draw(const ProgramRun& run, const TraceIndex& index);
  // A new run: show all of it and follow its end again.
  void reset();
  // The thread whose row is drawn highlighted (the one the code view follows).
  void set_selected_thread(uint32_t thread) { selected_thread_ = thread; }
  // A thread whose row was clicked since the last call, or -1.
  int64_t take_clicked_thread() {
    const int64_t t = clicked_thread_;
    clicked_thread_ = -1;
    return t;
  }
  // The selected task (its track, kNone for none): its row is highlighted
  // and its flows drawn.
  void set_selected_task(uint32_t track) { selected_task_ = track; }
  // A task row clicked since the last call (its track), or -1.
  int64_t take_clicked_task() {
    const int64_t t = clicked_task_;
    clicked_task_ = -1;
    return t;
  }

  // The moment the panels show: a scrubbed time, or -1 for the live end.
  int64_t cursor() const { return cursor_; }
  void set_cursor(int64_t ns) { cursor_ = ns; }

  // The visible time range, for the page's snapshot and the tests.
  double view_start() const { return t0_; }
  double view_end() const { return t0_ + width_; }
  bool fit() const { return fit_; }
  bool follow() const { return follow_; }
  int rows() const { return rows_; }  // as last drawn
  // The rows [run]'s trace has now (cores while that group is open, GILs,
  // threads, loops and their tasks as shown, locks shown).
  int count_rows(const ProgramRun& run, const TraceIndex& index) const {
    return static_cast<int>(layout_rows(run, index).size());
  }
  int items_drawn() const { return items_drawn_; }
  int arrows_drawn() const { return arrows_drawn_; }
  // Where things were on screen in the last frame (logical pixels), for the
  // page's snapshot: tests click the ruler and hover rows with these.
  struct Placed {
    const char* kind;  // "core", "gil", "thread", "lock", "loop", "task", "more", "greenlet"
    uint32_t track;    // greenlet: its thread's track
    float top, height;
    uint32_t greenlet = kNone;  // index into TraceIndex::greenlets()
  };
  const std::vector<Placed>& placed_rows() const { return placed_; }
  float lane_x() const { return lane_x_; }
  float lane_width() const { return lane_w_; }
  float ruler_y() const { return ruler_y_; }

 private:
  enum class RowKind { Core, Gil, Thread, Lock, Loop, Task, TasksMore, Greenlet };
  struct Row {
    RowKind kind;
    uint32_t track;   // TasksMore: its loop's track; Greenlet: its thread's track
    float height;
    uint32_t loop = kNone;  // Loop, Task, TasksMore: index into index.loops()
    uint32_t hidden = 0;    // TasksMore: tasks not shown
    uint32_t greenlet = kNone;  // Greenlet: index into index.greenlets()
  };
  struct Hover;

  void draw_toolbar(const ProgramRun& run, const TraceIndex& index);
  void apply_view_mode(uint64_t end, float lane_width);
  void draw_axis(float x0, float y, float lane_width, double ns_per_px);
  void handle_input(float x0, float lane_width, double ns_per_px, uint64_t end);
  void draw_row(const ProgramRun& run, const TraceIndex& index, const Row& row, float x0, float y,
                float lane_width, double ns_per_px, uint64_t end, Hover* hover);
  struct RowItems;
  void fill_loop_chart(const sim::Trace& trace, const LoopView& loop, float lane_width, double ns_per_px,
                       RowItems* items) const;
  void draw_loop_chart(const RowItems& items, float x0, float y, float height, float lane_width, Hover* hover);
  void draw_tooltip(const ProgramRun& run, const TraceIndex& index, const Row& row, const Hover& hover) const;
  void draw_flows(const ProgramRun& run, const TraceIndex& index, uint32_t task, float x0, float lane_width,
                  double ns_per_px);
  // The greenlet switches in view; sets [hovered] to the switch record under the mouse, if any.
  void draw_switches(const ProgramRun& run, const TraceIndex& index, float x0, float lane_width, double ns_per_px,
                     bool mouse_in_lanes, uint32_t* hovered);
  void draw_switch_tooltip(const ProgramRun& run, const TraceIndex& index, uint32_t record) const;
  std::vector<Row> layout_rows(const ProgramRun& run, const TraceIndex& index) const;

  double t0_ = 0;          // ns at the lane's left edge
  double width_ = 1e6;     // ns across the lane
  bool fit_ = true;        // keep the whole run in view
  bool follow_ = true;     // keep the run's end in view while it runs
  bool cores_open_ = true;
  bool cores_touched_ = false;  // the learner opened or closed the cores group this run
  bool greenlets_seen_ = false;  // the run's first greenlet has folded the cores away
  uint32_t hovered_switch_ = kNone;  // the greenlet switch (record) under the mouse in the last frame
  uint32_t selected_thread_ = 0;
  int64_t clicked_thread_ = -1;
  uint32_t selected_task_ = kNone;
  int64_t clicked_task_ = -1;
  int64_t cursor_ = -1;
  // Per loop (index into index.loops()): folded into its row, or showing all its tasks.
  std::vector<uint8_t> loop_folded_, loop_all_;
  int rows_ = 0;
  int items_drawn_ = 0;
  int arrows_drawn_ = 0;
  // Where each shown row's middle is this frame, by track (-1: not shown);
  // the flows look their ends up here.
  std::vector<float> row_mid_;
  std::vector<float> greenlet_mid_;  // the same for greenlet rows, by index into index.greenlets()
  std::vector<Placed> placed_;
  float lane_x_ = 0, lane_w_ = 0, ruler_y_ = 0;
  // What each row (by track) draws, kept while neither the view nor the
  // trace changes: hovering and idle redraws cost no searching at all.
  struct ChartColumn {
    uint32_t ready = 0, timers = 0;
    bool pass = false;  // a pass began in this column (else the values hold from an earlier one)
    bool live = false;  // the loop was in use here
  };
  struct RowItems {
    double t0 = -1, width = 0;
    float lane_width = 0;
    size_t records = 0;
    uint64_t end = 0;
    std::vector<SpanItem> spans;
    std::vector<MarkItem> marks;
    std::vector<ChartColumn> chart;  // a loop's step chart, one per pixel column
    uint32_t chart_max = 0, chart_max_timers = 0;  // the chart's scales: the most in view
  };
  std::vector<RowItems> row_items_;
  std::vector<RowItems> greenlet_items_;  // greenlet rows share their thread's track: kept apart
};

}  // namespace interleave::ui
