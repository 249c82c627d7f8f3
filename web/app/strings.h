// UI text in the two first-class languages, Russian and English.
//
// Every string the app shows is a Text id; tr() picks the current language.
// Keeping both translations side by side in one table (strings.cpp) makes a
// missing translation a compile error rather than an English word in a
// Russian lesson.
#pragma once

namespace interleave::ui {

enum class Language { Russian, English };

enum class Text {
  AppTitle,
  AppSubtitle,
  MenuFile,
  MenuView,
  MenuLanguage,
  MenuScenarios,
  UnknownScenario,
  Editor,
  Timeline,
  Threads,
  EventLoop,
  Locks,
  Output,
  Run,
  Pause,
  Step,
  Reset,
  Speed,
  SimTime,
  EditorHint,
  TimelineEmpty,
  ThreadsEmpty,
  EventLoopEmpty,
  LocksEmpty,
  OutputEmpty,
  BuildThreaded,
  BuildSingle,
  BuildDesktop,
  Steps,
  TraceFull,
  TraceFullTip,
  StateRunning,
  StatePaused,
  StateFinished,
  ExitCode,
  MenuMachine,
  MachineSettings,
  Cores,
  GilEnabled,
  SwitchInterval,
  SwitchPoints,
  SwitchPointsCPython,
  SwitchPointsAny,
  Seed,
  AppliesNextRun,
  NoGil,
  MachineButtonTip,
  FitAll,
  Follow,
  TimelineHint,
  GroupCores,
  ThreadNew,
  ThreadReady,
  ThreadRunning,
  ThreadWaitGil,
  ThreadWaitSwitch,
  ThreadBlocked,
  ThreadDone,
  Thread,
  State,
  Reason,
  Line,
  Core,
  Start,
  Duration,
  Holder,
  Waiters,
  LockFree,
  CoreRuns,
  GilHeldBy,
  LockHeldBy,
  FoldedChanges,
  ZoomIn,
  DropRequest,
  LockWaits,
  LockGaveUp,
  MarksNearby,
  ThreadsHint,
  Records,
  Acquisitions,
  Daemon,
  UnitNs,
  UnitUs,
  UnitMs,
  UnitS,
  CoreIdle,
  Count_  // keep last
};

void set_language(Language language);
Language language();
const char* tr(Text text);
const char* language_code(Language language);  // "ru" / "en"

}  // namespace interleave::ui
