// interleave: the command-line front end. Reads the program file, hands it
// to a Session, streams its output, and exits like `python3 FILE.py` would
// (0 ok, 1 uncaught exception, 2 syntax/usage error, 3 a limit stopped it).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "vm/session.h"

namespace {

const char* const kUsage =
    "usage: interleave run FILE.py [--max-steps N] [--seed N] [--time] [-- ARGS...]\n"
    "       interleave --help | --version\n"
    "\n"
    "Runs a Python program on Interleave's simulated computer and prints what\n"
    "`python3 FILE.py` would print.\n"
    "\n"
    "options:\n"
    "  --max-steps N   stop after N bytecode instructions (exit code 3)\n"
    "  --seed N        seed of the run (random, scheduling); default 0\n"
    "  --time          print on stderr the wall seconds the program took\n"
    "                  (compile + run, start-up excluded): 'interleave-seconds: S'\n"
    "  -- ARGS...      arguments for sys.argv[1:]\n"
    "\n"
    "exit codes: 0 success, 1 uncaught exception, 2 syntax or usage error,\n"
    "            3 a limit stopped the run\n";

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "interleave: %s\n%s", msg.c_str(), kUsage);
  return 2;
}

bool parse_number(const char* s, long long* out) {
  char* end = nullptr;
  *out = std::strtoll(s, &end, 10);
  return end && *end == '\0' && end != s;
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
    std::printf("interleave 0.1.0 (Python 3.11 subset)\n");
    return 0;
  }
  if (cmd != "run") return usage_error("unknown command '" + cmd + "'");
  std::string file;
  long long max_steps = -1, seed = 0;
  bool gc_stress = false;
  bool report_time = false;
  std::vector<std::string> extra;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      for (int j = i + 1; j < argc; ++j) extra.push_back(argv[j]);
      break;
    }
    if (a == "--max-steps" || a == "--seed") {
      if (i + 1 >= argc) return usage_error(a + " needs a number");
      long long v;
      if (!parse_number(argv[++i], &v)) return usage_error(a + " needs a number, got '" + argv[i] + "'");
      (a == "--max-steps" ? max_steps : seed) = v;
      continue;
    }
    if (a == "--time") {
      report_time = true;
      continue;
    }
    if (a == "--gc-stress") {  // undocumented: collect at every switch point
      gc_stress = true;
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

  // Like CPython 3.11, the main script is known by its absolute path.
  std::string path = file;
  if (!path.empty() && path[0] != '/') {
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd)) {
      while (path.rfind("./", 0) == 0) path = path.substr(2);
      path = std::string(cwd) + "/" + path;
    }
  }
  interleave::vm::Session session;
  session.set_seed(static_cast<uint64_t>(seed));
  session.set_max_steps(max_steps);
  session.vm().heap.set_stress(gc_stress);
  std::vector<std::string> sys_argv{file};
  sys_argv.insert(sys_argv.end(), extra.begin(), extra.end());
  session.set_argv(sys_argv);
  session.on_output([](bool is_err, std::string_view text) {
    if (is_err) {
      std::fflush(stdout);
      std::fwrite(text.data(), 1, text.size(), stderr);
    } else {
      std::fwrite(text.data(), 1, text.size(), stdout);
    }
  });
  // --time measures what the benchmark peers measure: the program alone
  // (compiling and running it), not the process's or the VM's start-up.
  const auto start = std::chrono::steady_clock::now();
  auto report = [&] {
    if (!report_time) return;
    std::chrono::duration<double> dt = std::chrono::steady_clock::now() - start;
    std::fflush(stdout);
    std::fprintf(stderr, "interleave-seconds: %.4f\n", dt.count());
  };
  if (!session.load(ss.str(), path)) {
    report();
    std::fflush(stdout);
    return session.result().exit_code;
  }
  const auto& r = session.run();
  report();
  std::fflush(stdout);
  std::fflush(stderr);
  return r.exit_code;
}
