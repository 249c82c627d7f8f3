#include "sim/config.h"

#include <cmath>
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

}  // namespace interleave::sim
