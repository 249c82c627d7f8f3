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
    {Text::EventLoopEmpty, "Программа не запускала цикл событий asyncio.",
     "The program has not started an asyncio event loop."},
    {Text::LocksEmpty, "Нет блокировок.", "No locks."},
    {Text::OutputEmpty, "Программа ещё ничего не напечатала.", "The program has printed nothing yet."},
    {Text::BuildThreaded, "браузер, потоки", "browser, threaded"},
    {Text::BuildSingle, "браузер, один поток", "browser, single-threaded"},
    {Text::BuildDesktop, "настольная версия", "desktop"},
    {Text::Steps, "шагов", "steps"},
    {Text::TraceFull, "трасса заполнена", "trace full"},
    {Text::TraceFullTip,
     "Трасса достигла предела записей: программа продолжает работать, но временная шкала после этого момента пуста.",
     "The trace reached its record limit: the program goes on, but the timeline is empty after this point."},
    {Text::StateRunning, "выполняется", "running"},
    {Text::StatePaused, "пауза", "paused"},
    {Text::StateFinished, "завершена", "finished"},
    {Text::ExitCode, "код выхода", "exit code"},
    {Text::MenuMachine, "Машина", "Machine"},
    {Text::MachineSettings, "Настройки машины", "Machine settings"},
    {Text::Cores, "Ядра", "Cores"},
    {Text::GilEnabled, "GIL (как в CPython; выключите — будет free-threaded)",
     "GIL (as in CPython; switch off for a free-threaded build)"},
    {Text::SwitchInterval, "Интервал переключения GIL, мс", "GIL switch interval, ms"},
    {Text::SwitchPoints, "Где поток может уступить GIL", "Where a thread may give up the GIL"},
    {Text::SwitchPointsCPython, "как в CPython 3.10+ (вызовы, циклы)", "like CPython 3.10+ (calls, loops)"},
    {Text::SwitchPointsAny, "между любыми инструкциями (3.9, free-threaded)",
     "between any two instructions (3.9, free-threaded)"},
    {Text::Seed, "Зерно (seed)", "Seed"},
    {Text::AppliesNextRun, "Настройки применятся при следующем запуске: нажмите «Сброс».",
     "The settings apply to the next run: press Reset."},
    {Text::NoGil, "без GIL", "no GIL"},
    {Text::MachineButtonTip, "Настройки машины: ядра, GIL, интервал переключения, seed",
     "Machine settings: cores, GIL, switch interval, seed"},
    {Text::FitAll, "Показать всё", "Fit all"},
    {Text::Follow, "Следить за концом", "Follow the end"},
    {Text::TimelineHint, "колесо — масштаб, перетаскивание — сдвиг, Shift+колесо — прокрутка",
     "wheel: zoom, drag: pan, Shift+wheel: scroll"},
    {Text::GroupCores, "Ядра", "Cores"},
    {Text::ThreadNew, "создан", "new"},
    {Text::ThreadReady, "готов, ждёт ядро", "ready, waiting for a core"},
    {Text::ThreadRunning, "выполняется", "running"},
    {Text::ThreadWaitGil, "ждёт GIL", "waiting for the GIL"},
    {Text::ThreadWaitSwitch, "ждёт передачи GIL", "waiting for a GIL switch"},
    {Text::ThreadBlocked, "заблокирован", "blocked"},
    {Text::ThreadDone, "завершён", "done"},
    {Text::Thread, "Поток", "Thread"},
    {Text::State, "Состояние", "State"},
    {Text::Reason, "Причина", "Reason"},
    {Text::Line, "Строка", "Line"},
    {Text::Core, "Ядро", "Core"},
    {Text::Start, "Начало", "Start"},
    {Text::Duration, "Длительность", "Duration"},
    {Text::Holder, "Владелец", "Holder"},
    {Text::Waiters, "Ждут", "Waiting"},
    {Text::LockFree, "свободна", "free"},
    {Text::CoreRuns, "выполняет поток", "runs thread"},
    {Text::GilHeldBy, "GIL держит", "GIL held by"},
    {Text::LockHeldBy, "захвачена потоком", "held by"},
    {Text::FoldedChanges, "изменений слишком близко друг к другу", "changes too close together"},
    {Text::ZoomIn, "приблизьте, чтобы различить", "zoom in to tell them apart"},
    {Text::DropRequest, "просит отпустить GIL; держит", "asks for the GIL to be dropped; held by"},
    {Text::LockWaits, "ждёт блокировку", "waits for the lock"},
    {Text::LockGaveUp, "перестал ждать (тайм-аут)", "gave up waiting (timeout)"},
    {Text::MarksNearby, "событий рядом", "events close by"},
    {Text::ThreadsHint, "Щёлкните поток: его строка подсветится в программе.",
     "Click a thread to highlight its line in the program."},
    {Text::Records, "записей в трассе", "trace records"},
    {Text::Acquisitions, "захватов", "acquisitions"},
    {Text::Daemon, "демон", "daemon"},
    {Text::UnitNs, "нс", "ns"},
    {Text::UnitUs, "мкс", "µs"},
    {Text::UnitMs, "мс", "ms"},
    {Text::UnitS, "с", "s"},
    {Text::CoreIdle, "простаивает", "idle"},
    {Text::TaskReady, "готова, в очереди цикла", "ready, in the loop's queue"},
    {Text::TaskRunning, "выполняется", "running"},
    {Text::TaskWaiting, "ждёт", "waiting"},
    {Text::TaskDone, "завершена", "done"},
    {Text::TaskCancelled, "снята", "cancelled"},
    {Text::TaskFailed, "завершилась с исключением", "failed with an exception"},
    {Text::Task, "Задача", "Task"},
    {Text::Awaits, "Ждёт", "Awaits"},
    {Text::WokenBy, "Разбудил", "Woken by"},
    {Text::LoopRunsTask, "выполняет задачу", "runs the task"},
    {Text::LoopBetweenSteps, "между шагами задач (обратные вызовы, ожидание)", "between task steps (callbacks, waiting)"},
    {Text::ReadyCallbacks, "готово к запуску", "ready to run"},
    {Text::PendingTimers, "таймеров", "timers"},
    {Text::LoopNoPass, "ещё не было прохода", "no pass yet"},
    {Text::LoopNoPassHere, "здесь цикл не делал проходов: он ждал или выполнял одну задачу", "no pass of the loop here: it waited or ran one task"},
    {Text::LoopChartTip, "столбики — обратные вызовы, готовые к запуску; линия — таймеры (sleep, тайм-ауты)", "bars: callbacks ready to run; line: timers (sleep, timeouts)"},
    {Text::TasksMore, "ещё задач:", "more tasks:"},
    {Text::ShowAll, "показать все", "show all"},
    {Text::ShowFewer, "свернуть", "show fewer"},
    {Text::Moment, "Момент", "At"},
    {Text::Live, "сейчас", "now"},
    {Text::BackToLive, "● к текущему моменту", "● back to now"},
    {Text::ScrubHint, "щелчок по шкале времени — перемотать панели к этому моменту", "click the time ruler to see the panels at that moment"},
    {Text::ShowFinished, "показывать завершённые", "show finished"},
    {Text::NoTasksAt, "В этот момент задач нет.", "No tasks at this moment."},
    {Text::EventLoopHint, "Щёлкните задачу: её строка подсветится в программе, а стрелки на шкале покажут, кто её будит и кого будит она.", "Click a task: its line lights up in the program, and arrows on the timeline show who wakes it and whom it wakes."},
    {Text::TaskLegend, "задачи:", "tasks:"},
    {Text::TaskReadyShort, "готова", "ready"},
    {Text::TaskFailedShort, "ошибка", "failed"},
    {Text::LoopPassShort, "проход", "pass"},
    {Text::ScrubHintPanel, "Щёлкните по шкале времени над строками, чтобы увидеть задачи в любой момент.",
     "Click the time ruler above the rows to see the tasks at any moment."},
    {Text::MaxInView, "больше всего на экране (готово / таймеров)", "most in view (ready / timers)"},
    {Text::TasksOne, "задача", "task"},
    {Text::TasksFew, "задачи", "tasks"},
    {Text::TasksMany, "задач", "tasks"},
    {Text::LoopBusy, "цикл выполнял задачи", "the loop ran tasks"},
    {Text::Network, "Сеть (socket, requests, aiohttp)", "Network (socket, requests, aiohttp)"},
    {Text::NetLatency, "Задержка хоста, если правило её не задаёт (туда и обратно), мс", "A host's round trip when no rule sets it, ms"},
    {Text::NetLatencyMin, "от", "from"},
    {Text::NetLatencyMax, "до", "to"},
    {Text::NetLatencyBad, "минимум больше максимума — не применено", "the minimum is above the maximum: not applied"},
    {Text::NetRules, "Правила для хостов (как --net), позже — сильнее:", "Rules for hosts (as --net), later ones win:"},
    {Text::NetRulesHelp, "ХОСТ[/ПУТЬ]=[ЗАДЕРЖКА][,delay=T][,status=N][,size=БАЙТЫ][,fail=refused|timeout|dns|reset][,body=ТЕКСТ]; ХОСТ * — любой", "HOST[/PATH]=[LATENCY][,delay=T][,status=N][,size=BYTES][,fail=refused|timeout|dns|reset][,body=TEXT]; HOST * is any"},
    {Text::NetNoRules, "Правил нет: каждый хост отвечает 200.", "No rules: every host answers 200."},
    {Text::NetRuleAdd, "+ правило", "+ rule"},
    {Text::NetRuleDelete, "Удалить правило", "Delete the rule"},
    {Text::NetRuleUnused, "не применяется:", "not used:"},
    {Text::ScenarioSets, "Сценарий задаёт:", "The scenario sets:"},
    {Text::ScenarioRestore, "↺ как в сценарии", "↺ as the scenario sets"},
    {Text::ScenarioSame, "Машина — такая, как задаёт заголовок сценария.", "The machine is as the scenario's header sets it."},
    {Text::Greenlet, "Гринлет", "Greenlet"},
    {Text::GreenletMain, "главный", "main"},
    {Text::GreenletRunning, "выполняется", "running"},
    {Text::GreenletSuspended, "приостановлен, ждёт switch()", "suspended, waits for a switch()"},
    {Text::GreenletSuspendedShort, "приостановлен", "suspended"},
    {Text::GreenletLegend, "гринлеты:", "greenlets:"},
    {Text::GreenletSwitchShort, "переключение", "switch"},
    {Text::GreenletSwitched, "передаёт управление", "passes control to"},
    {Text::GreenletThrew, "бросает исключение в", "throws an exception into"},
    {Text::GreenletEnded, "закончился; управление переходит к родителю", "ended; control goes to its parent"},
    {Text::GreenletEndShort, "конец", "end"},
    {Text::GreenletSwitchLine, "строка", "line"},
    {Text::GreenletOf, "поток", "thread"},
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

std::string count_tasks(uint64_t n) {
  Text form = n == 1 ? Text::TasksOne : Text::TasksMany;
  if (g_language == Language::Russian) {
    // Russian: 1, 21, 31 ... задача; 2-4, 22-24 ... задачи; 0, 5-20, 25-30 ... задач.
    const uint64_t last = n % 10, last2 = n % 100;
    form = last2 >= 11 && last2 <= 14 ? Text::TasksMany
           : last == 1                ? Text::TasksOne
           : last >= 2 && last <= 4   ? Text::TasksFew
                                      : Text::TasksMany;
  }
  return std::to_string(n) + " " + tr(form);
}

const char* language_code(Language language) {
  return language == Language::Russian ? "ru" : "en";
}

}  // namespace interleave::ui
