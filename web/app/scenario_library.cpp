#include "scenario_library.h"

namespace interleave::ui {

extern const EmbeddedScenario kEmbeddedScenarios[];

namespace {

struct TopicTitle {
  const char* id;
  const char* ru;
  const char* en;
};

constexpr TopicTitle kTopics[] = {
    {"generators", "Генераторы и сопрограммы", "Generators and coroutines"},
    {"threads", "Потоки", "Threads"},
    {"gil", "GIL", "The GIL"},
    {"processes", "Процессы", "Processes"},
    {"asyncio", "asyncio", "asyncio"},
    {"greenlets", "Гринлеты", "Greenlets"},
};

ScenarioLibrary load_library() {
  ScenarioLibrary library;
  for (const EmbeddedScenario* e = kEmbeddedScenarios; e->id; ++e) {
    scenario::Scenario s;
    const scenario::ParseResult r = scenario::parse(e->id, e->text, &s);
    if (r.ok) library.scenarios.push_back(std::move(s));
    else library.errors.push_back(r.error);
  }
  return library;
}

}  // namespace

const scenario::Scenario* ScenarioLibrary::find(std::string_view id) const {
  for (const scenario::Scenario& s : scenarios)
    if (s.id == id) return &s;
  return nullptr;
}

const ScenarioLibrary& scenario_library() {
  static const ScenarioLibrary library = load_library();
  return library;
}

std::string_view topic_of(const scenario::Scenario& s) {
  std::string_view id = s.id;
  return id.substr(0, id.find('/'));
}

std::string topic_title(std::string_view topic, Language language) {
  for (const TopicTitle& t : kTopics)
    if (topic == t.id) return language == Language::Russian ? t.ru : t.en;
  return std::string(topic);
}

}  // namespace interleave::ui
