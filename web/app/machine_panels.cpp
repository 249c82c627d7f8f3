// The simulated machine's panels beside the timeline: the threads (state,
// reason, line, who holds the GIL), the locks (holder and waiters), the
// machine settings, and their part of the page's snapshot.
//
// Threads come from the machine's thread list (a snapshot: each SimThread's
// current state); locks from the trace, replayed by TraceIndex. Nothing here
// reads the VM except ProgramRun::line_of.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app.h"
#include "json/json_writer.h"
#include "sim/machine.h"
#include "state_style.h"

namespace interleave::ui {

namespace {

void disabled_text(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

const std::string& name_of(const sim::Machine& m, uint32_t thread) {
  static const std::string unknown = "?";
  return thread < m.threads().size() ? m.threads()[thread]->name : unknown;
}

// Whether two machines are the same as far as the settings window and the
// front matter can tell.
bool same_machine(const sim::Config& a, const sim::Config& b) {
  if (a.cores != b.cores || a.gil != b.gil || a.switch_interval_ns != b.switch_interval_ns ||
      a.switch_points != b.switch_points || a.timer_slack_ns != b.timer_slack_ns || a.seed != b.seed ||
      a.max_time_ns != b.max_time_ns || a.max_steps != b.max_steps || a.net.latency_min_ns != b.net.latency_min_ns ||
      a.net.latency_max_ns != b.net.latency_max_ns || a.net.rules.size() != b.net.rules.size())
    return false;
  for (size_t i = 0; i < a.net.rules.size(); ++i)
    if (sim::format_net_rule(a.net.rules[i]) != sim::format_net_rule(b.net.rules[i])) return false;
  return true;
}

// A coloured square: the thread's colour everywhere in the app.
void thread_swatch(uint32_t thread) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.15f), ImVec2(p.x + h * 0.7f, p.y + h * 0.85f),
                                            thread_color(thread), 2.0f);
  ImGui::Dummy(ImVec2(h * 0.7f, h));
  ImGui::SameLine();
}

}  // namespace

// --- Threads ------------------------------------------------------------------

// A thread as the panel shows it: live from the machine, or at a scrubbed
// moment from the trace (its State record then, the GIL's holder then; the
// line is not in the trace, so a scrubbed thread shows none).
struct ThreadRow {
  uint32_t id = 0;
  const std::string* name = nullptr;
  sim::ThreadState state = sim::ThreadState::New;
  std::string reason;
  int core = -1;
  bool gil = false, daemon = false;
  int line = 0;
};

