// The simulated network (core/sim/network.h) seen from its API: --net
// rules, DNS, per-host latency, socketpair buffers, loopback TCP, and the
// HTTP servers' answers and timing; plus a whole run through the machine.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "sim/machine.h"
#include "sim/network.h"

using interleave::sim::Config;
using interleave::sim::Machine;
using interleave::sim::NetConfig;
using interleave::sim::NetFail;
using interleave::sim::NetRule;
using interleave::sim::Network;
using interleave::sim::format_net_rule;
using interleave::sim::parse_net_rule;
namespace err = interleave::sim::err;

namespace {

// A network whose events are kept in a list instead of a machine's queue.
struct Harness {
  std::vector<std::pair<uint64_t, uint64_t>> events;  // (time, id)
  Network net;
  explicit Harness(NetConfig c = NetConfig(), uint64_t seed = 0)
      : net(c, seed, [this](uint64_t t, uint64_t id) { events.push_back({t, id}); }) {}
  // Fires every event due up to [time], in time order; returns the last time fired.
  uint64_t run_until(uint64_t time) {
    uint64_t last = 0;
    for (;;) {
      size_t best = events.size();
      for (size_t i = 0; i < events.size(); ++i)
        if (events[i].first <= time && (best == events.size() || events[i].first < events[best].first)) best = i;
      if (best == events.size()) return last;
      auto e = events[best];
      events.erase(events.begin() + static_cast<long>(best));
      net.fire(e.second, e.first);
      last = e.first;
    }
  }
};

}  // namespace

