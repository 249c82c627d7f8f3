// The simulated machine seen from its API: the trace and its queries,
// determinism whatever slices the front end asks for, the GIL's
// bookkeeping, limits and errors.
#include <doctest/doctest.h>

#include <map>

#include <string>

#include "sim/machine.h"

using interleave::sim::Config;
using interleave::sim::Ev;
using interleave::sim::Machine;
using interleave::sim::ThreadState;
using interleave::sim::TrackKind;

namespace {

const char* const kTwoWorkers = R"PY(
import threading, time
lock = threading.Lock()
total = 0
def work(n):
    global total
    for i in range(n):
        with lock:
            total += i
        if i % 50 == 0:
            time.sleep(0.001)
ts = [threading.Thread(target=work, args=(300,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
)PY";

std::string run_sliced(const Config& c, const char* src, int64_t slice, std::string* out = nullptr) {
  Machine m(c);
  std::string text;
  m.on_output = [&](bool, std::string_view s) { text += s; };
  REQUIRE(m.load(src, "t.py"));
  while (m.step(slice)) {
  }
  if (out) *out = text;
  return m.trace().to_chrome_json();
}

}  // namespace

TEST_CASE("a run is the same whatever slices the front end runs it in") {
  Config c;
  std::string out1, out2, out3;
  std::string whole = run_sliced(c, kTwoWorkers, int64_t{1} << 30, &out1);
  std::string by_one = run_sliced(c, kTwoWorkers, 1, &out2);
  std::string by_97 = run_sliced(c, kTwoWorkers, 97, &out3);
  CHECK(out1 == "134550\n");
  CHECK(out1 == out2);
  CHECK(out1 == out3);
  // (Compared as booleans: a failure would print two whole traces.)
  CHECK((whole == by_one));
  CHECK((whole == by_97));
  c.gil = false;
  CHECK((run_sliced(c, kTwoWorkers, int64_t{1} << 30) == run_sliced(c, kTwoWorkers, 13)));
}

TEST_CASE("the seed changes the timing of parallel threads, and only the seed") {
  Config c;
  c.gil = false;
  c.seed = 1;
  std::string a = run_sliced(c, kTwoWorkers, 1000);
  std::string b = run_sliced(c, kTwoWorkers, 1000);
  c.seed = 2;
  std::string d = run_sliced(c, kTwoWorkers, 1000);
  CHECK((a == b));
  CHECK((a != d));
}

TEST_CASE("trace: per-track queries return the state in effect and the records in range") {
  Config c;
  Machine m(c);
  REQUIRE(m.load(kTwoWorkers, "t.py"));
  m.run();
  const auto& tr = m.trace();
  REQUIRE(m.threads().size() == 4);
  uint32_t track = m.threads()[1]->track;
  uint64_t end = tr.end_time();
  auto all = tr.query(track, 0, end + 1);
  REQUIRE(all.size() > 4);
  // Time-ordered, and the first is the thread's creation.
  for (size_t i = 1; i < all.size(); ++i) CHECK(tr.records()[all[i - 1]].time <= tr.records()[all[i]].time);
  CHECK(tr.records()[all[0]].kind == Ev::State);
  CHECK(static_cast<ThreadState>(tr.records()[all[0]].a) == ThreadState::New);
  // A window in the middle starts with the record in effect before it.
  uint64_t mid = end / 2;
  auto part = tr.query(track, mid, mid + 1000);
  REQUIRE(!part.empty());
  CHECK(tr.records()[part[0]].time <= mid);
  for (size_t i = 1; i < part.size(); ++i) CHECK(tr.records()[part[i]].time >= mid);
  // Every kind of track exists: cores, the GIL, threads, the lock.
  int cores = 0, gils = 0, threads = 0, locks = 0;
  for (const auto& t : tr.tracks()) {
    cores += t.kind == TrackKind::Core;
    gils += t.kind == TrackKind::Gil;
    threads += t.kind == TrackKind::Thread;
    locks += t.kind == TrackKind::Lock;
  }
  CHECK(cores == 4);
  CHECK(gils == 1);
  CHECK(threads == 4);
  CHECK(locks == 1);
  CHECK(tr.memory_bytes() > tr.records().size() * sizeof(interleave::sim::Record) / 2);
}

TEST_CASE("the GIL: one holder at a time, hand-offs counted, waits charged") {
  Config c;
  Machine m(c);
  REQUIRE(m.load(R"PY(
import threading
def spin(n):
    while n:
        n -= 1
ts = [threading.Thread(target=spin, args=(3_000_000,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
)PY",
                 "t.py"));
  m.run();
  CHECK(m.result().exit_code == 0);
  auto s = m.stats();
  CHECK(s.gil_drop_requests >= 3);
  CHECK(s.gil_switches >= s.gil_drop_requests);
  // Each spinner waited for the GIL for a good part of the run.
  CHECK(m.threads()[1]->gil_wait_ns > s.elapsed_ns / 4);
  CHECK(m.threads()[2]->gil_wait_ns > s.elapsed_ns / 4);
  // Take and drop alternate on the GIL's track.
  const auto& tr = m.trace();
  uint32_t gil = m.main_process().gil.track;
  int held = 0;
  for (uint32_t i : tr.query(gil, 0, tr.end_time() + 1)) {
    const auto& r = tr.records()[i];
    if (r.kind == Ev::GilTake) CHECK(++held == 1);
    if (r.kind == Ev::GilDrop) CHECK(--held == 0);
  }
}

TEST_CASE("configuration errors name the bad value") {
  Config c;
  c.cores = 0;
  CHECK(c.validate().find("cores") != std::string::npos);
  c.cores = 65;
  CHECK(!c.validate().empty());
  c.cores = 4;
  CHECK(c.validate().empty());
  uint64_t ns = 0;
  CHECK(interleave::sim::parse_duration("5ms", &ns));
  CHECK(ns == 5'000'000);
  CHECK(interleave::sim::parse_duration("0.005", &ns));
  CHECK(ns == 5'000'000);
  CHECK(interleave::sim::parse_duration("100us", &ns));
  CHECK(ns == 100'000);
  CHECK_FALSE(interleave::sim::parse_duration("5 parsecs", &ns));
  CHECK_FALSE(interleave::sim::parse_duration("-1", &ns));
}

TEST_CASE("a SyntaxError ends the run before it starts, exit code 2") {
  Machine m{Config()};
  std::string err;
  m.on_output = [&](bool is_err, std::string_view s) {
    if (is_err) err += s;
  };
  CHECK_FALSE(m.load("def f(:\n", "t.py"));
  CHECK(m.result().exit_code == 2);
  CHECK(err.find("SyntaxError") != std::string::npos);
  CHECK_FALSE(m.step(100));
}

TEST_CASE("time.time() is the machine's clock: sleeping threads overlap") {
  Machine m{Config()};
  std::string out;
  m.on_output = [&](bool, std::string_view s) { out += s; };
  REQUIRE(m.load(R"PY(
import threading, time
t0 = time.time()
ts = [threading.Thread(target=time.sleep, args=(1,)) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(round(time.time() - t0, 2), 0 <= t0 - 1767225600 < 0.001)
)PY",
                 "t.py"));
  m.run();
  CHECK(out == "1.0 True\n");
}

TEST_CASE("an unknown module says which modules the playground provides") {
  Machine m{Config()};
  std::string err;
  m.on_output = [&](bool is_err, std::string_view s) {
    if (is_err) err += s;
  };
  REQUIRE(m.load("import pandas\n", "t.py"));
  m.run();
  CHECK(m.result().exit_code == 1);
  CHECK(err.find("ModuleNotFoundError: No module named 'pandas' (the Interleave playground provides: ") !=
        std::string::npos);
  for (const char* name : {"threading", "queue", "concurrent.futures", "time", "math", "collections"})
    CHECK(err.find(name) != std::string::npos);
  CHECK(err.find("_thread") == std::string::npos);
}

TEST_CASE("a missing submodule is named in full, a missing package alone") {
  for (auto [src, want] : {std::pair{"import logging.handlerz\n", "No module named 'logging.handlerz'"},
                           std::pair{"import foo.bar\n", "No module named 'foo'"},
                           std::pair{"import sys\nsys.modules['threading'] = 5\n", ""}}) {
    Machine m{Config()};
    std::string err;
    m.on_output = [&](bool is_err, std::string_view s) {
      if (is_err) err += s;
    };
    REQUIRE(m.load(src, "t.py"));
    m.run();
    if (*want) {
      CHECK(err.find(want) != std::string::npos);
    } else {
      CHECK(m.result().exit_code == 0);  // a non-module in sys.modules['threading'] at exit
    }
  }
}

TEST_CASE("a full trace stops recording, and the program goes on") {
  Config c;
  c.max_trace_records = 100;
  Machine m(c);
  std::string out;
  m.on_output = [&](bool, std::string_view s) { out += s; };
  REQUIRE(m.load(kTwoWorkers, "t.py"));
  m.run();
  CHECK(out == "134550\n");
  CHECK(m.trace().records().size() == 100);
  CHECK(m.trace().truncated());
  CHECK(m.trace().truncated_at() <= m.result().clock_ns);
  CHECK(m.format_stats().find("trace           full") != std::string::npos);
}

TEST_CASE("greenlet switches are trace records on the thread's track, the same in any slicing") {
  const char* src = R"PY(
import threading
from greenlet import greenlet
def pingpong():
    def ping():
        for _ in range(5):
            pong.switch()
    def pong():
        while True:
            png.switch()
    png = greenlet(ping)
    pong = greenlet(pong)
    png.switch()
t = threading.Thread(target=pingpong)
t.start()
pingpong()
t.join()
print("done")
)PY";
  Config c;
  std::string out;
  std::string whole = run_sliced(c, src, int64_t{1} << 30, &out);
  CHECK(out == "done\n");
  CHECK((whole == run_sliced(c, src, 1)));
  Machine m(c);
  REQUIRE(m.load(src, "t.py"));
  m.run();
  // Per thread: main -> ping, then 5 rounds of ping -> pong -> ping, ping's end -> main.
  int switches = 0;
  for (const auto& r : m.trace().records()) {
    if (r.kind != Ev::GreenletSwitch) continue;
    ++switches;
    CHECK(r.a != r.b);
    CHECK(m.trace().tracks()[r.track].kind == TrackKind::Thread);
  }
  CHECK(switches == 2 * 12);
  CHECK(whole.find("\"cat\":\"greenlet\"") != std::string::npos);
}

TEST_CASE("greenlet: the trace names each greenlet once, and a switch says its line and how it passed control") {
  const char* src = R"PY(from greenlet import greenlet

def test1():
    print(12)
    gr2.switch()
    print(34)

def test2():
    print(56)
    gr1.switch()
    print(78)

gr1 = greenlet(test1)
gr2 = greenlet(test2)
gr1.switch()
def boom():
    raise ValueError("x")
try:
    greenlet(boom).switch()
except ValueError:
    pass
)PY";
  Config c;
  Machine m(c);
  REQUIRE(m.load(src, "t.py"));
  m.run();
  const auto& trace = m.trace();
  std::map<uint32_t, std::string> names;  // greenlet number -> name
  std::vector<std::string> switches;      // "from>to line flags"
  for (const auto& r : trace.records()) {
    if (r.kind == Ev::GreenletName) {
      CHECK(names.count(r.a) == 0);  // once
      names[r.a] = (r.c ? "*" : "") + trace.text(r.b);
    } else if (r.kind == Ev::GreenletSwitch) {
      REQUIRE(names.count(r.a) == 1);  // named before their first switch
      REQUIRE(names.count(r.b) == 1);
      switches.push_back(names[r.a] + ">" + names[r.b] + " " + std::to_string(r.c) + " " + std::to_string(r.a8));
    }
  }
  CHECK(switches == std::vector<std::string>{
                        "*main>test1 (gr1) 15 0",  // gr1.switch() on line 15
                        "test1 (gr1)>test2 (gr2) 5 0",
                        "test2 (gr2)>test1 (gr1) 10 0",
                        "test1 (gr1)>*main 0 1",  // test1 returned: to its parent
                        "*main>boom 19 0",        // not bound to a global: the run's name alone
                        "boom>*main 0 3",         // it raised: ended, and the exception goes to main
                    });
}
