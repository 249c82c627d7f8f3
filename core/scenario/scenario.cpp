#include "scenario/scenario.h"

#include "sim/config.h"

namespace interleave::scenario {
namespace {

constexpr std::string_view kFence = "# ---";

// The machine keys and the sim::set_option names they map to.
struct MachineKey {
  const char* key;
  const char* option;
};
constexpr MachineKey kMachineKeys[] = {
    {"machine.cores", "cores"},
    {"machine.gil", "gil"},
    {"machine.switch_interval", "switch-interval"},
    {"machine.switch_points", "switch-points"},
    {"machine.timer_slack", "timer-slack"},
    {"machine.seed", "seed"},
    {"machine.max_time", "max-time"},
    {"machine.max_steps", "max-steps"},
    {"net.latency", "net-latency"},
    {"net", "net"},
};

const char* option_of(std::string_view key) {
  for (const MachineKey& k : kMachineKeys)
    if (key == k.key) return k.option;
  return nullptr;
}

std::string machine_keys() {
  std::string list;
  for (const MachineKey& k : kMachineKeys) {
    if (std::string_view(k.key).rfind("machine.", 0) != 0) continue;
    if (!list.empty()) list += ", ";
    list += k.key;
  }
  return list;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> items;
  while (!s.empty()) {
    const size_t comma = s.find(',');
    const std::string_view item = trim(s.substr(0, comma));
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return items;
}

// Splits [text] into lines without their terminators.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    lines.push_back(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return lines;
}

ParseResult read(std::string_view where, std::string_view text, Scenario* out, bool need_titles) {
  out->source = std::string(text);
  auto fail = [&](size_t line, const std::string& message) {
    ParseResult r;
    r.error = std::string(where) + ", line " + std::to_string(line) + ": " + message;
    return r;
  };

  const std::vector<std::string_view> lines = lines_of(text);
  if (lines.empty() || trim(lines[0]) != kFence)
    return fail(1, "a scenario starts with a front-matter block opened by '# ---'");

  std::string* current = nullptr;  // the key continuation lines extend
  sim::Config scratch;             // the machine settings are checked on it
  size_t i = 1;
  for (; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line == kFence) break;
    if (line.empty() || line[0] != '#')
      return fail(i + 1, "front-matter lines are comments; close the block with '# ---'");
    std::string_view body = lines[i].substr(lines[i].find('#') + 1);
    // "#   more text": a continuation of the previous value.
    if (body.size() >= 3 && body.substr(0, 3) == "   ") {
      if (!current)
        return fail(i + 1, out->settings.empty() || out->settings.back().line != static_cast<int>(i)
                               ? "a continuation line needs a key above it"
                               : "machine settings take one line each (only titles and lessons continue)");
      *current += ' ';
      *current += trim(body);
      continue;
    }
    body = trim(body);
    const size_t colon = body.find(':');
    if (colon == std::string_view::npos) return fail(i + 1, "expected 'key: value'");
    const std::string_view key = trim(body.substr(0, colon));
    const std::string_view value = trim(body.substr(colon + 1));
    current = nullptr;
    if (key == "title.ru") current = &out->title_ru;
    else if (key == "title.en") current = &out->title_en;
    else if (key == "lesson.ru") current = &out->lesson_ru;
    else if (key == "lesson.en") current = &out->lesson_en;
    else if (key == "concepts") out->concepts = split_list(value);
    else if (const char* option = option_of(key)) {
      if (key != "net")
        for (const Setting& earlier : out->settings)
          if (earlier.key == key)
            return fail(i + 1, std::string(key) + " is set twice (first on line " + std::to_string(earlier.line) +
                                   "); only net may be repeated");
      const std::string bad = sim::set_option(&scratch, option, std::string(value), std::string(key));
      if (!bad.empty()) return fail(i + 1, bad);
      out->settings.push_back({std::string(key), option, std::string(value), static_cast<int>(i + 1)});
    } else if (key.rfind("machine.", 0) == 0) {
      return fail(i + 1, "unknown machine setting '" + std::string(key) + "' (known: " + machine_keys() + ")");
    } else {
      return fail(i + 1, "unknown key '" + std::string(key) +
                             "' (known: title.ru, title.en, lesson.ru, lesson.en, concepts, machine.*, net.latency, net)");
    }
    if (current) *current = std::string(value);
  }
  if (i == lines.size()) return fail(lines.size(), "the front-matter block is not closed by '# ---'");
  const std::string bad = scratch.validate();
  if (!bad.empty()) return fail(i + 1, bad);
  // The program starts after the closing fence; the block's own lines and
  // newlines are skipped, so the editor's line 1 is the program's first line.
  size_t offset = 0;
  for (size_t k = 0; k <= i; ++k) offset += lines[k].size() + 1;
  out->program = offset < text.size() ? std::string(text.substr(offset)) : std::string();
  out->program_line = static_cast<int>(i + 2);
  if (need_titles && (out->title_ru.empty() || out->title_en.empty()))
    return fail(1, "a scenario needs both title.ru and title.en");
  ParseResult r;
  r.ok = true;
  return r;
}

}  // namespace

ParseResult parse(std::string_view id, std::string_view text, Scenario* out) {
  *out = Scenario{};
  out->id = std::string(id);
  return read(std::string(id) + ".py", text, out, true);
}

bool has_front_matter(std::string_view text) {
  const size_t nl = text.find('\n');
  return trim(text.substr(0, nl)) == kFence;
}

ParseResult parse_front_matter(std::string_view file, std::string_view text, Scenario* out) {
  *out = Scenario{};
  return read(file, text, out, false);
}

void apply_settings(const Scenario& s, sim::Config* config) {
  for (const Setting& setting : s.settings) sim::set_option(config, setting.option, setting.value, setting.key);
}

}  // namespace interleave::scenario