void App::draw_threads() {
  if (!run_ || run_->machine().threads().empty()) {
    disabled_text(tr(Text::ThreadsEmpty));
    return;
  }
  const sim::Machine& m = run_->machine();
  const sim::Trace& trace = m.trace();
  const int64_t cursor = timeline_.cursor();
  std::vector<ThreadRow> rows;
  rows.reserve(m.threads().size());
  if (cursor < 0) {
    for (const auto& t : m.threads()) {
      ThreadRow r;
      r.id = t->id;
      r.name = &t->name;
      r.state = t->state;
      if (t->state == sim::ThreadState::Blocked) r.reason = t->wait_reason;
      r.core = t->core;
      r.gil = t->holds_gil;
      r.daemon = t->daemon;
      // A finished thread has no line; a deadlocked one keeps the line it is stuck on.
      r.line = t->state == sim::ThreadState::Done ? 0 : run_->line_of(*t);
      rows.push_back(std::move(r));
    }
  } else {
    const TraceIndex& ix = index();
    const auto t = static_cast<uint64_t>(cursor);
    // Who held each process's GIL then.
    std::vector<uint32_t> holders;
    for (uint32_t k = 0; k < trace.tracks().size(); ++k) {
      if (trace.tracks()[k].kind != sim::TrackKind::Gil) continue;
      if (const size_t e = ix.edge_at(ix.track(k), t); e != SIZE_MAX) holders.push_back(ix.track(k).edge_values[e]);
    }
    ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "%s: %s", tr(Text::Moment), format_duration(t).c_str());
    for (const auto& th : m.threads()) {
      const uint32_t track = trace.thread_track(th->id);
      if (track >= ix.track_count()) continue;
      const size_t e = ix.edge_at(ix.track(track), t);
      if (e == SIZE_MAX) continue;  // not started yet
      const sim::Record& rec = trace.records()[ix.track(track).edges[e]];
      ThreadRow r;
      r.id = th->id;
      r.name = &th->name;
      r.state = static_cast<sim::ThreadState>(rec.a);
      if (rec.b) r.reason = trace.text(rec.b);
      r.core = r.state == sim::ThreadState::Running ? rec.c : -1;
      r.gil = std::find(holders.begin(), holders.end(), th->id) != holders.end();
      r.daemon = th->daemon;
      rows.push_back(std::move(r));
    }
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
  const float footer = ImGui::GetTextLineHeightWithSpacing() * 2.2f;
  if (ImGui::BeginTable("##threads", 3, kFlags, ImVec2(0, -footer))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Text::Thread), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(tr(Text::State), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(tr(Text::Line), ImGuiTableColumnFlags_WidthFixed,
                            std::max(ImGui::CalcTextSize("0000").x, ImGui::CalcTextSize(tr(Text::Line)).x));
    ImGui::TableHeadersRow();
    for (const ThreadRow& t : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(t.id));
      thread_swatch(t.id);
      if (ImGui::Selectable(t.name->c_str(), selected_thread_ == t.id && selected_task_ == kNone,
                            ImGuiSelectableFlags_SpanAllColumns)) {
        selected_thread_ = t.id;
        selected_task_ = kNone;
        scrolled_to_line_ = -1;
      }
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(t.name->c_str());
        ImGui::Text("%s: %s", tr(Text::State), state_text(t.state));
        if (!t.reason.empty()) ImGui::Text("%s: %s", tr(Text::Reason), t.reason.c_str());
        if (t.core >= 0) ImGui::Text("%s: %d", tr(Text::Core), t.core);
        ImGui::EndTooltip();
      }
      if (t.daemon) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", tr(Text::Daemon));
      }
      ImGui::TableNextColumn();
      // The GIL holder's state cell opens with a badge (the name column is narrow).
      if (t.gil) {
        ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.3f, 1.0f), "GIL");
        ImGui::SameLine();
      }
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(state_color(t.state)));
      if (t.state == sim::ThreadState::Blocked && !t.reason.empty())
        ImGui::TextWrapped("%s: %s", state_text(t.state), t.reason.c_str());
      else
        ImGui::TextUnformatted(state_text(t.state));
      ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      if (t.line) ImGui::Text("%d", t.line);
      else ImGui::TextDisabled("—");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  disabled_text(tr(Text::ThreadsHint));
}

// --- Locks --------------------------------------------------------------------

void App::draw_locks() {
  const TraceIndex& ix = index();
  if (!run_ || std::none_of(ix.locks().begin(), ix.locks().end(), [](const LockView& l) { return l.shown; })) {
    disabled_text(tr(Text::LocksEmpty));
    return;
  }
  const sim::Machine& m = run_->machine();
  const sim::Trace& trace = m.trace();
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("##locks", 3, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr(Text::Locks));
  ImGui::TableSetupColumn(tr(Text::Holder));
  ImGui::TableSetupColumn(tr(Text::Waiters));
  ImGui::TableHeadersRow();
  for (const LockView& lock : ix.locks()) {
    if (!lock.shown) continue;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string& name = trace.tracks()[lock.track].name;
    ImGui::TextUnformatted(name.rfind("Lock ", 0) == 0 ? name.c_str() + 5 : name.c_str());
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%llu %s", static_cast<unsigned long long>(lock.acquisitions), tr(Text::Acquisitions));
    ImGui::TableNextColumn();
    if (lock.holder == kNone) {
      ImGui::TextDisabled("%s", tr(Text::LockFree));
    } else {
      thread_swatch(lock.holder);
      ImGui::TextUnformatted(name_of(m, lock.holder).c_str());
    }
    ImGui::TableNextColumn();
    if (lock.waiters.empty()) ImGui::TextDisabled("—");
    for (uint32_t w : lock.waiters) {
      thread_swatch(w);
      ImGui::TextUnformatted(name_of(m, w).c_str());
    }
  }
  ImGui::EndTable();
}

