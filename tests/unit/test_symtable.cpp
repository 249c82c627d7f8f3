// The symbol table against CPython 3.11's `symtable` module and compile():
// tests/parser/symtable/*.py and tests/parser/cases/*.py -> *.sym dumps,
// tests/parser/compile_errors/*.py -> *.err (regen_symtable.py writes both).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "lang/parser.h"
#include "lang/symtable.h"

using namespace interleave::lang;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> files_with(const char* folder, const char* ext) {
  std::vector<fs::path> files;
  fs::path dir = fs::path(INTERLEAVE_SOURCE_DIR) / "tests" / "parser" / folder;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ext) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::map<std::string, std::string> read_fields(const fs::path& path) {
  std::map<std::string, std::string> fields;
  std::istringstream in(read_file(path));
  std::string line;
  while (std::getline(in, line)) {
    size_t colon = line.find(": ");
    if (colon != std::string::npos) fields[line.substr(0, colon)] = line.substr(colon + 2);
  }
  return fields;
}

struct Built {
  ParseResult parsed;
  SymtableResult table;
};

Built build(const std::string& source) {
  Built b;
  b.parsed = parse_module(source, "t.py");
  REQUIRE_MESSAGE(b.parsed.ok(), b.parsed.error.message);
  b.table = build_symtable(*b.parsed.module->tree, source, "t.py");
  return b;
}

}  // namespace

TEST_CASE("symtable: every scope and symbol matches CPython's symtable module") {
  std::vector<fs::path> sym = files_with("symtable", ".sym");
  std::vector<fs::path> more = files_with("cases", ".sym");
  sym.insert(sym.end(), more.begin(), more.end());
  REQUIRE(sym.size() >= 100);
  int passed = 0;
  for (const fs::path& expected : sym) {
    fs::path py = expected;
    py.replace_extension(".py");
    std::string source = read_file(py);
    ParseResult parsed = parse_module(source, py.filename().string());
    REQUIRE_MESSAGE(parsed.ok(), py.filename().string());
    SymtableResult r = build_symtable(*parsed.module->tree, source, py.filename().string());
    CHECK_MESSAGE(r.ok(), py.filename().string() << ": " << r.error.message);
    if (!r.ok()) continue;
    std::string got = symtable_dump(*r.table);
    CHECK_MESSAGE(got == read_file(expected), py.filename().string() << "\n" << got);
    if (got == read_file(expected)) ++passed;
  }
  MESSAGE(passed << " of " << sym.size() << " symbol tables match CPython");
}

TEST_CASE("symtable: compile-time SyntaxErrors match CPython's compile()") {
  std::vector<fs::path> files = files_with("compile_errors", ".py");
  REQUIRE(files.size() >= 40);
  for (const fs::path& py : files) {
    std::string name = py.filename().string();
    fs::path err = py;
    err.replace_extension(".err");
    auto want = read_fields(err);
    std::string source = read_file(py);
    ParseResult parsed = parse_module(source, name);
    SyntaxError e;
    if (parsed.ok()) {
      SymtableResult r = build_symtable(*parsed.module->tree, source, name);
      CHECK_MESSAGE(!r.ok(), name << " has no error");
      if (r.ok()) continue;
      e = r.error;
    } else {
      e = parsed.error;  // some of CPython's compile errors are parser errors here
    }
    CHECK_MESSAGE(e.message == want["message"], name);
    CHECK_MESSAGE(std::to_string(e.line) == want["line"], name << ": " << e.message);
    CHECK_MESSAGE(std::to_string(e.column) == want["offset"], name << ": " << e.message);
    CHECK_MESSAGE(std::to_string(e.end_column) == want["end_offset"], name << ": " << e.message);
  }
}

TEST_CASE("symtable: flags the compiler needs") {
  Built b = build(
      "def gen():\n    yield 1\n"
      "async def coro():\n    await x\n"
      "async def agen():\n    yield 1\n"
      "def f(*args, **kw):\n    return [i for i in args]\n"
      "class C:\n    def m(self):\n        return super().m()\n");
  REQUIRE(b.table.ok());
  const Module& m = *b.parsed.module->tree;
  const SymbolTable& t = *b.table.table;
  const Scope* gen = t.scope_of(m.body[0]);
  const Scope* coro = t.scope_of(m.body[1]);
  const Scope* agen = t.scope_of(m.body[2]);
  const Scope* f = t.scope_of(m.body[3]);
  const Scope* c = t.scope_of(m.body[4]);
  REQUIRE(gen);
  REQUIRE(coro);
  REQUIRE(agen);
  REQUIRE(f);
  REQUIRE(c);
  CHECK(gen->is_generator);
  CHECK_FALSE(gen->is_coroutine);
  CHECK(coro->is_coroutine);
  CHECK_FALSE(coro->is_generator);
  CHECK(agen->is_async_generator());
  CHECK(f->has_varargs);
  CHECK(f->has_varkw);
  REQUIRE(f->children.size() == 1);
  const Scope* comp = f->children[0];
  CHECK(comp->comprehension == ComprehensionKind::List);
  CHECK(comp->lookup(".0")->is_parameter());
  CHECK(comp->lookup("i")->scope == NameScope::Local);
  CHECK(c->needs_class_closure);
  const Scope* method = c->children[0];
  CHECK(method->lookup("__class__")->scope == NameScope::Free);
  CHECK(t.module().lookup("C")->scope == NameScope::Local);
}

TEST_CASE("symtable: closures get cells and free variables") {
  Built b = build("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n");
  REQUIRE(b.table.ok());
  const Scope* outer = b.table.table->module().children[0];
  CHECK(outer->lookup("n")->scope == NameScope::Cell);
  CHECK(outer->children[0]->lookup("n")->scope == NameScope::Free);
  CHECK(outer->children[0]->nested);
}
