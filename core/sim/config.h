// The simulated machine's configuration: what the CLI flags, the scenario
// front matter and the app's settings set. Every field has the default a
// learner sees when nothing is said.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/vm.h"

namespace interleave::sim {

struct Config {
  int cores = 4;                                    // 1..64
  bool gil = true;                                  // false: a free-threaded build
  uint64_t switch_interval_ns = 5'000'000;          // sys.setswitchinterval (5 ms)
  vm::SwitchPoints switch_points = vm::SwitchPoints::CPython;
  uint64_t quantum_ns = 10'000'000;                 // OS time slice
  uint64_t context_switch_ns = 5'000;               // a core switching threads
  uint64_t thread_start_ns = 60'000;                // creating an OS thread
  uint64_t timer_slack_ns = 50'000;                 // Linux's default timer slack: sleeps end up to this late
  uint64_t wake_latency_ns = 10'000;                // a woken thread's way back from the kernel
  uint64_t write_ns = 5'000;                        // one line written to the terminal (GIL released)
  uint64_t seed = 0;
  uint64_t max_time_ns = 600'000'000'000;           // simulated time limit (10 min); 0: none
  int64_t max_steps = -1;                           // instruction limit; < 0: none
  size_t heap_limit = 0;                            // bytes; 0: the VM's default
  size_t max_trace_records = 8'000'000;             // about 200 MB; later events are not recorded
  std::vector<std::string> argv;                    // sys.argv (argv[0] defaults to the file name)
  bool gc_stress = false;                           // collect at every switch point (tests)

  // Checks the values; returns an error message naming the bad one, or "".
  std::string validate() const;
};

// Parses "5ms", "0.005", "5e-3s", "100us", "2s", "250ns" into nanoseconds.
// A bare number is seconds (like sys.setswitchinterval). False on junk.
bool parse_duration(const std::string& text, uint64_t* ns);

}  // namespace interleave::sim
