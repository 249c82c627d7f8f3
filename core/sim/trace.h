// The trace: an append-only log of every state change of the simulated
// machine. The UI, the CLI's --trace/--stats and the tests read only this
// (and snapshots); nothing is reconstructed from the VM afterwards.
//
// Records are 24 bytes: time, track, kind and two small arguments; text
// (thread names, block reasons, output lines) lives once in a string table.
// Each track keeps the indices of its records in time order, so "what
// happened on this track between t0 and t1" is a binary search plus a scan.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace interleave::sim {

enum class TrackKind : uint8_t { Thread, Core, Gil, Lock, Task, Loop };

struct Track {
  TrackKind kind;
  int32_t pid;       // the simulated process (cores: 0, the machine)
  int32_t tid;       // thread: its native id; core: its number; GIL/lock/task/loop: a row number
  std::string name;  // thread name, "CPU 0", "GIL", "Lock 0x...", task name, "Event loop 1"
};

// What a thread is doing; a thread track holds one State record per change.
enum class ThreadState : uint8_t {
  New,         // created, its OS thread not yet running
  Ready,       // runnable, waiting for a core
  Running,     // on a core, executing Python
  WaitGil,     // off core, waiting to take the GIL
  WaitSwitch,  // dropped the GIL on request, waiting until another thread takes it
  Blocked,     // sleep, lock, join, queue, I/O: see the reason
  Done,
};
const char* thread_state_name(ThreadState s);

enum class Ev : uint8_t {
  State,           // thread track: a = ThreadState, b = reason string (0: none), c = core (-1 none)
  Name,            // thread track: b = the thread's new name
  CoreRun,         // core track: a = thread id + 1 (0: the core goes idle)
  GilTake,         // GIL track: a = thread id
  GilDrop,         // GIL track: a = thread id, c = 1 when a drop request forced it
  GilDropRequest,  // GIL track: a = the waiting thread that asked, c = the holder
  LockAcquire,     // lock track: a = thread id
  LockWait,        // lock track: a = thread id
  LockRelease,     // lock track: a = thread id, b = further acquisitions folded into the span
  LockTimeout,     // lock track: a = thread id gave up waiting
  Output,          // thread track: a = 1 for stderr, b = the text
  TaskState,       // task track: a = TaskState (tasks.h), b = reason (what it awaits), c = thread id
  TaskWake,        // task track: its future resolved; a = the resolver's track + 1 (0: unknown)
  LoopPass,        // loop track: a pass begins; a = callbacks ready, b = timers pending, c = thread id
  GreenletSwitch,  // thread track: control passed from greenlet a to greenlet b (numbers in creation order, per
                   // process); c = the learner's line of the switch (0: unknown); a8 = kGreenlet* flags
  TaskLine,        // task track: a = the learner's line it waits at (just before its Waiting TaskState)
  GreenletName,    // thread track: greenlet a is called b (its run's name, and the global bound to it in
                   // parentheses); c = 1 for the thread's main greenlet. Once, before its first switch.
};

// GreenletSwitch's a8: how the control passed.
constexpr uint8_t kGreenletEnded = 1;  // greenlet a's run returned or raised: control goes to its parent
constexpr uint8_t kGreenletThrow = 2;  // an exception goes to greenlet b (throw(), or a's own as it died)

struct Record {
  uint64_t time;  // simulated ns since the machine started
  uint32_t track;
  Ev kind;
  uint8_t a8 = 0;
  int16_t c = 0;
  uint32_t a = 0;
  uint32_t b = 0;
};
static_assert(sizeof(Record) == 24);

class Trace {
 public:
  Trace();

  uint32_t add_track(TrackKind kind, int32_t pid, int32_t tid, std::string name);
  // Threads are numbered in creation order (the machine uses the same
  // numbers); this maps a thread number to its track.
  void bind_thread(uint32_t thread, uint32_t track);
  // The track of thread number [thread]; UINT32_MAX when there is none.
  uint32_t thread_track(uint32_t thread) const {
    return thread < thread_tracks_.size() ? thread_tracks_[thread] : UINT32_MAX;
  }
  const std::vector<Track>& tracks() const { return tracks_; }
  Track& track(uint32_t id) { return tracks_[id]; }

  // Interns [text] in the string table; 0 is the empty string.
  uint32_t str(std::string_view text);
  const std::string& text(uint32_t id) const { return strings_[id]; }

  // Appends a record. Times on one track never go backwards: a record is
  // stamped no earlier than the track's previous one. Past the record
  // limit nothing more is recorded (truncated() says since when).
  void add(uint64_t time, uint32_t track, Ev kind, uint32_t a = 0, uint32_t b = 0, int16_t c = 0, uint8_t a8 = 0);
  void set_limit(size_t records) { limit_ = records; }
  bool truncated() const { return truncated_at_ != UINT64_MAX; }
  uint64_t truncated_at() const { return truncated_at_; }

  // A lock released and at once re-taken by the same thread, with nobody
  // waiting, is one "held" span: a loop doing `with lock:` a million times
  // would otherwise fill the trace with spans no one can see. The release
  // is kept back until the next event on the lock's track decides.
  void lock_acquired(uint64_t time, uint32_t track, uint32_t thread);
  void lock_released(uint64_t time, uint32_t track, uint32_t thread);
  void lock_event(uint64_t time, uint32_t track, Ev kind, uint32_t thread);  // wait, timeout
  void flush_locks();

  const std::vector<Record>& records() const { return records_; }
  // Indices of [track]'s records with t0 <= time < t1, plus the last one
  // before t0 (the state in effect when the range starts), in time order.
  std::span<const uint32_t> query(uint32_t track, uint64_t t0, uint64_t t1) const;
  uint64_t end_time() const { return end_time_; }
  void set_end_time(uint64_t t) { end_time_ = t; }

  // Chrome Trace Event JSON (ui.perfetto.dev, chrome://tracing): a row per
  // thread with its states as slices and output as instants, a row per
  // core, a row for each process's GIL holder, drop requests as instants.
  std::string to_chrome_json() const;

  size_t memory_bytes() const;

 private:
  std::vector<Track> tracks_;
  std::vector<std::vector<uint32_t>> per_track_;
  std::vector<Record> records_;
  std::vector<std::string> strings_;
  std::vector<uint64_t> last_time_;
  std::vector<uint32_t> thread_tracks_;
  struct HeldBack {
    uint64_t time = 0;
    uint32_t thread = 0;
    uint32_t folded = 0;  // re-acquisitions merged into the current span
    bool pending = false;
  };
  std::vector<HeldBack> held_back_;  // per track: a release not yet written
  size_t limit_ = SIZE_MAX;
  uint64_t truncated_at_ = UINT64_MAX;
  std::unordered_map<std::string, uint32_t> string_ids_;
  uint64_t end_time_ = 0;
};

}  // namespace interleave::sim
