#include "sim/config.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace interleave::sim {

std::string Config::validate() const {
  if (cores < 1 || cores > 64) return "cores must be between 1 and 64 (got " + std::to_string(cores) + ")";
  if (switch_interval_ns == 0) return "the switch interval must be positive";
  if (quantum_ns == 0) return "the OS quantum must be positive";
  if (net.latency_min_ns > net.latency_max_ns) return "the network's minimum latency is above its maximum";
  return "";
}

std::string parse_net_rule(const std::string& text, NetRule* out) {
  NetRule r;
  size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0) return "expected HOST=SETTINGS (e.g. example.com=100ms), got '" + text + "'";
  std::string target = text.substr(0, eq);
  size_t slash = target.find('/');
  r.host = target.substr(0, slash);
  for (char& c : r.host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (r.host.empty()) return "the rule '" + text + "' names no host";
  if (slash != std::string::npos) r.path = target.substr(slash);
  std::string rest = text.substr(eq + 1);
  bool first = true;
  while (!rest.empty()) {
    std::string item;
    if (rest.rfind("body=", 0) == 0) {
      item = rest;  // the body takes the rest, commas included
      rest.clear();
    } else {
      size_t comma = rest.find(',');
      item = rest.substr(0, comma);
      rest = comma == std::string::npos ? "" : rest.substr(comma + 1);
    }
    size_t ieq = item.find('=');
    std::string key = ieq == std::string::npos ? "" : item.substr(0, ieq);
    std::string value = ieq == std::string::npos ? item : item.substr(ieq + 1);
    uint64_t ns = 0;
    if (key.empty() || key == "latency") {
      if (key.empty() && !first) return "'" + item + "' in '" + text + "': only the first setting may be a bare latency";
      if (!parse_duration(value, &ns)) return "bad latency '" + value + "' in '" + text + "' (e.g. 100ms)";
      r.latency_ns = static_cast<int64_t>(ns);
    } else if (key == "delay") {
      if (!parse_duration(value, &ns)) return "bad delay '" + value + "' in '" + text + "' (e.g. 1s)";
      r.delay_ns = static_cast<int64_t>(ns);
    } else if (key == "status") {
      char* end = nullptr;
      long v = std::strtol(value.c_str(), &end, 10);
      if (value.empty() || *end || v < 100 || v > 599) return "bad status '" + value + "' in '" + text + "' (100-599)";
      r.status = static_cast<int>(v);
    } else if (key == "size") {
      // 5000, 64KB, 5MB, 1GB (powers of 1000, like a download page)
      char* end = nullptr;
      double v = std::strtod(value.c_str(), &end);
      std::string unit(end ? end : "");
      double scale = unit.empty() || unit == "B" ? 1 : unit == "KB" || unit == "kB" ? 1e3 : unit == "MB" ? 1e6
                     : unit == "GB" ? 1e9 : -1;
      if (value.empty() || end == value.c_str() || scale < 0 || !(v >= 0) || v * scale > 4e9)
        return "bad size '" + value + "' in '" + text + "' (e.g. 5000, 64KB, 5MB; at most 4GB)";
      r.size = static_cast<int64_t>(v * scale);
    } else if (key == "fail") {
      r.has_fail = true;
      if (value == "refused") r.fail = NetFail::Refused;
      else if (value == "timeout") r.fail = NetFail::Timeout;
      else if (value == "dns") r.fail = NetFail::Dns;
      else if (value == "reset") r.fail = NetFail::Reset;
      else if (value == "none") r.fail = NetFail::None;
      else return "bad fail '" + value + "' in '" + text + "' (refused, timeout, dns, reset or none)";
    } else if (key == "body") {
      r.has_body = true;
      r.body = value;
    } else {
      return "unknown setting '" + key + "' in '" + text + "' (latency, delay, status, size, fail, body)";
    }
    first = false;
  }
  *out = std::move(r);
  return "";
}

bool parse_duration(const std::string& text, uint64_t* ns) {
  if (text.empty()) return false;
  const char* begin = text.c_str();
  char* end = nullptr;
  double v = std::strtod(begin, &end);
  if (end == begin || !std::isfinite(v) || v < 0) return false;
  std::string unit(end);
  double scale;
  if (unit.empty() || unit == "s") scale = 1e9;
  else if (unit == "ms") scale = 1e6;
  else if (unit == "us" || unit == "µs") scale = 1e3;
  else if (unit == "ns") scale = 1;
  else if (unit == "min") scale = 60e9;
  else return false;
  double r = v * scale;
  if (r > 1.8e19) return false;
  *ns = static_cast<uint64_t>(std::llround(r));
  return true;
}