// --- Machine settings -----------------------------------------------------------

std::string App::set_machine_config(const sim::Config& config) {
  std::string error = config.validate();
  if (error.empty()) {
    config_ = config;
    sync_rule_edits();
  }
  wake();
  return error;
}

void App::sync_rule_edits() {
  rule_edits_.clear();
  for (const sim::NetRule& rule : config_.net.rules) rule_edits_.push_back(sim::format_net_rule(rule));
}

// "CPU: 4 · GIL · 5 ms" on the toolbar: what the next run gets.
std::string App::machine_summary() const {
  char interval[32];
  std::snprintf(interval, sizeof interval, "%g %s", static_cast<double>(config_.switch_interval_ns) / 1e6,
                tr(Text::UnitMs));
  std::string s = std::string(tr(Text::Cores)) + ": " + std::to_string(config_.cores) + " · " +
                  (config_.gil ? std::string("GIL ") + interval : std::string(tr(Text::NoGil)));
  if (config_.switch_points == vm::SwitchPoints::Any) s += " · *";
  return s + "###machine";
}

void App::draw_machine_menu() {
  if (!ImGui::BeginMenu(tr(Text::MenuMachine))) return;
  if (ImGui::MenuItem(tr(Text::MachineSettings))) show_settings_ = true;
  ImGui::Separator();
  // Quick picks for the classic comparisons.
  for (int cores : {1, 2, 4, 8}) {
    const std::string label = std::string(tr(Text::Cores)) + ": " + std::to_string(cores);
    if (ImGui::MenuItem(label.c_str(), nullptr, config_.cores == cores)) config_.cores = cores;
  }
  ImGui::Separator();
  ImGui::MenuItem("GIL", nullptr, &config_.gil);
  ImGui::EndMenu();
}

