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
//   # ---
//
// Later issues add machine configuration keys (cores, GIL, switch interval).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace interleave::scenario {

struct Scenario {
  std::string id;  // "<topic>/<name>", the path under scenarios/ without .py
  std::string title_ru, title_en;
  std::string lesson_ru, lesson_en;
  std::vector<std::string> concepts;
  std::string source;   // the whole file, front matter included
  std::string program;  // what follows the front matter: what the editor shows
};

struct ParseResult {
  bool ok = false;
  std::string error;  // "<id>.py, line N: ..." when !ok
};

// Reads [text]'s front matter into [out] (which also gets [id] and the text).
ParseResult parse(std::string_view id, std::string_view text, Scenario* out);

}  // namespace interleave::scenario
