// Scenario: a runnable program from the course with its lesson.
//
// A scenario is an ordinary Python file (scenarios/<topic>/<name>.py) that
// opens with a front-matter block of comments, so the same file runs
// unchanged under CPython, the CLI and the app:
//
//   # ---
//   # title.ru: Сопрограмма на генераторе
//   # title.en: A generator coroutine
//   # concepts: generator, send, close
//   # lesson.ru: First line of the lesson,
//   #   continued on lines indented by two or more spaces.
//   # lesson.en: ...
//   # machine.cores: 2
//   # net.latency: 50ms..300ms
//   # net: example.com=120ms
//   # net: bad.example=fail=refused
//   # ---
//
// Besides the texts, the block may set up the simulated machine the program
// runs on, in the CLI's syntax (sim::set_option, core/sim/config.h): each
// key is a CLI flag's name.
//
//   machine.cores: 1..64                      --cores
//   machine.gil: on | off                     --gil
//   machine.switch_interval: 5ms              --switch-interval
//   machine.switch_points: cpython | any      --switch-points
//   machine.timer_slack: 1ms                  --timer-slack
//   machine.seed: 7                           --seed
//   machine.max_time: 30s                     --max-time
//   machine.max_steps: 1000000                --max-steps
//   net.latency: MIN..MAX                     --net-latency (the range a host's
//                                             round trip is drawn from)
//   net: HOST[/PATH]=[LATENCY][,delay=T][,status=N][,size=BYTES]
//        [,fail=refused|timeout|dns|reset][,body=TEXT]
//                                             --net (one rule per line, repeatable;
//                                             later rules win)
//
// The machine keys take one line each (no continuation lines) and each but
// net may be given once. The app applies them when the scenario is loaded
// (the learner can change them in the machine settings); the CLI applies
// them when it runs a file that opens with a front-matter block (its own
// flags win: they are applied after, and --net rules come after the
// file's). Mistakes are reported as "<id>.py, line N: ...".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace interleave::sim {
struct Config;
}

namespace interleave::scenario {

// One machine setting of the front matter.
struct Setting {
  std::string key;     // as written: "machine.cores", "net"
  std::string option;  // its sim::set_option name: "cores", "net"
  std::string value;
  int line = 0;        // 1-based, in the file
};

struct Scenario {
  std::string id;  // "<topic>/<name>", the path under scenarios/ without .py
  std::string title_ru, title_en;
  std::string lesson_ru, lesson_en;
  std::vector<std::string> concepts;
  std::string source;   // the whole file, front matter included
  std::string program;  // what follows the front matter: what the editor shows
  std::vector<Setting> settings;  // the machine keys, in file order
  int program_line = 1;  // the file's line the program starts at
};

struct ParseResult {
  bool ok = false;
  std::string error;  // "<id>.py, line N: ..." when !ok
};

// Reads [text]'s front matter into [out] (which also gets [id] and the text).
ParseResult parse(std::string_view id, std::string_view text, Scenario* out);

// Whether [text] opens with a front-matter block ('# ---' on its first line).
bool has_front_matter(std::string_view text);
// Reads a front-matter block of any program (the CLI's case): like parse()
// but the titles are not required, and errors name the file as [file]
// ("prog.py, line 3: ...").
ParseResult parse_front_matter(std::string_view file, std::string_view text, Scenario* out);

// Applies [s]'s machine settings to [config], in order (parse() has
// checked them, so none fails).
void apply_settings(const Scenario& s, sim::Config* config);

}  // namespace interleave::scenario