std::string format_duration_setting(uint64_t ns) {
  // Whole minutes, else the largest unit the value is at least 1 of, with
  // the fewest decimals (at most 3) that read back exactly.
  if (ns == 0) return "0s";
  if (ns % 60'000'000'000 == 0) return std::to_string(ns / 60'000'000'000) + "min";
  struct Unit {
    uint64_t scale;
    const char* name;
  };
  static constexpr Unit kUnits[] = {{1'000'000'000, "s"}, {1'000'000, "ms"}, {1'000, "us"}};
  for (const Unit& u : kUnits) {
    if (ns < u.scale) continue;
    for (int digits = 0; digits <= 3; ++digits) {
      char buf[48];
      std::snprintf(buf, sizeof buf, "%.*f%s", digits, static_cast<double>(ns) / static_cast<double>(u.scale), u.name);
      uint64_t back = 0;
      if (parse_duration(buf, &back) && back == ns) return buf;
    }
  }
  return std::to_string(ns) + "ns";
}

std::string format_net_rule(const NetRule& r) {
  std::string text = r.host + r.path + "=";
  std::vector<std::string> items;
  if (r.latency_ns >= 0) items.push_back(format_duration_setting(static_cast<uint64_t>(r.latency_ns)));
  if (r.delay_ns >= 0) items.push_back("delay=" + format_duration_setting(static_cast<uint64_t>(r.delay_ns)));
  if (r.status) items.push_back("status=" + std::to_string(r.status));
  if (r.size >= 0) items.push_back("size=" + std::to_string(r.size));
  if (r.has_fail) {
    static constexpr const char* kFails[] = {"none", "refused", "timeout", "dns", "reset"};
    items.push_back(std::string("fail=") + kFails[static_cast<int>(r.fail)]);
  }
  if (r.has_body) items.push_back("body=" + r.body);  // last: it takes the rest
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) text += ',';
    text += items[i];  // a latency, when there is one, comes first and needs no key
  }
  return text;
}

namespace {

constexpr const char* kOptionNames[] = {"cores", "gil", "switch-interval", "switch-points", "timer-slack", "seed",
                                        "max-time", "max-steps", "net", "net-latency"};

bool parse_whole(const std::string& s, long long* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  *out = std::strtoll(s.c_str(), &end, 10);
  return end && *end == '\0';
}

}  // namespace

bool is_option(const std::string& name) {
  for (const char* n : kOptionNames)
    if (name == n) return true;
  return false;
}

std::string set_option(Config* c, const std::string& name, const std::string& value, const std::string& shown_as) {
  const std::string got = ", got '" + value + "'";
  long long n = 0;
  uint64_t ns = 0;
  if (name == "cores") {
    if (!parse_whole(value, &n) || n < 1 || n > 64) return shown_as + " needs a whole number from 1 to 64" + got;
    c->cores = static_cast<int>(n);
  } else if (name == "gil") {
    if (value != "on" && value != "off") return shown_as + " needs on or off" + got;
    c->gil = value == "on";
  } else if (name == "switch-interval") {
    if (!parse_duration(value, &ns) || ns == 0)
      return shown_as + " needs a duration above zero like 5ms, 0.005 or 100us" + got;
    c->switch_interval_ns = ns;
  } else if (name == "switch-points") {
    if (value != "cpython" && value != "any") return shown_as + " needs cpython or any" + got;
    c->switch_points = value == "any" ? vm::SwitchPoints::Any : vm::SwitchPoints::CPython;
  } else if (name == "timer-slack" || name == "max-time") {
    if (!parse_duration(value, &ns)) return shown_as + " needs a duration like 5ms, 0.005 or 100us" + got;
    (name == "timer-slack" ? c->timer_slack_ns : c->max_time_ns) = ns;
  } else if (name == "seed") {
    if (!parse_whole(value, &n) || n < 0) return shown_as + " needs a whole number >= 0" + got;
    c->seed = static_cast<uint64_t>(n);
  } else if (name == "max-steps") {
    if (!parse_whole(value, &n)) return shown_as + " needs a whole number" + got;
    c->max_steps = n;
  } else if (name == "net") {
    NetRule rule;
    const std::string bad = parse_net_rule(value, &rule);
    if (!bad.empty()) return shown_as + ": " + bad;
    c->net.rules.push_back(std::move(rule));
  } else if (name == "net-latency") {
    // MIN..MAX, or one duration for every host.
    const size_t dots = value.find("..");
    uint64_t lo = 0, hi = 0;
    if (!parse_duration(value.substr(0, dots), &lo) ||
        !parse_duration(dots == std::string::npos ? value : value.substr(dots + 2), &hi) || lo > hi)
      return shown_as + " needs MIN..MAX, e.g. 20ms..200ms" + got;
    c->net.latency_min_ns = lo;
    c->net.latency_max_ns = hi;
  } else {
    return shown_as + ": no such setting";
  }
  return "";
}

}  // namespace interleave::sim
