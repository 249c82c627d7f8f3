// The simulated machine's configuration: what the CLI flags, the scenario
// front matter and the app's settings set. Every field has the default a
// learner sees when nothing is said.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/vm.h"

namespace interleave::sim {

// --- The simulated internet (core/sim/network.h) -------------------------

// How a host (or one path of it) fails.
enum class NetFail : uint8_t {
  None,
  Refused,  // connect() fails after a round trip: ECONNREFUSED
  Timeout,  // nothing answers the SYN: connect() fails after connect_timeout_ns (ETIMEDOUT)
  Dns,      // the name does not resolve: socket.gaierror [Errno -2]
  Reset,    // the server resets the connection when a request arrives: ECONNRESET
};

// One --net rule: what differs for HOST (or HOST/PATH) from the defaults.
// HOST "*" applies to every host. Unset fields (-1 / 0 / no body) keep the
// value of a less specific rule or the default.
struct NetRule {
  std::string host;           // lower case; "*": every host
  std::string path;           // "" every path; else "/..." (the query string is ignored)
  int64_t latency_ns = -1;    // the round trip time
  int64_t delay_ns = -1;      // the server's think time before it answers
  int status = 0;             // HTTP status; 0: 200
  bool has_body = false;
  std::string body;
  int64_t size = -1;          // a body of this many bytes (a file to download); -1: not set
  bool has_fail = false;
  NetFail fail = NetFail::None;
};

struct NetConfig {
  // A host's round trip time when no rule sets it: a deterministic value
  // drawn from the seed and the host name in [min, max].
  uint64_t latency_min_ns = 20'000'000;
  uint64_t latency_max_ns = 200'000'000;
  uint64_t loopback_ns = 50'000;             // localhost's round trip
  uint64_t connect_timeout_ns = 127'000'000'000;  // Linux gives up a SYN after 6 retries
  uint64_t syscall_ns = 1'500;               // the CPU a socket call costs its thread
  uint64_t bytes_per_second = 12'500'000;    // each connection's download speed (100 Mbit/s)
  std::vector<NetRule> rules;                // later rules win over earlier ones of the same specificity
};

// Parses "HOST[/PATH]=[LATENCY][,latency=D][,delay=D][,status=N][,size=BYTES][,fail=refused|timeout|dns|reset][,body=TEXT]"
// (body= must come last: it takes the rest, commas included). Returns an
// error message, or "".
std::string parse_net_rule(const std::string& text, NetRule* out);
// The rule as parse_net_rule reads it back ("example.com/api=120ms,status=503").
std::string format_net_rule(const NetRule& rule);

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
  NetConfig net;                                    // the simulated internet

  // Checks the values; returns an error message naming the bad one, or "".
  std::string validate() const;
};

// Parses "5ms", "0.005", "5e-3s", "100us", "2s", "250ns" into nanoseconds.
// A bare number is seconds (like sys.setswitchinterval). False on junk.
bool parse_duration(const std::string& text, uint64_t* ns);
// The shortest of "250ns", "100us", "5ms", "1.5s" that parse_duration reads back.
std::string format_duration_setting(uint64_t ns);

// --- Settings by name -----------------------------------------------------
//
// The machine's settings as text, one syntax for every front end: the CLI's
// flags (--cores 4, --net example.com=100ms) and a scenario's front matter
// (machine.cores: 4, net: example.com=100ms) both end up here.
//
//   cores            1..64
//   gil              on | off
//   switch-interval  a duration > 0 (5ms, 0.005, 100us)
//   switch-points    cpython | any
//   timer-slack      a duration
//   seed             a whole number >= 0
//   max-time         a duration (0: no limit)
//   max-steps        a whole number (< 0: no limit)
//   net              HOST[/PATH]=SETTINGS (parse_net_rule); each one adds a rule
//   net-latency      MIN..MAX, two durations
//
// Sets [name] in [config] from [value]. Returns "" or what is wrong, a
// sentence that names the setting as [shown_as] ("--cores needs a whole
// number from 1 to 64, got 'x'"; "machine.cores ..." in front matter).
// An unknown [name] is a programming error: the callers map their own
// spellings onto these names.
std::string set_option(Config* config, const std::string& name, const std::string& value, const std::string& shown_as);
// Whether set_option knows [name].
bool is_option(const std::string& name);

}  // namespace interleave::sim
