// The simulated machine: cores, a virtual clock, a discrete-event queue,
// a preemptive OS scheduler, processes with their own Vm, and the CPython
// GIL of each process.
//
// How time works. Each running thread has a local time: when its current
// stint on a core began plus the simulated cost of the instructions it has
// executed since (vm::Thread::clock_ns). The machine always advances the
// running thread whose local time is smallest, and only up to the next
// thread's time or the next event, so threads on different cores
// interleave at instruction granularity and everything happens in time
// order. Events (a sleep ending, a GIL wait timing out, a new thread
// starting) sit in a queue ordered by (time, arming order): two timers due
// at the same instant fire in the order they were armed. Nothing depends on
// wall-clock time, pointers or hash order, so a run is the same natively and
// in wasm, and the same whatever slices the front end asks for.
//
// The GIL (per process) follows CPython 3.2+ (Python/ceval_gil.c): a thread
// that finds it taken waits with a timeout of the switch interval; when the
// wait times out and no switch happened meanwhile, it sets a drop request;
// the holder drops at its next switch point (the eval breaker) and, since
// the request forced it, waits until another thread has taken the GIL
// (forced switching). Dropping signals one waiter, which still has to win
// the GIL when it gets to run: there is no fairness. Blocking calls (sleep,
// lock waits, join) release the GIL without the forced wait.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <queue>
#include <unordered_map>
#include <string>
#include <vector>

#include "sim/config.h"
#include "sim/network.h"
#include "sim/serial_map.h"
#include "sim/tasks.h"
#include "sim/trace.h"
#include "vm/session.h"
#include "vm/vm.h"

namespace interleave::sim {

class Machine;
struct Process;

// Why a blocked thread waits; the wait's object says on what.
enum class WaitKind : uint8_t { None, Sleep, Lock, Join, Shutdown, Io, Net };

// The main thread after its module's body: the report of an uncaught
// exception, then threading's atexit hooks (Machine::thread_done).
enum class ExitStage : uint8_t { Body, Report, Hooks };

struct SimThread {
  uint32_t id = 0;          // creation order: trace thread number
  int64_t ident = 0;        // threading.get_ident()
  int32_t native_id = 0;    // threading.get_native_id()
  std::string name;
  bool daemon = false;
  bool is_main = false;
  Process* proc = nullptr;
  vm::Thread* vt = nullptr;  // null once done
  ThreadState state = ThreadState::New;
  int core = -1;
  uint32_t track = 0;

  // Timekeeping while on a core.
  uint64_t stint_time = 0;   // machine time its current stint began (after the switch cost)
  uint64_t stint_clock = 0;  // vt->clock_ns then
  uint64_t quantum_start = 0;
  uint64_t ready_at = 0;     // when it last became ready

  // Waiting.
  WaitKind wait = WaitKind::None;
  uint32_t wait_seq = 0;        // bumped per wait: stale timeouts are ignored
  vm::Object* wait_obj = nullptr;  // the lock being waited for
  uint32_t join_target = 0;     // WaitKind::Join: the thread
  uint64_t wait_deadline = UINT64_MAX;  // when a timed wait gives up
  std::string wait_reason;      // for the timeline and deadlock reports
  bool lock_retry = false;      // woken by a release: must still win the lock
  bool entry_pending = false;   // just put on a core: retry the lock, take the GIL first
  bool holds_gil = false;
  uint64_t io_pending_ns = 0;   // terminal writes made during this slice
  bool io_to_stderr = false;
  ExitStage exit_stage = ExitStage::Body;  // main: what it runs after the module's body
  uint64_t gil_wait_start = UINT64_MAX;  // since when it wants the GIL
  std::vector<uint32_t> joiners;  // threads waiting in join() for this one
  int32_t running_task = -1;      // the asyncio task whose step it runs (Machine::tasks() index)

