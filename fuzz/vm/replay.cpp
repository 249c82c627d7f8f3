// Replays fuzz inputs through the VM fuzzer's entry point without
// libFuzzer: ctest runs it on fuzz/vm/corpus and fuzz/vm/regressions so the
// target and every bug it found stay covered by the normal build.
//
//   fuzz_vm_replay [--print] FILE_OR_DIR...
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "entry.h"

int main(int argc, char** argv) {
  bool print = false;
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--print") == 0) {
      print = true;
      continue;
    }
    std::filesystem::path p(argv[i]);
    if (std::filesystem::is_directory(p)) {
      for (auto& e : std::filesystem::directory_iterator(p))
        if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path());
    } else {
      files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  for (auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", f.c_str());
      return 1;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (print) std::printf("== %s\n", f.c_str());
    interleave::fuzz::run_input(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), print);
  }
  std::printf("replayed %zu inputs\n", files.size());
  return files.empty() ? 1 : 0;
}
