// interleave: the command-line front end. Reads the program file, runs it on
// the simulated machine (core/sim), streams its output, and exits like
// `python3 FILE.py` would (0 ok, 1 uncaught exception, 2 syntax/usage error,
// 3 a limit or a deadlock stopped it).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "scenario/scenario.h"
#include "sim/machine.h"
#include "vm/session.h"

namespace {

const char* const kUsage =
    "usage: interleave run FILE.py [options] [-- ARGS...]\n"
    "       interleave --help | --version\n"
    "\n"
    "Runs a Python program on Interleave's simulated computer and prints what\n"
    "`python3 FILE.py` would print.\n"
    "\n"
    "the machine:\n"
    "  --cores N               cores, 1-64 (default 4)\n"
    "  --gil on|off            the GIL; off behaves like a free-threaded build (default on)\n"
    "  --switch-interval T     sys.setswitchinterval: 5ms, 0.005, 100us (default 5ms)\n"
    "  --switch-points cpython|any\n"
    "                          where a thread may be switched: CPython 3.10+'s points\n"
    "                          (calls, backward jumps, yields) or between any two\n"
    "                          instructions, like 3.9 and free-threaded builds\n"
    "  --timer-slack T         how late a sleep may end, drawn from the seed (default\n"
    "                          50us, Linux's; a loaded machine: 1ms)\n"
    "  --seed N                seed of the run (random, timer slack, stalls); default 0\n"
    "the simulated network (socket, requests, aiohttp):\n"
    "  --net HOST[/PATH]=[LATENCY][,delay=T][,status=N][,size=BYTES][,fail=refused|timeout|dns|reset][,body=TEXT]\n"
    "                          a host's round trip time, its server's think time and\n"
    "                          answer (size=5MB: a file to download), or how it fails;\n"
    "                          HOST * is every host, PATH may end in *, body= takes the\n"
    "                          rest; repeatable, later wins\n"
    "                          (e.g. --net example.com=100ms --net '*/slow=delay=2s')\n"
    "  --net-latency MIN..MAX  the range a host's round trip is drawn from, per host and\n"
    "                          seed, when no rule sets it (default 20ms..200ms)\n"
    "limits:\n"
    "  --max-time T            stop at this simulated time (default 10min)\n"
    "  --max-steps N           stop after N bytecode instructions\n"
    "output:\n"
    "  --trace FILE.json       write a Chrome trace that ui.perfetto.dev opens\n"
    "  --stats                 print time, core use, GIL hand-offs and waits to stderr\n"
    "  --time                  print on stderr the wall seconds the program took\n"
    "                          (compile + run, start-up excluded): 'interleave-seconds: S'\n"
    "  -- ARGS...              arguments for sys.argv[1:]\n"
    "\n"
    "A file that opens with a front-matter block (# --- ... # ---, like the\n"
    "scenarios) may set the machine there: '# machine.cores: 2', '# net: HOST=...',\n"
    "'# net.latency: MIN..MAX' (see README.md); the options above win over it.\n"
    "\n"
    "exit codes: 0 success, 1 uncaught exception, 2 syntax or usage error,\n"
    "            3 a limit or a deadlock stopped the run\n";

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "interleave: %s\n%s", msg.c_str(), kUsage);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("missing command");
  std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "--version") {
    std::printf("interleave 0.2.0 (Python 3.11 subset on a simulated machine)\n");
    return 0;
  }
  if (cmd != "run") return usage_error("unknown command '" + cmd + "'");
  interleave::sim::Config config;
  struct Flag {
    std::string option, value, shown_as;
  };
  std::vector<Flag> flags;  // the machine's settings, in command-line order
  std::string file, trace_path;
  bool stats = false;
  bool bare_vm = false;
  bool report_time = false;
  std::vector<std::string> extra;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      for (int j = i + 1; j < argc; ++j) extra.push_back(argv[j]);
      break;
    }
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    // The machine's settings: checked now (usage errors come first), applied
    // once the file's front matter is known (the flags win over it).
    if (a.rfind("--", 0) == 0 && interleave::sim::is_option(a.substr(2))) {
      std::string v;
      if (!value(&v)) return usage_error(a + " needs a value");
      interleave::sim::Config scratch;
      const std::string bad = interleave::sim::set_option(&scratch, a.substr(2), v, a);
      if (!bad.empty()) return usage_error(bad);
      flags.push_back({a.substr(2), v, a});
      continue;
    }
    if (a == "--trace") {
      if (!value(&trace_path)) return usage_error("--trace needs a file name");
      continue;
    }
    if (a == "--stats") {
      stats = true;
      continue;
    }
    if (a == "--bare-vm") {  // undocumented: the VM alone, no machine (bench/sim.py compares)
      bare_vm = true;
      continue;
    }
    if (a == "--time") {
      report_time = true;
      continue;
    }
    if (a == "--gc-stress") {  // undocumented: collect at every switch point
      config.gc_stress = true;
      continue;
    }
    if (a.rfind("--", 0) == 0) return usage_error("unknown option '" + a + "'");
    if (file.empty()) {
      file = a;
    } else {
      extra.push_back(a);
    }
  }
  if (file.empty()) return usage_error("missing FILE.py");
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "interleave: can't open file '%s': No such file or directory\n", file.c_str());
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  // A file that opens with a front-matter block (a scenario) sets up its
  // machine; the flags are applied after it, so they win.
  if (interleave::scenario::has_front_matter(ss.str())) {
    interleave::scenario::Scenario front;
    const auto r = interleave::scenario::parse_front_matter(file, ss.str(), &front);
    if (!r.ok) {
      std::fprintf(stderr, "interleave: %s\n", r.error.c_str());
      return 2;
    }
    interleave::scenario::apply_settings(front, &config);
  }
  for (const Flag& f : flags) interleave::sim::set_option(&config, f.option, f.value, f.shown_as);
  std::string bad = config.validate();
  if (!bad.empty()) return usage_error(bad);

  // Like CPython 3.11, the main script is known by its absolute path.
  std::string path = file;
  if (!path.empty() && path[0] != '/') {
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd)) {
      while (path.rfind("./", 0) == 0) path = path.substr(2);
      path = std::string(cwd) + "/" + path;
    }
  }
  config.argv = {file};
  config.argv.insert(config.argv.end(), extra.begin(), extra.end());
  // --time measures what the benchmark peers measure: the program alone
  // (compiling and running it), not the process's or the VM's start-up.
  const auto start = std::chrono::steady_clock::now();
  auto report = [&] {
    if (!report_time) return;
    std::chrono::duration<double> dt = std::chrono::steady_clock::now() - start;
    std::fflush(stdout);
    std::fprintf(stderr, "interleave-seconds: %.4f\n", dt.count());
  };
  // As a terminal shows python3's streams: what was printed before a line
  // of stderr appears before it.
  auto write_output = [](bool is_err, std::string_view text) {
    if (is_err) {
      std::fflush(stdout);
      std::fwrite(text.data(), 1, text.size(), stderr);
    } else {
      std::fwrite(text.data(), 1, text.size(), stdout);
    }
  };
  if (bare_vm) {
    interleave::vm::Session session;
    session.set_seed(config.seed);
    session.set_max_steps(config.max_steps);
    session.set_argv(config.argv);
    session.on_output(write_output);
    if (!session.load(ss.str(), path)) {
      report();
      return session.result().exit_code;
    }
    int code = session.run().exit_code;
    report();
    return code;
  }
  interleave::sim::Machine machine(config);
  machine.on_output = write_output;
  if (!machine.load(ss.str(), path)) {
    report();
    std::fflush(stdout);
    return machine.result().exit_code;
  }
  const auto& r = machine.run();
  report();
  std::fflush(stdout);
  if (stats) std::fputs(machine.format_stats().c_str(), stderr);
  if (!trace_path.empty()) {
    std::ofstream out(trace_path, std::ios::binary);
    std::string json = machine.trace().to_chrome_json();
    out << json;
    if (!out) {
      std::fprintf(stderr, "interleave: can't write the trace to '%s'\n", trace_path.c_str());
      return r.exit_code ? r.exit_code : 2;
    }
  }
  std::fflush(stderr);
  return r.exit_code;
}