  // Statistics.
  uint64_t gil_wait_ns = 0;
  uint64_t cpu_ns = 0;
  uint64_t switches = 0;
};

struct Gil {
  bool enabled = true;
  SimThread* holder = nullptr;
  SimThread* last_holder = nullptr;
  uint64_t switch_number = 0;  // hand-offs so far
  bool drop_request = false;
  std::deque<SimThread*> waiters;
  std::vector<SimThread*> switch_waiters;  // forced switching: waiting for a new holder
  uint32_t track = 0;
  uint64_t drop_requests = 0;
};

// A lock's machine-side state; the Python object (an OpaqueObject) keeps
// `a` = locked, `b` = owner thread id + 1, `c` = recursion count (RLock).
struct LockWaiters {
  std::deque<SimThread*> waiters;
};

struct Process {
  int32_t pid = 0;
  std::unique_ptr<vm::Vm> vm;
  Gil gil;
  SimThread* main = nullptr;
  vm::RunResult result;
  bool finished = false;
  bool finalizing = false;  // the main thread is closing __main__'s generators
  int64_t live_non_daemon = 0;  // started, not done, not the main thread
};

struct Stats {
  uint64_t elapsed_ns = 0;
  std::vector<uint64_t> core_busy_ns;
  uint64_t gil_switches = 0;
  uint64_t gil_drop_requests = 0;
  uint64_t context_switches = 0;
  uint64_t steps = 0;
};

class Machine {
 public:
  explicit Machine(Config config);
  ~Machine();
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  const Config& config() const { return config_; }
  Trace& trace() { return trace_; }
  const Trace& trace() const { return trace_; }

  // Loads [source] as __main__ of the first process. False on a SyntaxError
  // (written to stderr; result() says exit code 2).
  bool load(std::string_view source, std::string_view filename);
  // Runs at most [budget] instructions (over all threads); true while the
  // program has more to do.
  bool step(int64_t budget);
  const vm::RunResult& run();

  const vm::RunResult& result() const { return result_; }
  const std::string& filename() const { return filename_; }  // the program's file
  bool finished() const { return finished_; }
  uint64_t now() const { return now_; }
  Process& main_process() { return *processes_.front(); }
  const Process& main_process() const { return *processes_.front(); }
  const std::vector<std::unique_ptr<SimThread>>& threads() const { return threads_; }
  Stats stats() const;
  // The source line a thread is at (0 when it has no Python frame).
  int current_line(const SimThread& t) const;
  std::string format_stats() const;

  // Output goes here as well as into the Vm's buffers.
  std::function<void(bool is_err, std::string_view text)> on_output;

  // --- For the modules (threading, time, ...): the caller is the thread
  // the Vm is running (vm.thread). Blocking operations return
  // Status::Block after arranging the wake-up.
  SimThread* current(vm::Vm& vm) const;
  uint64_t local_time(const SimThread& t) const;
  uint64_t now_of(vm::Vm& vm) const;  // the calling thread's time
  // Starts a thread running [callable](*args); returns it.
  SimThread* start_thread(vm::Vm& vm, vm::Value callable, std::vector<vm::Value> args, std::string name, bool daemon);
  vm::Status sleep(vm::Vm& vm, uint64_t ns, vm::Value* out);
  // lock.acquire(blocking, timeout): timeout_ns < 0 waits forever.
  vm::Status lock_acquire(vm::Vm& vm, vm::OpaqueObject* lock, bool reentrant, bool blocking, int64_t timeout_ns,
                          vm::Value* out);
  vm::Status lock_release(vm::Vm& vm, vm::OpaqueObject* lock, bool reentrant, vm::Value* out);
  vm::Status join(vm::Vm& vm, SimThread* target, int64_t timeout_ns, vm::Value* out);
  SimThread* thread_by_ident(int64_t ident) const;
  void rename(SimThread* t, std::string name);
  // greenlet: the calling thread passes control from greenlet [from] to
  // [to] at the learner's line [line] (0: unknown); [flags]: kGreenletEnded,
  // kGreenletThrow (trace.h).
  void greenlet_switch(vm::Vm& vm, uint32_t from, uint32_t to, int line, uint8_t flags);
  // greenlet: greenlet [number] of the calling thread is called [name]
  // ([main]: the thread's main greenlet). Once, before its first switch.
  void greenlet_name(vm::Vm& vm, uint32_t number, const std::string& name, bool main);
  // The name of a global of __main__ bound to [obj] ("" if none): what a
  // learner calls a lock or a greenlet.
  static std::string global_name(vm::Vm& vm, vm::Object* obj);
  // sys.setswitchinterval; a zero interval still waits 1 us between checks.
  void set_switch_interval(uint64_t ns) { config_.switch_interval_ns = ns; }
  uint64_t gil_wait_interval() const { return config_.switch_interval_ns ? config_.switch_interval_ns : 1000; }