void App::draw_machine_settings() {
  if (!show_settings_) return;
  ImGui::SetNextWindowPos(ImVec2(last_width_ * 0.5f, ImGui::GetFrameHeight() * 3), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.0f));
  const std::string title = std::string(tr(Text::MachineSettings)) + "###settings";
  ImGui::SetNextWindowBgAlpha(1.0f);
  if (!ImGui::Begin(title.c_str(), &show_settings_,
                    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                        ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  sim::Config c = config_;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  ImGui::SliderInt(tr(Text::Cores), &c.cores, 1, 64, "%d", ImGuiSliderFlags_AlwaysClamp);
  ImGui::Checkbox(tr(Text::GilEnabled), &c.gil);
  ImGui::BeginDisabled(!c.gil);
  double ms = static_cast<double>(c.switch_interval_ns) / 1e6;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  if (ImGui::InputDouble(tr(Text::SwitchInterval), &ms, 0.5, 5.0, "%.3f"))
    c.switch_interval_ns = static_cast<uint64_t>(std::clamp(ms, 0.001, 10'000.0) * 1e6 + 0.5);
  ImGui::EndDisabled();
  ImGui::TextUnformatted(tr(Text::SwitchPoints));
  int points = c.switch_points == vm::SwitchPoints::Any ? 1 : 0;
  ImGui::Indent();
  ImGui::RadioButton(tr(Text::SwitchPointsCPython), &points, 0);
  ImGui::RadioButton(tr(Text::SwitchPointsAny), &points, 1);
  ImGui::Unindent();
  c.switch_points = points ? vm::SwitchPoints::Any : vm::SwitchPoints::CPython;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  ImGui::InputScalar(tr(Text::Seed), ImGuiDataType_U64, &c.seed);
  draw_network_settings(&c);
  if (c.validate().empty()) config_ = c;
  // What the loaded program's front matter set, and the way back to it
  // once the learner has changed something.
  if (!scenario_settings_.empty() && same_machine(config_, scenario_machine_)) {
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(Text::ScenarioSame));
  } else if (!scenario_settings_.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(Text::ScenarioSets));
    ImGui::PushFont(fonts_.code);
    for (const std::string& line : scenario_settings_) ImGui::TextDisabled("  %s", line.c_str());
    ImGui::PopFont();
    if (ImGui::SmallButton(tr(Text::ScenarioRestore))) {
      config_ = scenario_machine_;
      sync_rule_edits();
    }
  }
  if (run_) {
    // A fixed wrap width: wrapping at the window's own width would feed back
    // into its automatic size.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.8f, 0.4f, 1.0f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 26.0f);
    ImGui::TextUnformatted(tr(Text::AppliesNextRun));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::End();
}

// The simulated internet: the range a host's round trip is drawn from, and
// the per-host rules, each an editable line in --net's syntax. A line that
// does not parse is kept for the learner to fix, marked, and left out.
void App::draw_network_settings(sim::Config* c) {
  ImGui::Separator();
  ImGui::TextUnformatted(tr(Text::Network));
  ImGui::TextDisabled("%s", tr(Text::NetLatency));
  double lo = static_cast<double>(c->net.latency_min_ns) / 1e6, hi = static_cast<double>(c->net.latency_max_ns) / 1e6;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Text::NetLatencyMin));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  const bool lo_changed = ImGui::InputDouble("##latency_min", &lo, 10.0, 100.0, "%.1f");
  ImGui::SameLine();
  ImGui::TextUnformatted(tr(Text::NetLatencyMax));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  const bool hi_changed = ImGui::InputDouble("##latency_max", &hi, 10.0, 100.0, "%.1f");
  lo = std::clamp(lo, 0.0, 600'000.0);
  hi = std::clamp(hi, 0.0, 600'000.0);
  if ((lo_changed || hi_changed) && lo <= hi) {
    c->net.latency_min_ns = static_cast<uint64_t>(lo * 1e6 + 0.5);
    c->net.latency_max_ns = static_cast<uint64_t>(hi * 1e6 + 0.5);
  } else if (lo > hi) {
    ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.5f, 1.0f), "%s", tr(Text::NetLatencyBad));
  }

  ImGui::TextDisabled("%s", tr(Text::NetRules));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 30.0f);
  ImGui::TextDisabled("%s", tr(Text::NetRulesHelp));
  ImGui::PopTextWrapPos();
  if (rule_edits_.empty()) ImGui::TextDisabled("  %s", tr(Text::NetNoRules));
  std::vector<sim::NetRule> rules;
  int remove = -1;
  ImGui::PushFont(fonts_.code);
  for (size_t i = 0; i < rule_edits_.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    std::string& text = rule_edits_[i];
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    ImGui::InputText("##rule", text.data(), text.capacity() + 1, ImGuiInputTextFlags_CallbackResize,
                     [](ImGuiInputTextCallbackData* data) {
                       if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
                         auto* s = static_cast<std::string*>(data->UserData);
                         s->resize(static_cast<size_t>(data->BufTextLen));
                         data->Buf = s->data();
                       }
                       return 0;
                     },
                     &text);
    ImGui::SameLine();
    if (ImGui::SmallButton("×")) remove = static_cast<int>(i);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::NetRuleDelete));
    sim::NetRule rule;
    const std::string bad = text.empty() ? std::string() : sim::parse_net_rule(text, &rule);
    if (!bad.empty()) {
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 26.0f);
      ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.5f, 1.0f), "%s %s", tr(Text::NetRuleUnused), bad.c_str());
      ImGui::PopTextWrapPos();
    } else if (!text.empty()) {
      rules.push_back(std::move(rule));
    }
    ImGui::PopID();
  }
  ImGui::PopFont();
  if (remove >= 0) rule_edits_.erase(rule_edits_.begin() + remove);
  if (ImGui::SmallButton(tr(Text::NetRuleAdd))) rule_edits_.emplace_back();
  // A rule removed this frame drops out of the next frame's list.
  if (remove < 0) c->net.rules = std::move(rules);
}

// --- Snapshot -------------------------------------------------------------------

