#include <doctest/doctest.h>

#include "scenario/scenario.h"
#include "sim/config.h"

using interleave::scenario::parse;
using interleave::scenario::Scenario;

TEST_CASE("scenario: front matter gives titles, lessons with continuation lines, concepts") {
  const char* text =
      "# ---\n"
      "# title.ru: Сопрограмма\n"
      "# title.en: A coroutine\n"
      "# concepts: generator, send ,close\n"
      "# lesson.ru: Первая строка,\n"
      "#   вторая строка.\n"
      "# lesson.en: One line.\n"
      "# ---\n"
      "print(1)\n";
  Scenario s;
  const auto r = parse("generators/demo", text, &s);
  REQUIRE(r.ok);
  CHECK(s.id == "generators/demo");
  CHECK(s.title_ru == "Сопрограмма");
  CHECK(s.title_en == "A coroutine");
  CHECK(s.lesson_ru == "Первая строка, вторая строка.");
  CHECK(s.lesson_en == "One line.");
  CHECK(s.concepts == std::vector<std::string>{"generator", "send", "close"});
  CHECK(s.source == text);      // the file runs as written, front matter and all
  CHECK(s.program == "print(1)\n");  // the editor shows the program alone
}

TEST_CASE("scenario: mistakes are reported with the file and line") {
  Scenario s;
  CHECK(parse("a/b", "print(1)\n", &s).error ==
        "a/b.py, line 1: a scenario starts with a front-matter block opened by '# ---'");
  CHECK(parse("a/b", "# ---\n# title.ru: x\n# title.en: y\n# colour: red\n# ---\n", &s).error ==
        "a/b.py, line 4: unknown key 'colour' (known: title.ru, title.en, lesson.ru, lesson.en, concepts, "
        "machine.*, net.latency, net)");
  CHECK(parse("a/b", "# ---\n# title.ru: x\n", &s).error ==
        "a/b.py, line 2: the front-matter block is not closed by '# ---'");
  CHECK(parse("a/b", "# ---\n# title.ru: x\n# ---\n", &s).error ==
        "a/b.py, line 1: a scenario needs both title.ru and title.en");
  CHECK(parse("a/b", "# ---\n#   dangling\n# ---\n", &s).error ==
        "a/b.py, line 2: a continuation line needs a key above it");
}

