#include "sim/trace.h"

#include <algorithm>

#include "json/json_writer.h"
#include "sim/tasks.h"

namespace interleave::sim {

const char* thread_state_name(ThreadState s) {
  switch (s) {
    case ThreadState::New: return "new";
    case ThreadState::Ready: return "ready";
    case ThreadState::Running: return "running";
    case ThreadState::WaitGil: return "waiting for the GIL";
    case ThreadState::WaitSwitch: return "waiting for a GIL switch";
    case ThreadState::Blocked: return "blocked";
    case ThreadState::Done: return "done";
  }
  return "?";
}

Trace::Trace() { strings_.emplace_back(); }

uint32_t Trace::add_track(TrackKind kind, int32_t pid, int32_t tid, std::string name) {
  tracks_.push_back(Track{kind, pid, tid, std::move(name)});
  per_track_.emplace_back();
  last_time_.push_back(0);
  return static_cast<uint32_t>(tracks_.size() - 1);
}

void Trace::bind_thread(uint32_t thread, uint32_t track) {
  if (thread_tracks_.size() <= thread) thread_tracks_.resize(thread + 1, 0);
  thread_tracks_[thread] = track;
}

uint32_t Trace::str(std::string_view text) {
  if (text.empty()) return 0;
  auto it = string_ids_.find(std::string(text));
  if (it != string_ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(text);
  string_ids_.emplace(strings_.back(), id);
  return id;
}

void Trace::lock_acquired(uint64_t time, uint32_t track, uint32_t thread) {
  if (held_back_.size() <= track) held_back_.resize(track + 1);
  HeldBack& h = held_back_[track];
  // Re-taken by the same thread within 2 us: the span goes on.
  if (h.pending && h.thread == thread && time - h.time < 2000) {
    h.pending = false;
    ++h.folded;
    return;
  }
  if (h.pending) add(h.time, track, Ev::LockRelease, h.thread, h.folded);
  h.pending = false;
  h.folded = 0;
  add(time, track, Ev::LockAcquire, thread);
}

void Trace::lock_released(uint64_t time, uint32_t track, uint32_t thread) {
  if (held_back_.size() <= track) held_back_.resize(track + 1);
  HeldBack& h = held_back_[track];
  if (h.pending) {
    add(h.time, track, Ev::LockRelease, h.thread, h.folded);
    h.folded = 0;
  }
  h.time = time;
  h.thread = thread;
  h.pending = true;
}

void Trace::lock_event(uint64_t time, uint32_t track, Ev kind, uint32_t thread) {
  if (held_back_.size() > track && held_back_[track].pending) {
    HeldBack& h = held_back_[track];
    add(h.time, track, Ev::LockRelease, h.thread, h.folded);
    h.pending = false;
    h.folded = 0;
  }
  add(time, track, kind, thread);
}

void Trace::flush_locks() {
  for (uint32_t t = 0; t < held_back_.size(); ++t) {
    HeldBack& h = held_back_[t];
    if (h.pending) add(h.time, t, Ev::LockRelease, h.thread, h.folded);
    h.pending = false;
    h.folded = 0;
  }
}

void Trace::add(uint64_t time, uint32_t track, Ev kind, uint32_t a, uint32_t b, int16_t c, uint8_t a8) {
  if (records_.size() >= limit_) {
    if (time < truncated_at_) truncated_at_ = time;
    return;
  }
  if (time < last_time_[track]) time = last_time_[track];
  last_time_[track] = time;
  if (time > end_time_) end_time_ = time;
  Record r;
  r.time = time;
  r.track = track;
  r.kind = kind;
  r.a8 = a8;
  r.c = c;
  r.a = a;
  r.b = b;
  per_track_[track].push_back(static_cast<uint32_t>(records_.size()));
  records_.push_back(r);
}

std::span<const uint32_t> Trace::query(uint32_t track, uint64_t t0, uint64_t t1) const {
  const std::vector<uint32_t>& idx = per_track_[track];
  auto time_less = [this](uint32_t i, uint64_t t) { return records_[i].time < t; };
  auto lo = std::lower_bound(idx.begin(), idx.end(), t0, time_less);
  if (lo != idx.begin()) --lo;  // the record in effect at t0
  auto hi = std::lower_bound(lo, idx.end(), t1, time_less);
  return {idx.data() + (lo - idx.begin()), static_cast<size_t>(hi - lo)};
}

size_t Trace::memory_bytes() const {
  size_t n = records_.capacity() * sizeof(Record);
  for (const auto& v : per_track_) n += v.capacity() * sizeof(uint32_t);
  for (const auto& s : strings_) n += s.capacity() + sizeof(std::string);
  return n;
}

namespace {

double us(uint64_t ns) { return static_cast<double>(ns) / 1000.0; }

// Where a track is drawn in Chrome's model: (pid, tid).
struct Row {
  int32_t pid, tid;
};

}  // namespace

std::string Trace::to_chrome_json() const {
  json::Writer w;
  w.begin_object().key("traceEvents").begin_array();
  std::vector<Row> rows(tracks_.size());
  std::vector<int32_t> pids;
  for (size_t i = 0; i < tracks_.size(); ++i) {
    const Track& t = tracks_[i];
    Row r{t.pid, t.tid};
    if (t.kind == TrackKind::Gil) r.tid = 1'000'000 + t.tid;
    if (t.kind == TrackKind::Lock) r.tid = 2'000'000 + t.tid;
    if (t.kind == TrackKind::Loop) r.tid = 3'000'000 + t.tid;
    if (t.kind == TrackKind::Task) r.tid = 4'000'000 + t.tid;
    rows[i] = r;
    if (std::find(pids.begin(), pids.end(), r.pid) == pids.end()) pids.push_back(r.pid);
  }
  for (int32_t pid : pids) {
    w.begin_object().field("ph", "M").field("name", "process_name").field("pid", pid).field("tid", 0);
    w.key("args").begin_object().field("name", pid == 0 ? std::string("Machine (cores)") : "python3 (pid " + std::to_string(pid) + ")").end_object();
    w.end_object();
    w.begin_object().field("ph", "M").field("name", "process_sort_index").field("pid", pid).field("tid", 0);
    w.key("args").begin_object().field("sort_index", pid == 0 ? 0 : pid).end_object().end_object();
  }
  for (size_t i = 0; i < tracks_.size(); ++i) {
    const Track& t = tracks_[i];
    w.begin_object().field("ph", "M").field("name", "thread_name").field("pid", rows[i].pid).field("tid", rows[i].tid);
    w.key("args").begin_object().field("name", t.name).end_object().end_object();
    int sort = t.kind == TrackKind::Gil    ? -2
               : t.kind == TrackKind::Lock ? 1'000'000 + t.tid
               : t.kind == TrackKind::Loop ? 3'000'000 + t.tid
               : t.kind == TrackKind::Task ? 4'000'000 + t.tid
                                           : t.tid;
    w.begin_object().field("ph", "M").field("name", "thread_sort_index").field("pid", rows[i].pid).field("tid", rows[i].tid);
    w.key("args").begin_object().field("sort_index", sort).end_object().end_object();
  }
  auto thread_name = [this](uint32_t thread) -> const std::string& {
    static const std::string unknown = "?";
    if (thread >= thread_tracks_.size()) return unknown;
    return tracks_[thread_tracks_[thread]].name;
  };
  auto slice = [&](size_t track, uint64_t t0, uint64_t t1, const std::string& name, const char* cat) {
    w.begin_object().field("ph", "X").field("name", name).field("cat", cat);
    w.field("pid", rows[track].pid).field("tid", rows[track].tid).field("ts", us(t0)).field("dur", us(t1 - t0));
    w.end_object();
  };
  auto instant = [&](size_t track, uint64_t t, const std::string& name, const char* cat) -> json::Writer& {
    w.begin_object().field("ph", "i").field("s", "t").field("name", name).field("cat", cat);
    w.field("pid", rows[track].pid).field("tid", rows[track].tid).field("ts", us(t));
    return w;
  };
  const uint64_t end = end_time_;
  int64_t flow_id = 0;
  std::unordered_map<uint32_t, std::string> greenlet_names;  // per process, as numbered
  for (size_t i = 0; i < tracks_.size(); ++i) {
    const std::vector<uint32_t>& idx = per_track_[i];
    // Open interval on this track: its start and name.
    bool open = false;
    uint64_t start = 0;
    std::string name;
    const char* cat = "state";
    auto close = [&](uint64_t t) {
      if (open && t >= start) slice(i, start, t, name, cat);
      open = false;
    };
    for (uint32_t k : idx) {
      const Record& r = records_[k];
      switch (r.kind) {
        case Ev::State: {
          close(r.time);
          auto s = static_cast<ThreadState>(r.a);
          if (s == ThreadState::Done || s == ThreadState::New) break;
          name = thread_state_name(s);
          if (r.b) name += ": " + strings_[r.b];
          cat = "thread";
          open = true;
          start = r.time;
          break;
        }
        case Ev::CoreRun:
          close(r.time);
          if (r.a) {
            name = thread_name(r.a - 1);
            cat = "core";
            open = true;
            start = r.time;
          }
          break;
        case Ev::GilTake:
          close(r.time);
          name = thread_name(r.a);
          cat = "gil";
          open = true;
          start = r.time;
          break;
        case Ev::GilDrop:
          close(r.time);
          if (r.c) instant(i, r.time, "forced drop by " + thread_name(r.a), "gil").end_object();
          break;
        case Ev::GilDropRequest:
          instant(i, r.time, "drop request from " + thread_name(r.a), "gil").end_object();
          break;
        case Ev::LockAcquire:
          close(r.time);
          name = "held by " + thread_name(r.a);
          cat = "lock";
          open = true;
          start = r.time;
          break;
        case Ev::LockRelease:
          if (r.b && open) name += " (" + std::to_string(r.b + 1) + " times)";
          close(r.time);
          break;
        case Ev::LockWait:
          instant(i, r.time, thread_name(r.a) + " waits", "lock").end_object();
          break;
        case Ev::LockTimeout:
          instant(i, r.time, thread_name(r.a) + " gave up", "lock").end_object();
          break;
        case Ev::Output: {
          std::string text = strings_[r.b];
          while (!text.empty() && text.back() == '\n') text.pop_back();
          instant(i, r.time, text.size() > 60 ? text.substr(0, 60) + "..." : text, r.a ? "stderr" : "stdout");
          w.key("args").begin_object().field("text", strings_[r.b]).end_object().end_object();
          break;
        }
        case Ev::Name:
          break;
        case Ev::TaskState: {
          close(r.time);
          auto s = static_cast<TaskState>(r.a);
          if (s == TaskState::Done || s == TaskState::Cancelled || s == TaskState::Failed) {
            instant(i, r.time, task_state_name(s), "task").end_object();
            break;
          }
          name = task_state_name(s);
          if (r.b) name += ": " + strings_[r.b];
          cat = "task";
          open = true;
          start = r.time;
          break;
        }
        case Ev::TaskLine:
          break;
        case Ev::TaskWake:
          // A flow arrow from whoever resolved the future to the task it wakes.
          if (r.a) {
            ++flow_id;
            size_t from = r.a - 1;
            w.begin_object().field("ph", "s").field("id", flow_id).field("name", "future done").field("cat", "future");
            w.field("pid", rows[from].pid).field("tid", rows[from].tid).field("ts", us(r.time)).end_object();
            w.begin_object().field("ph", "f").field("bp", "e").field("id", flow_id).field("name", "future done");
            w.field("cat", "future").field("pid", rows[i].pid).field("tid", rows[i].tid).field("ts", us(r.time));
            w.end_object();
          }
          break;
        case Ev::LoopPass:
          w.begin_object().field("ph", "C").field("name", tracks_[i].name + " queues").field("pid", rows[i].pid);
          w.field("tid", rows[i].tid).field("ts", us(r.time));
          w.key("args").begin_object().field("ready", static_cast<int64_t>(r.a)).field("timers", static_cast<int64_t>(r.b));
          w.end_object().end_object();
          break;
        case Ev::GreenletName:
          greenlet_names[r.a] = r.c ? std::string("main") : strings_[r.b];
          break;
        case Ev::GreenletSwitch: {
          auto named = [&](uint32_t g) {
            auto it = greenlet_names.find(g);
            return it != greenlet_names.end() ? it->second : "greenlet " + std::to_string(g);
          };
          const char* how = r.a8 & kGreenletEnded ? "end" : r.a8 & kGreenletThrow ? "throw" : "switch";
          instant(i, r.time, std::string(how) + " " + named(r.a) + " -> " + named(r.b), "greenlet");
          w.key("args").begin_object().field("from", static_cast<int64_t>(r.a)).field("to", static_cast<int64_t>(r.b));
          if (r.c > 0) w.field("line", static_cast<int64_t>(r.c));
          w.end_object().end_object();
          break;
        }
      }
    }
    close(end);
  }
  w.end_array();
  w.field("displayTimeUnit", "ns");
  w.end_object();
  return w.take();
}

}  // namespace interleave::sim