  // --- The network (network.h): sockets and select().
  Network& network() { return *network_; }
  // The calling thread did something to a socket (sent, closed...) that
  // may have made fds ready: wakes the select() waiters concerned.
  void net_changed(vm::Vm& vm);
  // select(): blocks the calling thread until one of [rfds] is readable or
  // one of [wfds] writable, or [timeout_ns] passed (< 0: no timeout; 0:
  // just poll). *out = ([readable fds], [writable fds]). [reason] is shown
  // on the timeline ("selector.select()", "socket.recv()").
  vm::Status net_wait(vm::Vm& vm, std::vector<int> rfds, std::vector<int> wfds, int64_t timeout_ns,
                      std::string reason, vm::Value* out);
  // --- asyncio (core/sim/tasks.cpp): the `_asyncio` natives report each
  // loop and task here; objects are identified by their heap serial.
  void asyncio_loop_created(vm::Vm& vm, vm::Object* loop);
  void asyncio_loop_running(vm::Vm& vm, vm::Object* loop, bool running);
  void asyncio_loop_closed(vm::Vm& vm, vm::Object* loop);
  void asyncio_loop_pass(vm::Vm& vm, vm::Object* loop, int64_t ready, int64_t timers);
  void asyncio_task_created(vm::Vm& vm, vm::Object* task, vm::Object* loop, std::string name);
  void asyncio_task_renamed(vm::Vm& vm, vm::Object* task, std::string name);
  void asyncio_task_step(vm::Vm& vm, vm::Object* task, bool begin);
  // [what]: the awaited thing as a learner reads it (their line of code,
  // or another task's name); [line]: the line the task waits at.
  void asyncio_task_waits(vm::Vm& vm, vm::Object* task, vm::Object* future, std::string_view what, int line);
  void asyncio_task_done(vm::Vm& vm, vm::Object* task, TaskState state);
  void asyncio_future_done(vm::Vm& vm, vm::Object* future);
  const std::vector<TaskInfo>& tasks() const { return tasks_; }
  TaskInfo* task_of(vm::Object* task);  // null once the task is done
  const std::vector<LoopInfo>& loops() const { return loops_; }

 private:
  enum class EventKind : uint8_t { Wake, GilTimeout, Start, Net };
  struct Event {
    uint64_t time;
    uint64_t seq;
    EventKind kind;
    uint32_t thread;
    uint32_t wait_seq;
    uint64_t data;
    bool operator>(const Event& o) const { return time != o.time ? time > o.time : seq > o.seq; }
  };
  struct Core {
    SimThread* running = nullptr;
    SimThread* last = nullptr;
    uint64_t busy_ns = 0;
    uint64_t busy_since = 0;
    uint64_t free_at = 0;  // when it last went idle
    uint32_t track = 0;
  };