TEST_CASE("scenario: machine and network keys, in the CLI's syntax, applied in order") {
  const char* text =
      "# ---\n"
      "# title.ru: Сеть\n"
      "# title.en: The network\n"
      "# machine.cores: 2\n"
      "# machine.gil: off\n"
      "# machine.switch_interval: 1ms\n"
      "# machine.switch_points: any\n"
      "# machine.timer_slack: 1ms\n"
      "# machine.seed: 7\n"
      "# machine.max_time: 30s\n"
      "# machine.max_steps: 1000000\n"
      "# net.latency: 50ms..300ms\n"
      "# net: *=80ms\n"
      "# net: example.com=120ms\n"
      "# net: bad.example=fail=refused\n"
      "# net: teapot.example=status=418,body=short, and stout\n"
      "# ---\n"
      "print(1)\n";
  Scenario s;
  const auto r = parse("asyncio/net", text, &s);
  REQUIRE_MESSAGE(r.ok, r.error);
  REQUIRE(s.settings.size() == 13);
  CHECK(s.settings[0].key == "machine.cores");
  CHECK(s.settings[0].option == "cores");
  CHECK(s.settings[0].value == "2");
  CHECK(s.settings[0].line == 4);
  CHECK(s.settings[9].option == "net");
  CHECK(s.program == "print(1)\n");
  CHECK(s.program_line == 18);
  interleave::sim::Config c;
  c.net.rules.resize(1);  // what was there stays: the rules add up
  interleave::scenario::apply_settings(s, &c);
  CHECK(c.cores == 2);
  CHECK(!c.gil);
  CHECK(c.switch_interval_ns == 1'000'000);
  CHECK(c.switch_points == interleave::vm::SwitchPoints::Any);
  CHECK(c.timer_slack_ns == 1'000'000);
  CHECK(c.seed == 7);
  CHECK(c.max_time_ns == 30'000'000'000);
  CHECK(c.max_steps == 1'000'000);
  CHECK(c.net.latency_min_ns == 50'000'000);
  CHECK(c.net.latency_max_ns == 300'000'000);
  REQUIRE(c.net.rules.size() == 5);
  CHECK(c.net.rules[1].host == "*");
  CHECK(c.net.rules[2].latency_ns == 120'000'000);
  CHECK(c.net.rules[3].fail == interleave::sim::NetFail::Refused);
  CHECK(c.net.rules[4].body == "short, and stout");
}

TEST_CASE("scenario: a bad machine setting names its line and says what is wrong") {
  Scenario s;
  auto error = [&](const char* lines) {
    return parse("a/b", std::string("# ---\n# title.ru: x\n# title.en: y\n") + lines + "# ---\n", &s).error;
  };
  CHECK(error("# machine.cores: 100\n") == "a/b.py, line 4: machine.cores needs a whole number from 1 to 64, got '100'");
  CHECK(error("# machine.cores: many\n") == "a/b.py, line 4: machine.cores needs a whole number from 1 to 64, got 'many'");
  CHECK(error("# machine.gil: yes\n") == "a/b.py, line 4: machine.gil needs on or off, got 'yes'");
  CHECK(error("# machine.switch_interval: soon\n") ==
        "a/b.py, line 4: machine.switch_interval needs a duration above zero like 5ms, 0.005 or 100us, got 'soon'");
  CHECK(error("# machine.seed: 7\n# machine.seed: 8\n") ==
        "a/b.py, line 5: machine.seed is set twice (first on line 4); only net may be repeated");
  CHECK(error("# machine.colour: red\n") ==
        "a/b.py, line 4: unknown machine setting 'machine.colour' (known: machine.cores, machine.gil, "
        "machine.switch_interval, machine.switch_points, machine.timer_slack, machine.seed, machine.max_time, "
        "machine.max_steps)");
  CHECK(error("# net.latency: 300ms..50ms\n") ==
        "a/b.py, line 4: net.latency needs MIN..MAX, e.g. 20ms..200ms, got '300ms..50ms'");
  CHECK(error("# net: example.com\n") ==
        "a/b.py, line 4: net: expected HOST=SETTINGS (e.g. example.com=100ms), got 'example.com'");
  CHECK(error("# net: x.org=fail=maybe\n") ==
        "a/b.py, line 4: net: bad fail 'maybe' in 'x.org=fail=maybe' (refused, timeout, dns, reset or none)");
  CHECK(error("# net: example.com=1ms,\n#   delay=2s\n") ==
        "a/b.py, line 5: machine settings take one line each (only titles and lessons continue)");
}

TEST_CASE("scenario: any program may open with front matter; the CLI reads it without titles") {
  Scenario s;
  CHECK(interleave::scenario::has_front_matter("# ---\n# machine.cores: 1\n# ---\nprint(1)\n"));
  CHECK(!interleave::scenario::has_front_matter("print(1)\n# ---\n"));
  auto r = interleave::scenario::parse_front_matter("prog.py", "# ---\n# machine.cores: 1\n# ---\nprint(1)\n", &s);
  REQUIRE_MESSAGE(r.ok, r.error);
  REQUIRE(s.settings.size() == 1);
  r = interleave::scenario::parse_front_matter("dir/prog.py", "# ---\n# net: nohost\n# ---\n", &s);
  CHECK(r.error == "dir/prog.py, line 2: net: expected HOST=SETTINGS (e.g. example.com=100ms), got 'nohost'");
}

#include <filesystem>
#include <fstream>
#include <sstream>

TEST_CASE("scenario: every file in scenarios/ has valid front matter") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(INTERLEAVE_SOURCE_DIR) / "scenarios";
  int count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".py") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string id = fs::relative(entry.path(), root).replace_extension().generic_string();
    Scenario s;
    const auto r = parse(id, text.str(), &s);
    CHECK_MESSAGE(r.ok, r.error);
    CHECK_MESSAGE(!s.lesson_ru.empty(), id << " has no Russian lesson");
    CHECK_MESSAGE(!s.lesson_en.empty(), id << " has no English lesson");
    ++count;
  }
  CHECK(count >= 3);
}