void write_config(json::Writer& w, const sim::Config& c) {
  w.begin_object();
  w.field("cores", c.cores);
  w.field("gil", c.gil);
  w.field("switchInterval", static_cast<double>(c.switch_interval_ns) / 1e9);
  w.field("switchPoints", c.switch_points == vm::SwitchPoints::Any ? "any" : "cpython");
  w.field("seed", static_cast<int64_t>(c.seed));
  w.key("netLatency").begin_array();
  w.value(static_cast<double>(c.net.latency_min_ns) / 1e9);
  w.value(static_cast<double>(c.net.latency_max_ns) / 1e9);
  w.end_array();
  w.key("net").begin_array();
  for (const sim::NetRule& rule : c.net.rules) w.value(sim::format_net_rule(rule));
  w.end_array();
  w.end_object();
}

void App::write_machine_state(json::Writer& w) const {
  const sim::Machine& m = run_->machine();
  w.key("machine");
  write_config(w, m.config());
  w.key("threads").begin_array();
  for (const auto& t : m.threads()) {
    w.begin_object();
    w.field("id", static_cast<int64_t>(t->id));
    w.field("name", t->name);
    w.field("state", state_code(t->state));
    w.field("reason", t->state == sim::ThreadState::Blocked ? t->wait_reason : std::string());
    w.field("line", t->state == sim::ThreadState::Done ? 0 : run_->line_of(*t));
    w.field("gil", t->holds_gil);
    w.field("daemon", t->daemon);
    w.field("core", t->core);
    w.end_object();
  }
  w.end_array();
  const TraceIndex& ix = index();
  const sim::Trace& trace = m.trace();
  w.key("locks").begin_array();
  for (const LockView& lock : ix.locks()) {
    if (!lock.shown) continue;
    w.begin_object();
    const std::string& name = trace.tracks()[lock.track].name;
    w.field("name", name.rfind("Lock ", 0) == 0 ? name.substr(5) : name);
    w.key("holder");
    if (lock.holder == kNone) w.null();
    else w.value(name_of(m, lock.holder));
    w.key("waiters").begin_array();
    for (uint32_t id : lock.waiters) w.value(name_of(m, id));
    w.end_array();
    w.field("acquisitions", static_cast<int64_t>(lock.acquisitions));
    w.end_object();
  }
  w.end_array();
  w.key("trace").begin_object();
  w.field("records", static_cast<int64_t>(trace.records().size()));
  w.field("tracks", static_cast<int64_t>(trace.tracks().size()));
  w.field("endTime", static_cast<double>(trace.end_time()) / 1e9);
  w.end_object();
  w.key("timeline").begin_object();
  w.field("start", timeline_.view_start() / 1e9);
  w.field("end", timeline_.view_end() / 1e9);
  w.field("fit", timeline_.fit());
  w.field("follow", timeline_.follow());
  w.field("rows", timeline_.count_rows(*run_, ix));
  w.field("items", timeline_.items_drawn());
  w.field("arrows", timeline_.arrows_drawn());
  // Where the ruler and the rows were drawn (logical pixels), the first 64 rows.
  w.field("laneX", static_cast<double>(timeline_.lane_x()));
  w.field("laneWidth", static_cast<double>(timeline_.lane_width()));
  w.field("rulerY", static_cast<double>(timeline_.ruler_y()));
  w.key("rowList").begin_array();
  int listed = 0;
  for (const TimelineView::Placed& r : timeline_.placed_rows()) {
    if (++listed > 64) break;
    w.begin_object();
    w.field("kind", r.kind);
    if (r.greenlet != kNone && r.greenlet < ix.greenlets().size()) {
      const GreenletView& g = ix.greenlets()[r.greenlet];
      w.field("name", g.main ? std::string("main") : trace.text(g.name));
      w.field("thread", trace.tracks()[g.thread_track].name);
    } else {
      w.field("name", r.track < trace.tracks().size() ? trace.tracks()[r.track].name : std::string());
    }
    w.field("top", static_cast<double>(r.top));
    w.field("height", static_cast<double>(r.height));
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.field("selectedThread", static_cast<int64_t>(selected_thread_));
}

}  // namespace interleave::ui
