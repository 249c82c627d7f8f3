// The scenarios built into the app (scenarios/**/*.py, embedded at build
// time by scripts/embed_scenarios.py), parsed once, grouped by topic.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario.h"
#include "strings.h"

namespace interleave::ui {

struct EmbeddedScenario {
  const char* id;
  const char* text;
};

struct ScenarioLibrary {
  std::vector<scenario::Scenario> scenarios;  // in path order, so grouped by topic
  std::vector<std::string> errors;           // front-matter mistakes, one per bad file

  const scenario::Scenario* find(std::string_view id) const;
};

const ScenarioLibrary& scenario_library();

// "generators" -> "Генераторы и сопрограммы" / "Generators and coroutines".
std::string topic_title(std::string_view topic, Language language);
std::string_view topic_of(const scenario::Scenario& s);

}  // namespace interleave::ui