TEST_CASE("--net rules parse, and bad ones say why") {
  NetRule r;
  CHECK(parse_net_rule("Example.com=100ms", &r) == "");
  CHECK(r.host == "example.com");
  CHECK(r.latency_ns == 100'000'000);
  CHECK(parse_net_rule("*/slow*=delay=2s,status=503,fail=reset,body=a, b=c", &r) == "");
  CHECK(r.host == "*");
  CHECK(r.path == "/slow*");
  CHECK(r.delay_ns == 2'000'000'000);
  CHECK(r.status == 503);
  CHECK(r.fail == NetFail::Reset);
  CHECK(r.body == "a, b=c");
  CHECK(parse_net_rule("x.org/f.zip=size=5MB", &r) == "");
  CHECK(r.size == 5'000'000);
  CHECK(parse_net_rule("x.org=size=lots", &r).find("bad size") != std::string::npos);
  CHECK(parse_net_rule("x.org=fail=dns", &r) == "");
  CHECK(r.fail == NetFail::Dns);
  CHECK(parse_net_rule("example.com", &r).find("HOST=SETTINGS") != std::string::npos);
  CHECK(parse_net_rule("a=1ms,2ms", &r).find("bare latency") != std::string::npos);
  CHECK(parse_net_rule("a=status=99", &r).find("bad status") != std::string::npos);
  CHECK(parse_net_rule("a=fail=maybe", &r).find("bad fail") != std::string::npos);
  CHECK(parse_net_rule("a=speed=1", &r).find("unknown setting") != std::string::npos);
}

TEST_CASE("--net rules read back as they were written (the app's rule editor shows them so)") {
  for (const char* text : {"example.com=100ms", "*/slow*=delay=2s,status=503,fail=reset,body=a, b=c",
                           "x.org/f.zip=size=5000000", "x.org=fail=dns", "a.b=1.5ms,delay=250us", "a.b=",
                           "a.b=fail=none"}) {
    NetRule r, back;
    REQUIRE(parse_net_rule(text, &r) == "");
    CHECK(format_net_rule(r) == text);
    REQUIRE(parse_net_rule(format_net_rule(r), &back) == "");
    CHECK(format_net_rule(back) == text);
  }
  NetRule r;
  REQUIRE(parse_net_rule("A.org=latency=2s,size=5MB", &r) == "");
  CHECK(format_net_rule(r) == "a.org=2s,size=5000000");
  CHECK(interleave::sim::format_duration_setting(5'000'000) == "5ms");
  CHECK(interleave::sim::format_duration_setting(1'500'000'000) == "1.5s");
  CHECK(interleave::sim::format_duration_setting(120'000'000'000) == "2min");
  CHECK(interleave::sim::format_duration_setting(1'234) == "1.234us");
  CHECK(interleave::sim::format_duration_setting(7) == "7ns");
  CHECK(interleave::sim::format_duration_setting(0) == "0s");
}

TEST_CASE("machine settings by name: one syntax for the CLI's flags and the front matter") {
  using interleave::sim::Config;
  using interleave::sim::set_option;
  Config c;
  CHECK(set_option(&c, "cores", "2", "--cores") == "");
  CHECK(c.cores == 2);
  CHECK(set_option(&c, "cores", "65", "machine.cores") ==
        "machine.cores needs a whole number from 1 to 64, got '65'");
  CHECK(set_option(&c, "gil", "off", "--gil") == "");
  CHECK(!c.gil);
  CHECK(set_option(&c, "switch-interval", "1ms", "--switch-interval") == "");
  CHECK(c.switch_interval_ns == 1'000'000);
  CHECK(set_option(&c, "switch-interval", "0", "--switch-interval").find("above zero") != std::string::npos);
  CHECK(set_option(&c, "switch-points", "any", "--switch-points") == "");
  CHECK(c.switch_points == interleave::vm::SwitchPoints::Any);
  CHECK(set_option(&c, "seed", "7", "--seed") == "");
  CHECK(c.seed == 7);
  CHECK(set_option(&c, "seed", "-1", "--seed") == "--seed needs a whole number >= 0, got '-1'");
  CHECK(set_option(&c, "net-latency", "50ms..300ms", "net.latency") == "");
  CHECK(c.net.latency_min_ns == 50'000'000);
  CHECK(c.net.latency_max_ns == 300'000'000);
  CHECK(set_option(&c, "net-latency", "3s..1s", "net.latency") ==
        "net.latency needs MIN..MAX, e.g. 20ms..200ms, got '3s..1s'");
  CHECK(set_option(&c, "net", "example.com=120ms", "net") == "");
  CHECK(set_option(&c, "net", "bad.example=fail=refused", "net") == "");
  REQUIRE(c.net.rules.size() == 2);
  CHECK(c.net.rules[1].fail == NetFail::Refused);
  CHECK(set_option(&c, "net", "example.com", "--net").rfind("--net: expected HOST=SETTINGS", 0) == 0);
  CHECK(c.net.rules.size() == 2);  // a bad rule adds nothing
  CHECK(c.validate() == "");
}

TEST_CASE("DNS: every name resolves to a stable address, unless a rule says dns") {
  NetConfig c;
  NetRule r;
  REQUIRE(parse_net_rule("gone.example=fail=dns", &r) == "");
  c.rules.push_back(r);
  Harness h(c);
  std::string a = h.net.resolve("example.com");
  CHECK(!a.empty());
  CHECK(h.net.resolve("EXAMPLE.com") == a);
  CHECK(h.net.resolve("localhost") == "127.0.0.1");
  CHECK(h.net.resolve("10.1.2.3") == "10.1.2.3");
  CHECK(h.net.resolve("gone.example").empty());
  CHECK(h.net.resolve("bad name").empty());
}

TEST_CASE("a host's default latency is drawn from the seed within the range; rules override it") {
  NetConfig c;
  std::map<uint64_t, int> seen;
  for (uint64_t seed = 0; seed < 20; ++seed) {
    Harness h(c, seed);
    uint64_t l = h.net.latency("example.com");
    CHECK(l >= c.latency_min_ns);
    CHECK(l <= c.latency_max_ns);
    CHECK(l % 1'000'000 == 0);
    CHECK(Harness(c, seed).net.latency("example.com") == l);  // the same for the same seed
    ++seen[l];
  }
  CHECK(seen.size() > 10);  // and differs between seeds
  NetRule any, one;
  REQUIRE(parse_net_rule("*=70ms", &any) == "");
  REQUIRE(parse_net_rule("example.com=5ms", &one) == "");
  c.rules = {one, any};  // the host rule wins over *, whatever the order
  Harness h(c);
  CHECK(h.net.latency("example.com") == 5'000'000);
  CHECK(h.net.latency("python.org") == 70'000'000);
  CHECK(h.net.latency("localhost") == c.loopback_ns);
}

TEST_CASE("socketpair: bytes go across at once, a full buffer says EAGAIN, close gives EOF") {
  Harness h;
  int fds[2];
  h.net.socketpair(1, fds);
  CHECK(fds[0] == 3);
  CHECK(fds[1] == 4);
  std::string out;
  CHECK(h.net.recv(1, fds[0], 10, &out, 0) == -err::kEAGAIN);
  CHECK(!h.net.readable(1, fds[0]));
  CHECK(h.net.writable(1, fds[0]));
  CHECK(h.net.send(1, fds[1], "hello", 0) == 5);
  CHECK(h.net.readable(1, fds[0]));
  CHECK(h.net.recv(1, fds[0], 3, &out, 0) == 0);
  CHECK(out == "hel");
  CHECK(h.net.recv(1, fds[0], 10, &out, 0) == 0);
  CHECK(out == "lo");
  std::string big(300 * 1024, 'x');
  int64_t n = h.net.send(1, fds[1], big, 0);
  CHECK(n == 256 * 1024);
  CHECK(!h.net.writable(1, fds[1]));
  CHECK(h.net.send(1, fds[1], "y", 0) == -err::kEAGAIN);
  CHECK(h.net.close(1, fds[1], 0) == 0);
  CHECK(h.net.close(1, fds[1], 0) == -err::kEBADF);
  CHECK(h.net.recv(1, fds[0], 1 << 20, &out, 0) == 0);
  CHECK(out.size() == 256 * 1024);
  CHECK(h.net.recv(1, fds[0], 10, &out, 0) == 0);
  CHECK(out.empty());  // end of stream
  CHECK(h.net.send(1, fds[0], "z", 0) == -err::kEPIPE);
  int again[2];
  h.net.socketpair(1, again);
  CHECK(again[0] == 4);  // the lowest free descriptor, as on Linux
}

TEST_CASE("loopback TCP: listen, connect, accept; a closed port refuses") {
  Harness h;
  int srv = h.net.socket(1, 2);
  CHECK(h.net.bind(1, srv, "localhost", 8000) == 0);
  CHECK(h.net.listen(1, srv, 5) == 0);
  int other = h.net.socket(1, 2);
  CHECK(h.net.bind(1, other, "", 8000) == -err::kEADDRINUSE);
  int cli = h.net.socket(1, 2);
  CHECK(h.net.connect(1, cli, "127.0.0.1", 8000, 1000) == -err::kEINPROGRESS);
  CHECK(!h.net.writable(1, cli));
  h.run_until(1'000'000);
  CHECK(h.net.writable(1, cli));
  CHECK(h.net.readable(1, srv));
  int conn = -1;
  CHECK(h.net.accept(1, srv, &conn) == 0);
  CHECK(h.net.accept(1, srv, &conn) == -err::kEAGAIN);
  CHECK(h.net.send(1, cli, "ping", 0) == 4);
  std::string out;
  CHECK(h.net.recv(1, conn, 10, &out, 0) == 0);
  CHECK(out == "ping");
  int lost = h.net.socket(1, 2);
  CHECK(h.net.connect(1, lost, "localhost", 9999, 0) == -err::kEINPROGRESS);
  h.run_until(2'000'000);
  CHECK(h.net.take_error(1, lost) == err::kECONNREFUSED);
}

TEST_CASE("HTTP: connect takes a round trip, the answer another plus the delay and the transfer") {
  NetConfig c;
  c.bytes_per_second = 0;  // no transfer time: exact numbers
  NetRule host, slow;
  REQUIRE(parse_net_rule("example.com=100ms", &host) == "");
  REQUIRE(parse_net_rule("example.com/slow=delay=1s,status=503,body=busy", &slow) == "");
  c.rules = {host, slow};
  Harness h(c);
  int s = h.net.socket(1, 2);
  CHECK(h.net.connect(1, s, "example.com", 80, 0) == -err::kEINPROGRESS);
  CHECK(h.run_until(UINT64_MAX) == 100'000'000);
  CHECK(h.net.writable(1, s));
  CHECK(h.net.send(1, s, "GET /slow HTTP/1.1\r\nHost: example.com\r\n\r\n", 100'000'000) > 0);
  CHECK(h.run_until(UINT64_MAX) == 1'200'000'000);
  std::string out;
  CHECK(h.net.recv(1, s, 4096, &out, 0) == 0);
  CHECK(out.rfind("HTTP/1.1 503 Service Unavailable\r\n", 0) == 0);
  CHECK(out.find("Content-Length: 4\r\n") != std::string::npos);
  CHECK(out.substr(out.size() - 4) == "busy");
  // Pipelined requests are answered in order; Connection: close ends the stream.
  CHECK(h.net.send(1, s, "GET / HTTP/1.1\r\n\r\nHEAD /a.json HTTP/1.1\r\nConnection: close\r\n\r\n", 2'000'000'000) > 0);
  h.run_until(UINT64_MAX);
  CHECK(h.net.recv(1, s, 1 << 16, &out, 0) == 0);
  size_t second = out.find("HTTP/1.1 200 OK", 10);
  CHECK(out.rfind("HTTP/1.1 200 OK\r\n", 0) == 0);
  CHECK(second != std::string::npos);
  CHECK(out.find("<h1>example.com</h1>") < second);
  CHECK(out.find("application/json", second) != std::string::npos);
  CHECK(out.find("Connection: close", second) != std::string::npos);
  CHECK(h.net.recv(1, s, 10, &out, 0) == 0);
  CHECK(out.empty());
}

TEST_CASE("a thread in select() blocks, wakes on data from another thread, and counts in deadlocks") {
  Config c;
  Machine m(c);
  std::string text;
  m.on_output = [&](bool, std::string_view s) { text += s; };
  REQUIRE(m.load(R"PY(
import select, socket, threading, time
a, b = socket.socketpair()
def later():
    time.sleep(0.25)
    b.send(b'x')
threading.Thread(target=later).start()
t0 = time.monotonic()
r, _, _ = select.select([a], [], [])
print(r == [a], round(time.monotonic() - t0, 2))
select.select([b], [], [], 0)
a.recv(1)
select.select([a], [], [])
)PY", "sel.py"));
  auto r = m.run();
  CHECK(text.rfind("True 0.25\n", 0) == 0);
  CHECK(r.exit_code == 3);
  CHECK(r.message.find("waits in select.select() for sockets that nothing will make ready") != std::string::npos);
}
