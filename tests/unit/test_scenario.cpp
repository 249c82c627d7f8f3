#include <doctest/doctest.h>

#include "scenario/scenario.h"

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
        "a/b.py, line 4: unknown key 'colour' (known: title.ru, title.en, lesson.ru, lesson.en, concepts)");
  CHECK(parse("a/b", "# ---\n# title.ru: x\n", &s).error ==
        "a/b.py, line 2: the front-matter block is not closed by '# ---'");
  CHECK(parse("a/b", "# ---\n# title.ru: x\n# ---\n", &s).error ==
        "a/b.py, line 1: a scenario needs both title.ru and title.en");
  CHECK(parse("a/b", "# ---\n#   dangling\n# ---\n", &s).error ==
        "a/b.py, line 2: a continuation line needs a key above it");
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