  void schedule(uint64_t time, EventKind kind, SimThread* t, uint64_t data = 0);
  // Something changed while a thread runs (a thread became ready, an event
  // earlier than the slice's end was armed): end its slice at its next
  // switch point so the machine can re-decide who runs.
  void poke(uint64_t time);
  void set_state(SimThread* t, ThreadState s, uint64_t time, std::string_view reason = {});
  void make_ready(SimThread* t, uint64_t time);
  void dispatch();
  // What a thread does first when it gets a core, at its own start time:
  // win the lock it was woken for (if still free), then take the GIL.
  void enter(SimThread* t, uint64_t time);
  void leave_core(SimThread* t, uint64_t time);
  // Runs [t] toward [bound] for at most [instructions] (-1: as many as
  // the bound allows), within the caller's budget.
  void run_slice(SimThread* t, uint64_t bound, bool parallel, int64_t instructions, int64_t* budget);
  void after_run(SimThread* t, vm::StopReason r);
  bool try_take_gil(SimThread* t, uint64_t time);
  void wait_gil(SimThread* t, uint64_t time);
  void drop_gil(SimThread* t, uint64_t time, bool forced);
  void block(SimThread* t, uint64_t time);
  void handle(const Event& e);
  void thread_done(SimThread* t, uint64_t time);
  // When the main thread's code ends, threading's atexit hooks run on it
  // (concurrent.futures stops its workers there). True if they were started.
  bool start_exit_hooks(SimThread* main);
  void check_shutdown(uint64_t time);
  void finish_program(uint64_t time);
  void deadlock(uint64_t time);
  void stop_with_limit(std::string message);
  void wake_lock_waiter(vm::OpaqueObject* lock, uint64_t time);
  LockWaiters& lock_waiters(vm::Object* lock);
  // The trace track of a lock learners can see (not the internal locks of
  // Condition, Event, Queue ...), created on first use.
  uint32_t lock_track(vm::Vm& vm, vm::OpaqueObject* lock, Process* proc);
  static bool traced_lock(vm::Vm& vm, vm::OpaqueObject* lock);
  std::string describe_wait(const SimThread& t) const;
  // The deadlock report's lines for the tasks of loops that wait forever.
  std::string describe_tasks(const SimThread& loop_thread) const;
  void set_task_state(TaskInfo& t, TaskState s, uint64_t time, uint32_t reason, int32_t thread);  // reason: a trace string
  // When a timed wait due at [deadline] really ends: timer slack (seeded,
  // so the same in every run) plus the way back from the kernel.
  uint64_t wake_time(uint64_t deadline);
  // A thread that wrote lines to the terminal stops between instructions
  // and waits for the write with the GIL released, as CPython does around
  // write(2) on a line-buffered stdout or stderr.
  bool start_io(SimThread* t, uint64_t time);

  Config config_;
  Trace trace_;
  std::vector<std::unique_ptr<Process>> processes_;
  std::vector<std::unique_ptr<SimThread>> threads_;
  std::vector<Core> cores_;
  std::deque<SimThread*> ready_;
  std::priority_queue<Event, std::vector<Event>, std::greater<Event>> events_;
  std::map<uint64_t, LockWaiters> locks_;  // by the lock object's serial
  std::map<uint64_t, uint32_t> lock_tracks_;
  std::unordered_map<int64_t, SimThread*> by_ident_;
  uint64_t min_cost_ = 1;  // the cheapest non-free opcode: the scale of stalls
  uint64_t max_cost_ = 0;
  uint64_t rng_state_ = 0;       // splitmix64, from the seed: memory-stall jitter
  uint64_t next_random();
  // The network: its state, and the threads waiting in select() (by thread id).
  struct NetWait {
    std::vector<int> r, w;
  };
  std::unique_ptr<Network> network_;
  std::map<uint32_t, NetWait> net_waits_;
  // Ready fds of a wait; false when none is.
  bool net_ready(const SimThread& t, const NetWait& w, vm::Value* out);
  void net_poll(uint64_t time);
  SimThread* in_run_ = nullptr;  // the thread inside vm.run(), if any
  // A slice the caller's budget cut short: the next step() finishes it
  // before deciding anything else, so runs do not depend on slicing.
  struct Pending {
    SimThread* thread = nullptr;
    uint64_t bound = 0;
    bool parallel = false;
    int64_t remaining = 0;
  } pending_;
  uint64_t slice_bound_ = 0;     // the time its slice was meant to end  // the dearest opcode: turns a time bound into an instruction budget
  uint64_t event_seq_ = 0;
  uint64_t now_ = 0;
  uint64_t steps_ = 0;
  uint64_t context_switches_ = 0;
  bool finished_ = false;
  bool loaded_ = false;
  vm::RunResult result_;
  std::string filename_;
  int32_t next_native_id_ = 0;

  // asyncio (tasks.cpp)
  std::vector<LoopInfo> loops_;
  std::unordered_map<uint64_t, uint32_t> loop_index_;   // loop serial -> loops_ index
  std::vector<TaskInfo> tasks_;
  SerialMap task_index_;      // task serial -> tasks_ index
  // future serial -> its parked tasks: a list through waiter_nodes_ (first
  // node + 1; a node's next is the next node + 1, 0 ends the list).
  SerialMap future_waiters_;
  struct WaiterNode {
    uint32_t task;
    uint32_t next;
  };
  std::vector<WaiterNode> waiter_nodes_;
  uint32_t free_waiter_nodes_ = 0;  // free list through next, same encoding
};

}  // namespace interleave::sim
