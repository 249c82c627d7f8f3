#include "strings.h"

namespace interleave::ui {
namespace {

struct Translation {
  Text id;
  const char* ru;
  const char* en;
};

// One row per Text, in enum order (checked below).
constexpr Translation kTable[] = {
    {Text::AppTitle, "Interleave", "Interleave"},
    {Text::AppSubtitle, "Параллелизм и конкурентность", "Parallelism and concurrency"},
    {Text::MenuFile, "Файл", "File"},
    {Text::MenuView, "Вид", "View"},
    {Text::MenuLanguage, "Язык", "Language"},
    {Text::MenuScenarios, "Сценарии", "Scenarios"},
    {Text::UnknownScenario, "Сценарий не найден:", "No such scenario:"},
    {Text::Editor, "Программа", "Program"},
    {Text::Timeline, "Временная шкала", "Timeline"},
    {Text::Threads, "Потоки", "Threads"},
    {Text::EventLoop, "Цикл событий", "Event loop"},
    {Text::Locks, "Блокировки", "Locks"},
    {Text::Output, "Вывод", "Output"},
    {Text::Run, "▶ Запуск", "▶ Run"},
    {Text::Pause, "■ Пауза", "■ Pause"},
    {Text::Step, "→ Шаг", "→ Step"},
    {Text::Reset, "↺ Сброс", "↺ Reset"},
    {Text::Speed, "Скорость", "Speed"},
    {Text::SimTime, "Время модели", "Simulated time"},
    {Text::EditorHint, "Напишите программу на Python или выберите сценарий.",
     "Write a Python program or pick a scenario."},
    {Text::TimelineEmpty, "Ядра, потоки, задачи и GIL появятся здесь во время выполнения.",
     "Cores, threads, tasks and the GIL appear here while the program runs."},
    {Text::ThreadsEmpty, "Нет потоков.", "No threads."},
    {Text::EventLoopEmpty, "Цикл событий не запущен.", "No event loop is running."},
    {Text::LocksEmpty, "Нет блокировок.", "No locks."},
    {Text::OutputEmpty, "Программа ещё ничего не напечатала.", "The program has printed nothing yet."},
    {Text::BuildThreaded, "браузер, потоки", "browser, threaded"},
    {Text::BuildSingle, "браузер, один поток", "browser, single-threaded"},
    {Text::BuildDesktop, "настольная версия", "desktop"},
    {Text::Steps, "шагов", "steps"},
    {Text::StateRunning, "выполняется", "running"},
    {Text::StatePaused, "пауза", "paused"},
    {Text::StateFinished, "завершена", "finished"},
    {Text::ExitCode, "код выхода", "exit code"},
};

static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<int>(Text::Count_),
              "every Text needs a row in kTable");

constexpr bool table_in_enum_order() {
  for (int i = 0; i < static_cast<int>(Text::Count_); ++i)
    if (static_cast<int>(kTable[i].id) != i) return false;
  return true;
}
static_assert(table_in_enum_order(), "kTable rows must follow the Text enum order");

Language g_language = Language::Russian;  // the course is Russian

}  // namespace

void set_language(Language language) { g_language = language; }
Language language() { return g_language; }

const char* tr(Text text) {
  const Translation& row = kTable[static_cast<int>(text)];
  return g_language == Language::Russian ? row.ru : row.en;
}

const char* language_code(Language language) {
  return language == Language::Russian ? "ru" : "en";
}

}  // namespace interleave::ui
