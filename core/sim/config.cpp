#include "sim/config.h"

#include <cmath>
#include <cstdlib>

namespace interleave::sim {

std::string Config::validate() const {
  if (cores < 1 || cores > 64) return "cores must be between 1 and 64 (got " + std::to_string(cores) + ")";
  if (switch_interval_ns == 0) return "the switch interval must be positive";
  if (quantum_ns == 0) return "the OS quantum must be positive";
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
