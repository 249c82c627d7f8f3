// The timeline: what the simulated machine did, over simulated time, in the
// style of Tracy and Perfetto. One row per core (which thread it runs), one
// per process GIL (who holds it; drop requests as ticks), one per thread
// (its state: running, ready, waiting for the GIL, waiting for a GIL switch,
// blocked with a reason; its output lines as ticks), one per lock a learner
// can see (who holds it; waits as ticks).
//
// It reads only the trace (through TraceIndex) and the run's clock. The
// wheel zooms around the cursor, dragging pans, "fit all" shows the whole
// run; while the program runs the view follows its end, and a line marks
// the current simulated time.
#pragma once

#include <cstdint>
#include <vector>

#include "trace_index.h"

namespace interleave::ui {

class ProgramRun;

class TimelineView {
 public:
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

  // The visible time range, for the page's snapshot and the tests.
  double view_start() const { return t0_; }
  double view_end() const { return t0_ + width_; }
  bool fit() const { return fit_; }
  bool follow() const { return follow_; }
  int rows() const { return rows_; }  // as last drawn
  // The rows [run]'s trace has now (cores while that group is open, GILs,
  // threads, locks shown).
  int count_rows(const ProgramRun& run, const TraceIndex& index) const {
    return static_cast<int>(layout_rows(run, index).size());
  }
  int items_drawn() const { return items_drawn_; }

 private:
  enum class RowKind { Core, Gil, Thread, Lock };
  struct Row {
    RowKind kind;
    uint32_t track;
    float height;
  };
  struct Hover;

  void draw_toolbar();
  void apply_view_mode(uint64_t end, float lane_width);
  void draw_axis(float x0, float y, float lane_width, double ns_per_px);
  void handle_input(float x0, float lane_width, double ns_per_px, uint64_t end);
  void draw_row(const ProgramRun& run, const TraceIndex& index, const Row& row, float x0, float y,
                float lane_width, double ns_per_px, uint64_t end, Hover* hover);
  void draw_tooltip(const ProgramRun& run, const Row& row, const Hover& hover) const;
  std::vector<Row> layout_rows(const ProgramRun& run, const TraceIndex& index) const;

  double t0_ = 0;          // ns at the lane's left edge
  double width_ = 1e6;     // ns across the lane
  bool fit_ = true;        // keep the whole run in view
  bool follow_ = true;     // keep the run's end in view while it runs
  bool cores_open_ = true;
  uint32_t selected_thread_ = 0;
  int64_t clicked_thread_ = -1;
  int rows_ = 0;
  int items_drawn_ = 0;
  // What each row (by track) draws, kept while neither the view nor the
  // trace changes: hovering and idle redraws cost no searching at all.
  struct RowItems {
    double t0 = -1, width = 0;
    float lane_width = 0;
    size_t records = 0;
    uint64_t end = 0;
    std::vector<SpanItem> spans;
    std::vector<MarkItem> marks;
  };
  std::vector<RowItems> row_items_;
};

}  // namespace interleave::ui
